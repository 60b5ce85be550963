/**
 * Words that sit before or around a person's name: honorifics (which also mark gender),
 * capitalised titles ("Sen.", "President"), and the role nouns news writing uses in
 * appositives and pre-modifiers ("spokesman", "envoy", "striker").
 *
 * Source: written by hand in this repository (first in d6b3959; merged with the quote stage's
 * copy in 62a1342) from general knowledge of honorifics, offices and role nouns in English news.
 * The tagger reads them as features ("title", "title-1", "role-noun").
 */

import type { NameGender } from './first-names.js';
import { lowerCase } from './lower-case.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Honorifics, keyed lower-case without the dot. */
const HONORIFIC_GENDER: Record<string, NameGender> = {
  mr: 'male',
  mister: 'male',
  messrs: 'male',
  sir: 'male',
  lord: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  madam: 'female',
  madame: 'female',
  mme: 'female',
  lady: 'female',
  dame: 'female',
  dr: null,
  prof: null,
  mx: null,
};

/** Titles written before a name that also tell the person's gender. */
const GENDERED_TITLES: Record<string, NameGender> = {
  king: 'male',
  queen: 'female',
  prince: 'male',
  princess: 'female',
  sultan: 'male',
  emir: 'male',
  sheikh: 'male',
  sheikha: 'female',
  pope: 'male',
  father: 'male',
  brother: 'male',
  sister: 'female',
  duke: 'male',
  duchess: 'female',
  count: 'male',
  countess: 'female',
  baron: 'male',
  baroness: 'female',
  rabbi: null,
  imam: 'male',
  ayatollah: 'male',
  spokesman: 'male',
  spokeswoman: 'female',
  chairman: 'male',
  chairwoman: 'female',
  congressman: 'male',
  congresswoman: 'female',
  councilman: 'male',
  councilwoman: 'female',
  businessman: 'male',
  businesswoman: 'female',
  actor: 'male',
  actress: 'female',
  policeman: 'male',
  policewoman: 'female',
};

/** Capitalised titles written before a name ("Sen. Warren", "President Biden"). */
const TITLES = `
president vice-president premier chancellor minister secretary senator sen rep representative gov governor
mayor judge justice general gen lt lieutenant col colonel maj major capt captain cmdr commander adm admiral sgt
sergeant cpl corporal pvt private officer detective det inspector constable superintendent chief marshal
ambassador envoy commissioner director chairman chairwoman chair ceo cfo coo founder
speaker leader deputy vice assistant acting former late attorney prosecutor sheriff pastor reverend rev bishop
archbishop cardinal rabbi imam ayatollah cleric dean professor prof dr doctor coach manager striker midfielder
defender goalkeeper captain skipper agent nurse lawyer councillor councilman councilwoman alderman
president-elect democrat republican
king queen prince princess sultan emir sheikh sheikha pope father brother sister duke duchess count countess
baron baroness lord lady sir dame spokesman spokeswoman spokesperson congressman congresswoman
`;

/** Role nouns: the head of a phrase that describes what a person is or does. */
const ROLE_NOUNS = `
president vice-president premier chancellor minister secretary senator representative governor mayor judge
justice general lieutenant colonel major captain commander admiral sergeant officer detective inspector
constable superintendent chief marshal ambassador envoy emissary commissioner director chairman chairwoman chair
ceo cfo coo cto founder co-founder owner speaker leader deputy assistant attorney prosecutor sheriff pastor
reverend bishop archbishop cardinal rabbi imam cleric dean professor doctor physician surgeon nurse coach
manager striker midfielder forward defender goalkeeper keeper winger batsman bowler pitcher quarterback
skipper player champion agent lawyer solicitor barrister councillor councilman councilwoman alderman
spokesman spokeswoman spokesperson congressman congresswoman lawmaker legislator politician diplomat adviser
advisor aide analyst economist strategist consultant expert researcher scientist scholar historian author
writer novelist poet journalist reporter correspondent editor columnist commentator photographer producer
director actor actress singer musician rapper artist designer architect engineer executive head boss
official officer administrator negotiator mediator campaigner activist organizer organiser candidate nominee
member chairperson president-elect head teacher student pupil worker employee farmer driver pilot soldier
veteran commander militant fighter leader mother father son daughter wife husband widow brother sister
grandmother grandfather uncle aunt cousin friend neighbour neighbor partner girlfriend boyfriend fiancee
resident citizen victim survivor witness suspect defendant plaintiff accused inmate prisoner detainee
owner shopkeeper businessman businesswoman entrepreneur investor banker trader broker accountant
governor-general monarch king queen prince princess sultan emir sheikh pope duke duchess baron baroness
treasurer clerk registrar auditor inspector-general director-general secretary-general chief-executive
founder principal vicar priest chaplain nun monk magistrate coroner paramedic firefighter policeman
policewoman trooper ranger guard bodyguard spy chef waiter teenager boy girl man woman
comedian filmmaker playwright dancer choreographer composer conductor sculptor painter athlete
councilor billionaire star mp mpp mla mep pm da gm whip pollster host anchor frontrunner incumbent challenger
mogul magnate tycoon retiree volunteer mom dad source insider staffer colleague relative nephew niece fiance
widower child parent customer shopper passenger voter patient viewer reader caller fan passerby bystander
superdelegate
`;

