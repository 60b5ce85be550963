/**
 * Fold person mentions into people: the fullest form names the person, shorter forms ("Patel",
 * "Mr. Patel") become aliases, and every form counts as a mention. Gender comes from honorifics
 * and gendered titles, then the given name, then the first he/she after the name.
 */

import type { Gender, Person } from '../schema.js';
import { firstNameGender, isFirstName, type NameGender } from '../lexicon/first-names.js';
import { isGenerationalSuffix } from '../lexicon/particles.js';
import { isHonorific, isNobleTitle, isRoleNoun, isTitle, titleGender } from '../lexicon/titles.js';
import { type Mention, NAME_TITLES, type SentenceMentions } from './mentions/index.js';
import { isParticle } from './names.js';
import { isPersonNoun } from './role-nouns.js';
import { traceRule } from './rule-trace.js';
import { isTitleOnlyName } from './title-only-names.js';
import { isPossessive } from './tokenize.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { foldInitialledNames } from './initialled-names.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const LETTER_HYPHEN_LETTER = /\p{L}-\p{L}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

interface Cluster {
  words: string[];
  /** Lower-cased name words without particles, for matching shorter forms. */
  keys: string[];
  joinedKeys: string;
  /** The keys without a generational suffix, which a surname alone leaves off ("Harrow" of "Tom Harrow Jr."). */
  surnameKeys: string;
  name: string;
  aliases: Set<string>;
  roles: string[];
  mentions: number;
  firstSentence: number;
  titleGender: NameGender;
  /** The gender the fullest form gives by its own words: its title or honorific, else its given name. */
  ownGender: NameGender;
  pronounGender: NameGender;
}

/**
 * Lower-cased name words without particles. A double-barrelled surname is its parts ("Jo
 * Waley-Fenn" is [jo, waley, fenn]): British copy writes the same surname with and without its
 * hyphen ("Mr Waley Fenn"). Only the last word of a longer name, so a hyphenated given name alone
 * ("Jean-Luc") stays one given name.
 */
function nameKeys(name: string): string[] {
  const words = lowerCase(name)
    .replace(/’/g, "'")
    .split(' ')
    .filter((w) => w && !isParticle(w));
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || !LETTER_HYPHEN_LETTER.test(last)) return words;
  return [...words.slice(0, -1), ...last.split('-').filter(Boolean)];
}

/**
 * Two spellings of one given name ("Katharine" and "Katherine", "Mohamed" and "Mohammed"): news copy
 * often spells a name two ways. One letter inserted, dropped or changed, in names of five letters
 * or more (shorter ones are different names too often: "Mark" and "Mary").
 */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Does the short form name the same person as the cluster: the full name spelt with another given
 * name one edit away, a suffix of it (its surname), or its given name and surname without the middle
 * names? A lone given name is `givenNameOwner`'s question.
 */
function refersTo(short: string[], joined: string, c: Cluster): boolean {
  const full = c.keys;
  if (
    short.length === 2 &&
    full.length === 2 &&
    short[1] === full[1] &&
    oneEditApart(short[0] ?? '', full[0] ?? '')
  )
    return true;
  if (short.length >= full.length) return joined === c.joinedKeys;
  // A suffix of the full name: "Patel" of "Vandante Patel", "bin Tariq" of "Haitham bin Tariq",
  // "Harrow" of "Tom B. Harrow Jr.".
  const dehyphenated = joined.replace(/-/g, ' ');
  for (const full of [c.joinedKeys, c.surnameKeys])
    if (full.endsWith(` ${joined}`) || full.endsWith(` ${dehyphenated}`)) return true;
  // The given name and surname without the middle name: "Annabel Fenwick" of "Annabel Louise Fenwick".
  if (short.length === 2 && full.length > 2 && short[0] === full[0] && short[1] === full[full.length - 1])
    return true;
  return false;
}

/**
 * A lone given name: "Brett" of "Brett McGurk". A lone word names the person whose given name it
 * is when the article names exactly one person with that given name ("Greta" after "Greta Holm");
 * when it names two, the word joins the first of them only if the given-name lists know it.
 */
function givenNameOwner(keys: string[], clusters: Cluster[]): Cluster | undefined {
  if (keys.length !== 1) return undefined;
  const owners = clusters.filter((c) => c.keys.length > 1 && c.keys[0] === keys[0]);
  return owners.length === 1 || isFirstName(keys[0] ?? '') ? owners[0] : undefined;
}

