/**
 * What the article itself says a person-typed name is: a business or a place. Each rule is a fact
 * of how news names things, and reads the words around the name, never a list of names:
 *
 * - A legal form written after a name anywhere in the article ("Tarn Boats Ltd", "Velmar Corp.",
 *   "Holt, Inc.", "Holt & Co.", "Holt & Sons") makes that name, and each shorter tail of it, a
 *   business wherever it stands alone: no one writes a person's name before "Inc". CoNLL
 *   eng.train gold: 131 names that the document also writes before such a form, 127 bodies and 4
 *   events, no person; 9 before "& Co" or "and Partners" and the like, all bodies.
 * - A name of two words or more ending in a noun of a line of business ("Tarn Boats", "Ardent
 *   Foods", "Holly Marine") is the business, as "... Foundation" is a body. The nouns are plurals
 *   of goods and trades or words no one bears as a surname (not "Mills", "Steel", "Power", which
 *   are). eng.train gold: 15 names end so, all bodies.
 * - A name right after "the town of", "the village of", "the province of" and the like is the place
 *   (eng.train gold: 120 names so placed, all places).
 * - A noun of a business after a modifier right before a name ("the mining conglomerate X",
 *   "Portuguese newspaper X") says what the name is. eng.train gold: 75 names after such nouns, 74
 *   bodies and 1 place, none a person.
 * - "House", "Navy" and other institutions, alone or after a modifier, are the body.
 * - A name right before "shares" or "stock" read as a noun ("Velmar shares fell") is the company:
 *   `stock-names.ts`.
 * - A name right before a company's officers or owners ("Velmar CEO", "Velmar executives", "a
 *   Velmar board member") is the company: `company-officers.ts`.
 * - A name before an appositive headed by a noun of a body ("Velmar, the Ostrian mining company,")
 *   is that body: `appositive-bodies.ts`.
 * - A name followed by a comma and a US state closing the phrase ("Palm Grove, Fla.,") is a town:
 *   `town-state.ts`.
 * - A side of a team-sport results line ("X (Ostria) 2 Y (Norland) 0", "X 2 Y 0") or of a league
 *   table's row ("X 9 6 2 1 18 7 20") is a club: `results-teams.ts`.
 * - A one-word name the article also writes at the front of an institution's name ("X University
 *   ... X conducted the poll") is that institution: `institution-fronts.ts`.
 * - A name the hand-written list of bodies holds ("Twitter"), never titled in the article, is that
 *   body: `known-bodies.ts`; one the place gazetteer holds ("Denver") is that place: `known-places.ts`.
 * - A season's greeting or a holiday ("Merry Christmas", "Christmas Eve") is no person: `greetings.ts`.
 * - A name ending in a noun of an event, a work, a document or a poll ("X Rally", "X Treaty") is
 *   that thing: `event-names.ts`.
 * - A name of two words or more after "St." ("St. Aldric Children", "St. Louis Cardinals") is a
 *   body or a place named for a saint: `saint-names.ts`.
 * - A short month ("Jan") in an article that writes short dates ("Jul 31") is the month:
 *   `month-abbreviations.ts`.
 * - A one-word name the story never writes alone, only beside other capitals or before a plural of
 *   members ("X Democrats", "the X Bureau"), is a piece of a longer name: `never-alone.ts`.
 * - A name of two words or more closed by a word the article writes in lower case ("X Violence"
 *   over a story about "the violence") is no person: `lower-case-heads.ts`.
 * - A lone ordinary word of a headline capitalised word by word ("Aide Announces Plan") is that
 *   word: `headline-words.ts`.
 * - A run-on into, or out of, the surname of a person named in full ("Stop Rusk", "Rusk Heard") is
 *   no second person: `run-on-names.ts`.
 *
 * The tagger's own lexicons stay as trained: these lists are read only here.
 */