/**
 * Playing positions and squad roles of the major team sports (association football, rugby union
 * and league, cricket, baseball, American football, basketball, ice hockey, tennis draws), which
 * sports pages write before a name as a role ("full-back Tom Arden", "13th seed X") and
 * which general dictionaries lack. Only forms that are not also common words of other meaning
 * ("wing", "lock", "centre", "safety", "guard" stay out). "baseman" ("first baseman X", "X, a
 * third baseman,") was added in round 8 of ADR 013: the WordNet person nouns lack it, and CoNLL
 * eng.train writes a base's position 3 times, each beside a player's name.
 */
const SPORTS_ROLES = `
goalkeeper goalie keeper defender centre-back center-back full-back fullback wing-back sweeper midfielder
right-back left-back centre-half center-half centre-forward center-forward right-winger left-winger
playmaker winger striker forward prop hooker flanker number-eight scrum-half fly-half stand-off loose-forward
second-rower rower half-back batsman batter bowler all-rounder wicketkeeper wicket-keeper spinner seamer
pitcher catcher infielder outfielder shortstop baseman quarterback linebacker cornerback tailback running-back
point-guard goaltender netminder defenceman defenseman substitute sub captain vice-captain skipper debutant
international seed qualifier wildcard wild-card
`;

/** Words that can sit inside a role phrase before the head noun ("Deputy", "top", "foreign"). */
const ROLE_MODIFIERS = `
deputy vice assistant acting former late senior junior chief top lead leading head principal general
executive managing foreign defence defense interior finance trade health justice state home prime
national regional local federal international press communications security military political economic
public private special associate interim incoming outgoing retired veteran longtime long-time then current
new former-deputy first second third co joint supreme high grand
`;

/**
 * Offices a body has one holder of, and which news names, so that "the chancellor said" or "the
 * mayor warned" is the person the article named, where "the spokesman said", "the official added"
 * or "the manager said" (of a shop or a bar as often as of a club) could be anyone.
 */
const SINGLE_OFFICES = `
president premier chancellor governor mayor chairman chairwoman chairperson chair ceo
coach skipper speaker pope archbishop sheriff commissioner ambassador
`;

/**
 * Titles of royalty and nobility, written before a given name alone ("Prince Edmund", "Queen
 * Adela"): with a given name after them they name a person even where the tagger, which saw few
 * royals in its wire copy, found no name.
 */
const NOBLE_TITLES = `
prince princess king queen duke duchess earl countess baron baroness sheikh sheikha emir sultan
`;

/**
 * Ranks written abbreviated or as an acronym before a name and missing from TITLES (which the
 * trained tagger reads as a feature, so it stays as trained): British police ranks ("PC", "DCI",
 * "Det. Insp."), "Supt.", "Pte.", "Brig.". Read only by the entity and role stages.
 */
const RANK_ABBREVIATIONS = `
insp supt pte pc wpc pcso dci dsupt lcpl brig
`;

/**
 * Titles written shortened with a dot before a name ("Sen.", "Gov.", "Lt. Gen."): a role that ends
 * on one keeps its dot, as written ("Ohio Gov."), where a role's other trailing dots are the
 * sentence's. Not honorifics ("Dr.", "Mr."), which are part of the name.
 */
const TITLE_ABBREVIATIONS = `
sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt det rev prof supt insp pte brig atty amb cdr
`;