/**
 * A lone inner word of a name of three words or more: "Ms. Acosta" of "Melba Acosta Febo", "Sada"
 * of "Carlos Manuel Sada Solana", "Wasserman" of "Debbie Wasserman Schultz". Spanish and Portuguese
 * names carry two surnames, and news calls the person by the first of them; a compound surname is
 * cut the same way. The word joins that person when exactly one person of the article holds it
 * inside their name and it is no given name (a middle name alone is rarely how anyone is called).
 */
function innerSurnameOwner(keys: string[], clusters: Cluster[], gender: NameGender): Cluster | undefined {
  const word = keys.length === 1 ? (keys[0] ?? '') : '';
  if (!word || isFirstName(word)) return undefined;
  const owners = clusters.filter((c) => {
    // "Trump" of "Donald Trump Jr." is the surname, not an inner word: refersTo's case.
    const name = withoutSuffix(c.keys);
    return name.length > 2 && name.slice(1, -1).includes(word);
  });
  const owner = owners.length === 1 ? owners[0] : undefined;
  // "Ms. Vega" is not "Julio Vega Rojas".
  return owner && (!gender || !owner.ownGender || owner.ownGender === gender) ? owner : undefined;
}

const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/i;

/**
 * The first third-person pronoun after the mention, in the rest of its sentence or the next one,
 * unless another person is named first ("Lena Marsh noted that Ortiz's stance stems from
 * his view": "his" is Ortiz's).
 */
function pronounAfter(
  sentences: Map<number, SentenceMentions>,
  m: Mention,
  personWords: ReadonlySet<string>,
): NameGender {
  const s = sentences.get(m.sentence);
  if (!s) return null;
  const endOffset = s.tokens[m.span.end - 1]?.end ?? 0;
  const rest = s.text.slice(endOffset);
  const hit = PRONOUN.exec(`${rest} ${sentences.get(m.sentence + 1)?.text ?? ''}`);
  if (!hit) return null;
  const inNext = hit.index > rest.length;
  const pronounAt = inNext ? hit.index - rest.length - 1 : endOffset + hit.index;
  // Anyone named between the name and the pronoun, in the rest of this sentence or the next one up to it.
  const afterName = s.mentions.some(
    (o) =>
      isOtherPerson(o, m, personWords) &&
      mentionStart(s, o) >= endOffset &&
      (inNext || mentionStart(s, o) < pronounAt),
  );
  const next = sentences.get(m.sentence + 1);
  const inNextBefore =
    inNext &&
    next?.mentions.some((o) => isOtherPerson(o, m, personWords) && mentionStart(next, o) < pronounAt);
  if (afterName || inNextBefore) return null;
  return /^(he|him|his|himself)$/i.test(hit[1] ?? '') ? 'male' : 'female';
}

// Module functions, not closures made per call: under tsx every named closure is named at run time
// (a defineProperty per call), and pronounAfter runs for every person mention.
/** Someone other than `m` who is a person: the same person named again ("Marta Zielny ... Zielny said she") is no one else. */
function isOtherPerson(o: Mention, m: Mention, personWords: ReadonlySet<string>): boolean {
  const samePerson = o.text === m.text || m.text.endsWith(` ${o.text}`) || o.text.endsWith(` ${m.text}`);
  return o !== m && !samePerson && (o.kind === 'person' || personWords.has(o.text));
}

function mentionStart(within: SentenceMentions, o: Mention): number {
  return within.tokens[o.span.start]?.start ?? 0;
}

function titleGenderOf(m: Mention): NameGender {
  if (!m.titleText) return null;
  const words = m.titleText.split(/[\s.]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const g = titleGender(words[i] ?? '');
    if (g) return g;
  }
  return null;
}

/** A short alias as written with its honorific or title ("Mr. Patel", "Sen. Warren", "President Biden"). */
function titledAlias(m: Mention): string | null {
  if (!m.titleText || /\s/.test(m.text)) return null;
  const title = m.titleText.replace(/\s+\./g, '.');
  return title.split(/\s+/).length === 1 ? `${title} ${m.text}` : null;
}

/** The name's words without a generational suffix after the surname ("Tom B. Harrow Jr."). */
function withoutSuffix<T extends string>(words: T[]): T[] {
  return words.length > 2 && isGenerationalSuffix(lowerCase(words[words.length - 1] ?? ''))
    ? words.slice(0, -1)
    : words;
}