import type { Kind } from './classify.js';
import { gazetteer } from './classify.js';
import type { Mention, SentenceMentions } from './mentions/index.js';
import { CLOSED_CLASS } from './mentions/words.js';
import { DETERMINERS } from '../lexicon/determiners.js';
import { traceRule } from './rule-trace.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { isFirstName } from '../lexicon/first-names.js';
import { isCapitalisedRun, isHeadlineWord, WordsOutsideHeadlines } from './headline-words.js';
import { isTeamInBareResults, isTeamInResultsLine, isTeamInStandings } from './results-teams.js';
import { isBeforeStockNoun } from './stock-names.js';
import { isBeforeCompanyOfficer } from './company-officers.js';
import { isBodyInApposition } from './appositive-bodies.js';
import { institutionFronts, isInstitutionFront } from './institution-fronts.js';
import { isStateNickname } from './state-nicknames.js';
import { isTownBeforeState } from './town-state.js';
import { isListedBody } from './listed-bodies.js';
import { isNeverAlone, WordsStandingAlone } from './never-alone.js';
import { isKnownBody, titledNames } from './known-bodies.js';
import { isKnownPlace } from './known-places.js';
import { isClosedByLowerCaseWord } from './lower-case-heads.js';
import { isGreetingOrHoliday } from './greetings.js';
import { isEventName } from './event-names.js';
import { kindByHead } from './head-nouns.js';
import { isSaintNamed } from './saint-names.js';
import { isShortMonth, isShortMonthWord, writesShortDates } from './month-abbreviations.js';
import { headlineRunOnsFromGivenNames, namesLedBySurnames, runOnsIntoSurnames } from './run-on-names.js';
import { isPossessive, type Token } from './tokenize.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Legal forms of a business, written after its name. Not "AG" (attorney general) nor "SA" (South Africa). */
const LEGAL_FORMS = new Set(
  'Inc Corp Co Ltd Plc PLC plc LLC LLP GmbH Corporation Limited Incorporated'.split(' '),
);

/** Words after "&" or "and" that end a firm's name ("Holt & Sons", "Vane and Partners"). */
const FIRM_PARTNERS = new Set(['Sons', 'Partners', 'Associates']);

/**
 * The first letters of those words: every token of the article is asked whether it is one, and a
 * token opening on another unit is none, whatever its full stop (no hash of the word needed).
 */
const FIRM_WORD_INITIALS = new Set([...LEGAL_FORMS, ...FIRM_PARTNERS].map((w) => w.charCodeAt(0)));

/**
 * Last words of a business's name that say what it trades in, where the tagger's organisation
 * words (`lexicon/organizations.ts`, a feature it was trained with) do not already say it.
 */