function set(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

const titleSet = set(TITLES);
const roleNounSet = set(ROLE_NOUNS);
const sportsRoleSet = set(SPORTS_ROLES);
const roleModifierSet = set(ROLE_MODIFIERS);
const singleOfficeSet = set(SINGLE_OFFICES);
const nobleTitleSet = set(NOBLE_TITLES);
const rankAbbreviationSet = set(RANK_ABBREVIATIONS);
const titleAbbreviationSet = set(TITLE_ABBREVIATIONS);

/**
 * The last word keyed and its key: callers ask several lists about one token in a row (title,
 * honorific, role noun, modifier), so most calls repeat the one before and skip the lower-casing.
 */
let lastWord = '';
let lastKey = '';

function key(word: string): string {
  if (word === lastWord) return lastKey;
  const lower = lowerCase(word);
  lastKey = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  lastWord = word;
  return lastKey;
}

/** A Set, not `in` on the object: `in` also finds "constructor" or "toString", and is slower. */
const honorificGender = new Map(Object.entries(HONORIFIC_GENDER));
const gendered = new Map(Object.entries(GENDERED_TITLES));

/**
 * The longest honorific key. Lower-casing never shortens a word, so a word longer than this and a
 * dot is no honorific, answered without lower-casing it: most capitalised words asked are names.
 */
const LONGEST_HONORIFIC = Math.max(...[...honorificGender.keys()].map((k) => k.length));

/** By ASCII code: 1 when some honorific key opens with it (keys are lower case). */
const HONORIFIC_FIRST = new Uint8Array(128);
for (const k of honorificGender.keys()) HONORIFIC_FIRST[k.charCodeAt(0)] = 1;

export function isHonorific(word: string): boolean {
  if (word.length > LONGEST_HONORIFIC + 1) return false;
  // An ASCII first letter lower-cases to itself or its small letter: a word opening with one no
  // honorific opens with is none. Past ASCII the lookup decides.
  const c = word.charCodeAt(0);
  if (c < 128 && HONORIFIC_FIRST[c >= 65 && c <= 90 ? c + 32 : c] !== 1) return false;
  return honorificGender.has(key(word));
}

/** Gender marked by an honorific or gendered title/role noun, or null. */
export function titleGender(word: string): NameGender {
  const k = key(word);
  return honorificGender.get(k) ?? gendered.get(k) ?? null;
}

/** A capitalised title that may stand directly before a name. */
export function isTitle(word: string): boolean {
  const k = key(word);
  // "Ex-Yankee", "Ex-President": a former affiliation or office.
  return titleSet.has(k) || honorificGender.has(k) || (k.startsWith('ex-') && k.length > 3);
}

/** A noun that heads a role description ("spokesman", "envoy", "teacher"). */
export function isRoleNoun(word: string): boolean {
  const k = key(word);
  if (roleNounSet.has(k)) return true;
  // Plural forms never describe one named person, but hyphenated compounds do ("co-founder").
  const dash = k.lastIndexOf('-');
  return dash > 0 && roleNounSet.has(k.slice(dash + 1));
}

export function isRoleModifier(word: string): boolean {
  return roleModifierSet.has(key(word));
}

/**
 * A playing position or squad role ("prop", "full-back", "13th seed"). Kept apart from
 * `isRoleNoun`, which the entity stage also reads as a cue: "International" in an office's
 * name must not make the words after it a person.
 */
export function isSportsRole(word: string): boolean {
  return sportsRoleSet.has(key(word));
}

/** An office with one holder ("chancellor", "mayor", "coach"): see SINGLE_OFFICES. */
export function isSingleOffice(word: string): boolean {
  return singleOfficeSet.has(key(word));
}

/** A royal or noble title ("Prince", "Duchess"): see NOBLE_TITLES. */
export function isNobleTitle(word: string): boolean {
  return nobleTitleSet.has(key(word));
}

/** An abbreviated or acronym rank not in the tagger's title list ("PC", "Insp."): see RANK_ABBREVIATIONS. */
export function isRankAbbreviation(word: string): boolean {
  return rankAbbreviationSet.has(key(word));
}

/** A title written shortened with a dot ("Sen", "Gov", "Lt"), given without its dot: see TITLE_ABBREVIATIONS. */
export function isTitleAbbreviation(word: string): boolean {
  return OPENS_CAPITAL.test(word) && titleAbbreviationSet.has(key(word));
}