/**
 * The surname with its particles ("Patel", "van der Westhuizen"; "Harrow" of "Tom Harrow Jr."), or
 * undefined for a one-word name.
 */
function surnameOf(allWords: string[]): string | undefined {
  const words = withoutSuffix(allWords);
  let start = words.length - 1;
  while (start > 1 && isParticle(words[start - 1] ?? '')) start--;
  return start >= 1 ? words.slice(start).join(' ') : undefined;
}

/** Animals news names as it names people ("his horse X", "the gorilla X"): no person. */
const ANIMALS = new Set(
  `horse horses colt filly mare stallion gelding pony dog dogs puppy cat kitten pet gorilla chimp chimpanzee
  orangutan monkey lion lioness tiger bear panda elephant giraffe rhino hippo whale orca dolphin seal penguin
  parrot owl eagle hen chicken cow bull pig sheep goat camel racehorse greyhound`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Is the mention right after an animal noun ("his horse X"), in its sentence, or the mount of a
 * rider ("Jo Ray rode X to victory", "riding X", "X, ridden by Jo Ray")? Racing copy names
 * horses without "horse"; what is ridden is a horse (or a bike, also no person), and the rider is
 * named as the subject or after "ridden by". A possessive after the name ("rode Ray's horse") keeps
 * its owner a person.
 */
function namesAnimal(sentences: Map<number, SentenceMentions>, m: Mention): boolean {
  const tokens = sentences.get(m.sentence)?.tokens;
  if (!tokens) return false;
  const before = tokens[m.span.start - 1]?.text ?? '';
  if (ANIMALS.has(before)) return true;
  if ((before === 'rode' || before === 'riding') && !isPossessive(tokens[m.span.end])) return true;
  const k = tokens[m.span.end]?.text === ',' ? m.span.end + 1 : m.span.end;
  return tokens[k]?.text === 'ridden' && tokens[k + 1]?.text === 'by';
}

/**
 * Members of a body, named after the body: "Lib Dem peers", "Likud lawmakers", "Sinn Fein
 * councillors", "PKK rebels". The words name seats and ranks held in a party, parliament or movement,
 * not a person's followers ("Hatoyama backers", "Sanders delegates", "Assad forces" keep their
 * person), so the name before them is the body's. In CoNLL eng.train 94 of 95 names before such a
 * plural are no person (the one person: "backers", left out here).
 */
const MEMBERS = new Set(
  `MPs MEPs MSPs peers lawmakers legislators senators congressmen congresswomen councillors councilors
  ministers deputies members activists rebels`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Craft, vessels and market indices, named before the noun that says what they are: "the Starliner
 * capsule", "the Odysseus lander", "the Hubble telescope", "the Ever Bright tanker", "the Hang Seng
 * index". Nouns that also follow a person's name are left out: "probe" ("the Mueller probe"),
 * "train" ("the Clinton train"), "car" (a driver's), "brand", "fund", "restaurant" and "chain"
 * (businesses named after their founders). In CoNLL eng.train 65 of the 66 names before such nouns,
 * those left out included, are no person (the one: "Clinton train").
 */
const THINGS = new Set(
  `capsule spacecraft rover lander telescope satellite shuttle rocket ship vessel tanker ferry jet jets
  airliner aircraft helicopter submarine frigate destroyer yacht index`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Is the mention a body's name before its members ("Lib Dem peers")? Not with a title ("Senator X"),
 * and not when a person the article names in full ends with it ("Jo Ray ... Ray activists").
 */
function namesBodyOrThing(
  sentences: Map<number, SentenceMentions>,
  m: Mention,
  fullNameEnds: ReadonlySet<string>,
): 'body-before-members' | 'thing-before-noun' | null {
  if (m.span.title || fullNameEnds.has(m.text)) return null;
  const after = sentences.get(m.sentence)?.tokens[m.span.end]?.text ?? '';
  return MEMBERS.has(after) ? 'body-before-members' : THINGS.has(after) ? 'thing-before-noun' : null;
}

/** Words that name a weather system before its given name ("Storm Isha", "Hurricane Ian"). */
const STORM_WORDS = new Set(['Storm', 'Hurricane', 'Typhoon', 'Cyclone', 'Superstorm']);

/** What a story about a storm says of it; a film star named Storm is written of otherwise. */
const WEATHER =
  /\b(?:winds?|gusts?|rain(?:fall)?|flood(?:s|ing|ed)?|landfall|forecast(?:ers?)?|weather|mph|km\/h|storm surge|downpours?|snow(?:fall)?)\b/i;

/**
 * The names the article gives storms: "Storm Isha" (the tagger's span or the word before it) and
 * the given name alone ("Isha brought gusts..."), when the article speaks of weather. Storms take
 * given names, so only the word before and the article's subject tell them from people.
 */
function stormNames(sentences: Map<number, SentenceMentions>): Set<string> {
  const names = new Set<string>();
  for (const s of sentences.values())
    for (const m of s.mentions) {
      // The first word and the rest read in place: this runs for every mention of the article.
      const space = m.text.indexOf(' ');
      const before = s.tokens[m.span.start - 1]?.text ?? '';
      if (space >= 0 && STORM_WORDS.has(m.text.slice(0, space))) {
        names.add(m.text);
        names.add(m.text.slice(space + 1));
      } else if (STORM_WORDS.has(before)) names.add(m.text);
    }
  if (names.size === 0) return names;
  for (const s of sentences.values()) if (WEATHER.test(s.text)) return names;
  return new Set();
}

/**
 * "Astronaut Jo Ray said": a noun for a person (the role list or WordNet's person nouns) opening
 * the sentence right before a person's name is that person's role, even where the tagger made a
 * name of each. Only there: as a lone name elsewhere such words are mostly people in CoNLL
 * eng.train ("God", "Baker"; a broader rule was wrong 8 times in 8 there).
 */
function isRoleBeforeName(sentences: Map<number, SentenceMentions>, m: Mention): boolean {
  if (m.span.title || m.text.includes(' ') || !CAPITALISED_WORD.test(m.text)) return false;
  const s = sentences.get(m.sentence);
  if (!s || (m.span.start > 0 && !/^["“‘']$/.test(s.tokens[m.span.start - 1]?.text ?? ''))) return false;
  const next = s.mentions.some((o) => o.kind === 'person' && o.span.start === m.span.end);
  return next && (isRoleNoun(m.text) || isPersonNoun(lowerCase(m.text)));
}

/**
 * "Justice Quist", "Admiral Vane": a name the tagger opened with the title it goes by is matched
 * as the name after the title, so it joins the person the article named in full ("Justice Mara
 * Quist"). Not an honorific (read apart already), a royal's or a pope's title ("Prince Edmund",
 * "Pope Leo", which stay with the name), nor a one-word name.
 */
function titleLedRest(name: string): string {
  const space = name.indexOf(' ');
  if (space < 0) return name;
  const first = name.slice(0, space);
  if (
    !OPENS_CAPITAL.test(first) ||
    !isTitle(first) ||
    isHonorific(first) ||
    isNobleTitle(first) ||
    NAME_TITLES.has(first)
  )
    return name;
  return name.slice(space + 1);
}

/**
 * The person a short form names: the first the form refers to, but a form with a gendered honorific
 * or title ("Mrs. Vane", "Mr. Vane") goes to a person of that gender by the name's own words (its
 * given name or the title it was named with in full), else to one of unknown gender: of "Tom Vane"
 * and "Ada Vane", "Mrs. Vane" is hers. When everyone it may name is of the other gender, it is a
 * person of its own ("Mr. Vane" beside "Ada Vane": her husband) only if the article writes the
 * form with honorifics of both genders, so its own usage, not a given-name list that may be
 * wrong about a name, tells the two apart; otherwise it stays with the first.
 */
function sameGender(
  clusters: Cluster[],
  keys: string[],
  joined: string,
  gender: NameGender,
  bothGenders: boolean,
): Cluster | undefined {
  let first: Cluster | undefined;
  let unknown: Cluster | undefined;
  for (const c of clusters) {
    if (!refersTo(keys, joined, c)) continue;
    if (!gender || c.ownGender === gender) return c;
    first ??= c;
    if (!c.ownGender) unknown ??= c;
  }
  return unknown ?? (bothGenders ? undefined : first);
}

export function buildPeople(sentences: Map<number, SentenceMentions>, all: Mention[]): Person[] {
  // A name the article gives a storm, an animal, a body before its members or a craft before its
  // noun is no person wherever it recurs.
  const fullNameEnds = new Set<string>();
  for (const m of all) {
    const space = m.text.lastIndexOf(' ');
    if (space > 0) fullNameEnds.add(m.text.slice(space + 1));
  }
  /** Names that are no person's, with the rule that says so. */
  const notPeople = new Map<string, string>();
  for (const name of stormNames(sentences)) notPeople.set(name, 'storm');
  const roles = new Set<Mention>();
  for (const m of all) if (isRoleBeforeName(sentences, m)) roles.add(m);
  const offices = new Set<Mention>();
  for (const m of all) if (isTitleOnlyName(m, fullNameEnds)) offices.add(m);
  for (const s of sentences.values())
    for (const m of s.mentions) {
      if (notPeople.has(m.text)) continue;
      const rule = namesAnimal(sentences, m)
        ? 'animal-or-mount'
        : namesBodyOrThing(sentences, m, fullNameEnds);
      if (rule) notPeople.set(m.text, rule);
    }
  const mentions =
    notPeople.size + roles.size + offices.size === 0
      ? all
      : all.filter((m) => !notPeople.has(m.text) && !roles.has(m) && !offices.has(m));
  for (const m of all) {
    const rule = roles.has(m)
      ? 'role-before-name'
      : offices.has(m)
        ? 'title-only-name'
        : notPeople.get(m.text);
    if (rule) traceRule(rule, m.text, m.kind, 'dropped');
  }
  const clusters: Cluster[] = [];
  // Every form a person goes by, full names and surnames, to spot another person named between a name and a pronoun.
  const personWords = new Set<string>();
  for (const m of mentions) {
    personWords.add(m.text);
    const space = m.text.lastIndexOf(' ');
    if (space >= 0) personWords.add(m.text.slice(space + 1));
  }
  // Fullest forms first, so short forms find the person they abbreviate.
  const keyed = mentions.map((m) => {
    const keys = nameKeys(titleLedRest(m.text));
    return { m, keys, joined: keys.join(' ') };
  });
  keyed.sort((a, b) => b.keys.length - a.keys.length || a.m.sentence - b.m.sentence);
  // The genders the article's honorifics and titles give each form ("Mr. Vane" and "Mrs. Vane").
  const formGenders = new Map<string, Set<NameGender>>();
  for (const { m, joined } of keyed) {
    const g = titleGenderOf(m);
    if (!g) continue;
    const set = formGenders.get(joined) ?? new Set();
    set.add(g);
    formGenders.set(joined, set);
  }
  for (const { m, keys, joined } of keyed) {
    const gender = titleGenderOf(m);
    const bothGenders = (formGenders.get(joined)?.size ?? 0) > 1;
    let c =
      sameGender(clusters, keys, joined, gender, bothGenders) ??
      givenNameOwner(keys, clusters) ??
      innerSurnameOwner(keys, clusters, gender);
    if (!c) {
      c = {
        words: m.text.split(' '),
        keys,
        joinedKeys: joined,
        surnameKeys: withoutSuffix(keys).join(' '),
        name: m.text,
        aliases: new Set(),
        roles: [],
        mentions: 0,
        firstSentence: Number.MAX_SAFE_INTEGER,
        titleGender: null,
        ownGender: gender ?? firstNameGender(m.text.slice(0, Math.max(0, m.text.indexOf(' ')))),
        pronounGender: pronounAfter(sentences, m, personWords),
      };
      clusters.push(c);
    } else if (m.text !== c.name) c.aliases.add(m.text);
    c.mentions++;
    if (m.sentence >= 0) c.firstSentence = Math.min(c.firstSentence, m.sentence);
    const alias = titledAlias(m);
    if (alias && alias !== c.name) c.aliases.add(alias);
    c.titleGender ??= titleGenderOf(m);
  }
  return foldInitialledNames(clusters, (into, from) => {
    into.aliases.add(from.name);
    for (const a of from.aliases) if (a !== into.name) into.aliases.add(a);
    into.mentions += from.mentions;
    into.firstSentence = Math.min(into.firstSentence, from.firstSentence);
    into.titleGender ??= from.titleGender;
  })
    .map((c): Person => {
      const gender: Gender = c.titleGender ?? firstNameGender(c.words[0] ?? '') ?? c.pronounGender ?? null;
      // The bare surname is how the article (and a reader asking about the person) refers back.
      const surname = surnameOf(c.words);
      if (surname && !c.aliases.has(surname)) c.aliases.add(surname);
      return {
        name: c.name,
        aliases: [...c.aliases],
        roles: c.roles,
        mentions: c.mentions,
        gender,
        firstSentence: c.firstSentence === Number.MAX_SAFE_INTEGER ? 0 : c.firstSentence,
      };
    })
    .sort((a, b) => a.firstSentence - b.firstSentence || b.mentions - a.mentions);
}