const BUSINESS_HEADS = new Set(
  `Boats Yachts Marine Shipping Shipyards Foods Burgers Pizza Restaurants Stores Supermarkets Brewery
  Breweries Brewing Distillers Chemicals Mining Minerals Resources Aviation Aerospace Electronics Software
  Telecom Telecommunications Communications Hotels Resorts Properties Realty Construction Engineering
  Textiles Apparel Cosmetics Beverages Logistics Automotive Motorcycles Tyres Tires Jewellers Jewelers
  Outfitters Enterprises Ventures Bancshares Builders Developments`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns of a business or a paper that, after a modifier, introduce its name: "the mining
 * conglomerate X", "Portuguese newspaper X", "first division club X". Not nouns a person is also
 * called by ("manufacturer", "operator", "carrier", "maker", "insurer", "broadcaster").
 */
const BUSINESS_NOUNS = new Set(
  `company firm group bank conglomerate retailer subsidiary newspaper magazine tabloid daily publication
  airline club chain`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Houses of a legislature and arms of a state, which a title run leaves beside a name ("Former
 * House | Speaker X", "Navy | Capt. X"): alone or after a modifier they are the body. Not after a
 * given name ("Ada House") or a title ("Dr House"), where they are a surname. eng.train gold: 82
 * names end in one of them, 58 bodies and 24 places, no person.
 */
const INSTITUTION_TAILS = new Set([
  'House',
  'Senate',
  'Congress',
  'Navy',
  'Army',
  'Pentagon',
  'Treasury',
  'Kremlin',
]);

/** Nouns of a settlement or an area, before "of" and its name ("the town of X"). */
const SETTLEMENTS = new Set(
  `town towns village villages city cities province provinces district districts region suburb suburbs
  county island hamlet municipality`
    .split(/\s+/)
    .filter(Boolean),
);

const isCapitalised = (word: string) => OPENS_CAPITAL.test(word);

/**
 * A word that modifies the noun after it ("mining", "Portuguese", "Leeds-based"), not a determiner
 * or another closed-class word: after "a group" or "the firm" a name may open a relative clause ("a
 * group Ada Vell won"), and determiners before these nouns are `mentions/beside.ts`'s case.
 */
function isModifier(word: string): boolean {
  return (
    /^\p{L}[\p{L}-]*$/u.test(word) && !CLOSED_CLASS.has(lowerCase(word)) && !DETERMINERS.has(lowerCase(word))
  );
}

/** The legal form a token is, read without its full stop ("Inc." and "Inc"). */
function isLegalForm(token: Token | undefined): boolean {
  const text = token?.text ?? '';
  return LEGAL_FORMS.has(text.endsWith('.') ? text.slice(0, -1) : text);
}

/**
 * Every name the article writes right before a legal form, and each tail of it: "The Walt Disney
 * Co." gives "Walt Disney" and "Disney"; a comma may stand between ("Holt, Inc."). Up to four
 * capitalised words; sentences without lower case say nothing by their capitals.
 */
function namesBeforeLegalForms(sentences: readonly SentenceMentions[]): Set<string> {
  const names = new Set<string>();
  for (const s of sentences) {
    if (s.caseless) continue;
    const tokens = s.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const form = tokens[i]?.text ?? '';
      if (!FIRM_WORD_INITIALS.has(form.charCodeAt(0))) continue;
      const partners = FIRM_PARTNERS.has(form);
      if (!partners && !isLegalForm(tokens[i])) continue;
      let end = i;
      const joiner = tokens[end - 1]?.text;
      // "Holt & Co.", "Holt & Sons", "Holt and Partners", "Holt and Co Inc"; not "Holt and Co"
      // alone, which sports copy writes of a player and his team-mates.
      const isCo = /^Co\.?$/.test(form);
      if (joiner === '&' && (partners || isCo)) end--;
      else if (joiner === 'and' && (partners || (isCo && isLegalForm(tokens[i + 1])))) end--;
      else if (partners) continue;
      // "Holt, Inc.", but not "Belfast, Co Antrim" (an Irish county).
      else if (joiner === ',' && !isCo) end--;
      let start = end;
      while (start > 0 && end - start < 4 && isCapitalised(tokens[start - 1]?.text ?? '')) start--;
      for (let from = start; from < end; from++)
        names.add(
          tokens
            .slice(from, end)
            .map((t) => t.text)
            .join(' '),
        );
    }
  }
  return names;
}

/** The kind the article's own words give a person mention, and the rule's name; null when they say nothing. */
function evidenceAgainstPerson(
  m: Mention,
  sentence: SentenceMentions | undefined,
  beforeLegalForm: ReadonlySet<string>,
  owners: ReadonlySet<Mention>,
  bodyWords: WordsOutsideHeadlines,
  isPiece: (m: Mention) => boolean,
  fronts: ReadonlySet<string>,
  titled: ReadonlySet<string>,
  shortDates: boolean,
): { kind: Kind; rule: string } | null {
  const tokens = sentence?.tokens;
  if (beforeLegalForm.has(m.text)) return { kind: 'organization', rule: 'name-before-legal-form' };
  if (isKnownBody(m, titled)) return { kind: 'organization', rule: 'known-body' };
  if (isKnownPlace(m, titled)) return { kind: 'place', rule: 'known-place' };
  if (isGreetingOrHoliday(m)) return { kind: 'other', rule: 'greeting-or-holiday' };
  if (isEventName(m)) return { kind: 'other', rule: 'event-name' };
  const headKind = kindByHead(m);
  if (headKind !== null) return { kind: headKind, rule: 'head-noun' };
  if (tokens && isSaintNamed(m, tokens)) return { kind: 'organization', rule: 'saint-named' };
  if (isShortMonth(m, shortDates)) return { kind: 'other', rule: 'short-month' };
  if (owners.has(m)) {
    const known = gazetteer(m.text, m.shouting);
    return { kind: known?.kind === 'place' ? 'place' : 'organization', rule: 'owner-of-full-name' };
  }
  const space = m.text.lastIndexOf(' ');
  const last = space < 0 ? m.text : m.text.slice(space + 1);
  if (space > 0 && !m.shouting && (BUSINESS_HEADS.has(last) || LEGAL_FORMS.has(last.replace(/\.$/, ''))))
    return { kind: 'organization', rule: 'business-head' };
  if (tokens && isTeamInResultsLine(tokens, m.span)) return { kind: 'organization', rule: 'team-in-results' };
  if (tokens && !m.span.title && isTeamInBareResults(tokens, m.span))
    return { kind: 'organization', rule: 'team-in-bare-results' };
  if (tokens && !m.span.title && isTeamInStandings(tokens, m.span))
    return { kind: 'organization', rule: 'team-in-standings' };
  if (tokens && isBeforeStockNoun(tokens, m)) return { kind: 'organization', rule: 'name-before-shares' };
  if (tokens && isBeforeCompanyOfficer(tokens, m))
    return { kind: 'organization', rule: 'name-before-company-officer' };
  if (tokens && isBodyInApposition(tokens, m)) return { kind: 'organization', rule: 'body-in-apposition' };
  if (tokens && isStateNickname(tokens, m)) return { kind: 'place', rule: 'state-nickname' };
  if (sentence && isTownBeforeState(sentence, m)) return { kind: 'place', rule: 'town-before-state' };
  if (tokens && isListedBody(tokens, m)) return { kind: 'organization', rule: 'listed-body' };
  if (isPiece(m)) return { kind: 'other', rule: 'never-alone' };
  if (sentence && isClosedByLowerCaseWord(m, sentence.lower, titled))
    return { kind: 'other', rule: 'closed-by-lower-case-word' };
  if (isInstitutionFront(m, fronts)) return { kind: 'organization', rule: 'institution-front' };
  if (
    INSTITUTION_TAILS.has(last) &&
    !m.span.title &&
    (space < 0 || !isFirstName(m.text.slice(0, m.text.indexOf(' '))))
  )
    return { kind: 'organization', rule: 'institution-tail' };
  const before = tokens?.[m.span.start - 1]?.text ?? '';
  const twoBefore = tokens?.[m.span.start - 2]?.text ?? '';
  if (before === 'of' && SETTLEMENTS.has(twoBefore)) return { kind: 'place', rule: 'settlement-of' };
  if (!m.span.title && BUSINESS_NOUNS.has(before) && isModifier(twoBefore))
    return { kind: 'organization', rule: 'business-noun-before' };
  if (isHeadlineWord(m, sentence, bodyWords)) return { kind: 'other', rule: 'headline-word' };
  return null;
}

/**
 * "Everton's Jo Vale", "Ostria's Ada Vell", "Variety's Tom Rusk": a one-word name owning a person
 * named in full is that person's team, country or outlet, not a person (news names a person's
 * relation with a noun between: "Vale's daughter Ada"). Not a name with a title, nor the surname
 * of someone the article names in full ("Vale's Tom Rusk" after "Ada Vale"). eng.train gold: 53
 * names so placed, 39 places and 14 bodies, no person.
 */
function ownersOfFullNames(
  tokensOf: ReadonlyMap<number, readonly Token[]>,
  mentions: Mention[],
): Set<Mention> {
  const owners = new Set<Mention>();
  const fullNameAt = new Set<string>();
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'person' && m.text.includes(' ')) {
      fullNameAt.add(`${m.sentence}:${m.span.start}`);
      surnames.add(m.text.slice(m.text.lastIndexOf(' ') + 1));
    }
  for (const m of mentions) {
    if (m.kind !== 'person' || m.span.title || m.text.includes(' ') || surnames.has(m.text)) continue;
    if (
      isPossessive(tokensOf.get(m.sentence)?.[m.span.end]) &&
      fullNameAt.has(`${m.sentence}:${m.span.end + 1}`)
    )
      owners.add(m);
  }
  return owners;
}

const isHeadlineSentence = (s: SentenceMentions | undefined) =>
  s !== undefined && !s.shouting && isCapitalisedRun(s);

/**
 * Person mentions the article's words show to be a business or a place, retyped; every other
 * mention as it was. Linear in the article: one pass over the tokens, one over the mentions.
 */
export function settleByEvidence(sentences: readonly SentenceMentions[], mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.kind === 'person')) return mentions;
  const beforeLegalForm = namesBeforeLegalForms(sentences);
  const tokensOf = new Map(sentences.map((s) => [s.index, s.tokens]));
  const sentenceOf = new Map(sentences.map((s) => [s.index, s]));
  const owners = ownersOfFullNames(tokensOf, mentions);
  const bodyWords = new WordsOutsideHeadlines(sentences);
  const fronts = institutionFronts(sentences);
  const standingAlone = new WordsStandingAlone(sentences);
  const titled = titledNames(mentions);
  // The article's tokens are read only when a person is named as a short month (rare).
  const shortDates =
    mentions.some((m) => m.kind === 'person' && isShortMonthWord(m.text)) && writesShortDates(sentences);
  const fullNameWords = new Set<string>();
  const personStarts = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'person') {
      personStarts.add(`${m.sentence}:${m.span.start}`);
      for (const w of m.text.split(' ').slice(1)) fullNameWords.add(w);
    }
  const isPiece = (m: Mention) =>
    isNeverAlone(m, standingAlone, fullNameWords, personStarts.has(`${m.sentence}:${m.span.end}`));
  const found = new Map<Mention, { kind: Kind; rule: string }>();
  // What each retyped name is, by its lower-cased form and by each of its words.
  const kindOfName = new Map<string, { kind: Kind; rule: string }>();
  const kindOfWord = new Map<string, { kind: Kind; rule: string }>();
  // A company's officers say what the name before them is whatever the tagger typed that mention
  // ("Velmar CEO Ada Vell" with Velmar a body there, a person in another sentence).
  // So does a results line ("X 2 Y 0" with X a body there, a person in the league table below).
  for (const m of mentions)
    if (m.kind !== 'person' && isBeforeCompanyOfficer(tokensOf.get(m.sentence) ?? [], m))
      kindOfName.set(lowerCase(m.text), { kind: 'organization', rule: 'name-before-company-officer' });
    else if (m.kind === 'organization' && isBodyInApposition(tokensOf.get(m.sentence) ?? [], m))
      kindOfName.set(lowerCase(m.text), { kind: 'organization', rule: 'body-in-apposition' });
    else if (m.kind === 'organization' && isTeamInBareResults(tokensOf.get(m.sentence) ?? [], m.span))
      kindOfName.set(lowerCase(m.text), { kind: 'organization', rule: 'team-in-bare-results' });
    else if (m.kind === 'organization' && isTeamInStandings(tokensOf.get(m.sentence) ?? [], m.span))
      kindOfName.set(lowerCase(m.text), { kind: 'organization', rule: 'team-in-standings' });
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const evidence = evidenceAgainstPerson(
      m,
      sentenceOf.get(m.sentence),
      beforeLegalForm,
      owners,
      bodyWords,
      isPiece,
      fronts,
      titled,
      shortDates,
    );
    if (!evidence) continue;
    found.set(m, evidence);
    const lower = lowerCase(m.text);
    kindOfName.set(lower, evidence);
    for (const w of lower.split(' ')) kindOfWord.set(w, evidence);
  }
  const lowerWords = sentences[0]?.lower ?? new Set<string>();
  const onlyInHeadlines = (m: Mention, word: string) =>
    isHeadlineSentence(sentenceOf.get(m.sentence)) && !bodyWords.has(word);
  const runOns = runOnsIntoSurnames(mentions, lowerWords, onlyInHeadlines);
  const ledBySurnames = namesLedBySurnames(mentions, lowerWords, onlyInHeadlines);
  const fromGivenNames = headlineRunOnsFromGivenNames(mentions, onlyInHeadlines);
  if (
    found.size === 0 &&
    kindOfName.size === 0 &&
    runOns.size === 0 &&
    ledBySurnames.size === 0 &&
    fromGivenNames.size === 0
  )
    return mentions;
  // Words of the full names of people that stay people: a lone word that is one of them may be that
  // person's ("Rusk" of "Ada Rusk" beside "Rusk Ltd"), so it keeps its kind whatever else says so.
  const personWords = new Set<string>();
  for (const m of mentions)
    if (
      m.kind === 'person' &&
      m.text.includes(' ') &&
      !found.has(m) &&
      !runOns.has(m) &&
      !ledBySurnames.has(m) &&
      !fromGivenNames.has(m) &&
      !kindOfName.has(lowerCase(m.text))
    )
      for (const w of lowerCase(m.text).split(' ')) personWords.add(w);
  return mentions.map((m) => {
    if (m.kind !== 'person') return m;
    // Not carried to other mentions: the run-on's words are a headline's and a real person's.
    if (runOns.has(m)) {
      traceRule('run-on-into-surname', m.text, m.kind, 'other');
      return { ...m, kind: 'other', canonical: null };
    }
    // Not carried either: the surname it opens on is a real person's.
    if (ledBySurnames.has(m)) {
      traceRule('name-led-by-surname', m.text, m.kind, 'other');
      return { ...m, kind: 'other', canonical: null };
    }
    if (fromGivenNames.has(m)) {
      traceRule('headline-run-on-from-given-name', m.text, m.kind, 'other');
      return { ...m, kind: 'other', canonical: null };
    }
    const lower = lowerCase(m.text);
    // A lone word of a retyped name is that name said short ("Chorzow" of "Ruch Chorzow") or a
    // dateline's piece of it in capitals ("MAE" of "Mae Sot"), unless a person's name holds it too.
    const lone = !lower.includes(' ');
    if (lone && personWords.has(lower)) return m;
    const evidence = found.get(m) ?? kindOfName.get(lower) ?? (lone ? kindOfWord.get(lower) : undefined);
    if (!evidence) return m;
    traceRule(evidence.rule, m.text, m.kind, evidence.kind);
    const known = gazetteer(m.text, m.shouting);
    return {
      ...m,
      kind: evidence.kind,
      canonical: known && known.kind === evidence.kind ? known.canonical : null,
    };
  });
}
