/**
 * Words beside a name that say it names no person: a company's apposition or possession, a
 * product or label, a work's title, a price credit, a town before its region, a group of people,
 * a handle, a planet; `notPersonBeside` gives the kind they make of it.
 */

import { type Token, isPossessive } from '../tokenize.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import type { Kind } from '../classify.js';
import type { Span } from '../spans.js';
import { startsUpper } from '../names.js';
import { lookupPlace, isCountry, demonymOf } from '../../lexicon/places.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { isSayingVerb } from '../../lexicon/speech.js';
import { isListedGivenName } from '../../ner/features.js';
import { isProductMaker, isOrgCueWord } from '../../lexicon/organizations.js';
import type { SentenceMentions } from './types.js';
import { isTitleWord, CLOSED_CLASS } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL_OR_DIGIT = /^(?:\p{Lu}|\d)/u;
const OPENS_SMALL = /^\p{Ll}/u;

/** Nouns only a company is said to have: "X's shares", "X's quarterly profits", "X's chief executive". */
const CORPORATE_POSSESSIONS = new Set(
  `shares stock stocks shareholders stockholders profit profits revenue revenues earnings turnover
  subsidiary subsidiaries headquarters franchise franchises dividend dividends valuation ceo`
    .split(/\s+/)
    .filter(Boolean),
);

/** Modifiers that may stand between a possessive and the noun it owns ("X's quarterly profits"). */
const POSSESSION_MODIFIERS = new Set(
  'annual quarterly net pre-tax operating underlying first-quarter second-quarter third-quarter fourth-quarter full-year chief executive'.split(
    ' ',
  ),
);

/**
 * The noun a possessive owns, lower-cased, past a few modifiers ("quarterly", "net"); "chief
 * executive" counts as the company's ("X's chief executive officer").
 */
function possessedNoun(tokens: Token[], from: number): string {
  for (let k = from; k < from + 3; k++) {
    const w = lowerCase(tokens[k]?.text ?? '');
    if (w === 'chief' && /^executives?$/i.test(tokens[k + 1]?.text ?? '')) return 'ceo';
    if (!POSSESSION_MODIFIERS.has(w)) return w;
  }
  return '';
}

/**
 * Lower-case nouns of bodies and works that, right before a name, say what it names: "the firm X",
 * "the chain X", "the film X", "his album X". People are introduced by what they are ("the
 * singer X"), never by these.
 */
const THING_NOUNS = new Map<string, Kind>([
  ...`firm company group chain brand label retailer supermarket restaurant cafe pub hotel charity
  newspaper magazine tabloid club team side band airline broadcaster network channel`
    .split(/\s+/)
    .filter(Boolean)
    .map((w): [string, Kind] => [w, 'organization']),
  ...`show series programme sitcom drama film movie documentary book novel memoir album song single
  musical play app website ship yacht vessel aircraft rocket spacecraft satellite probe`
    .split(/\s+/)
    .filter(Boolean)
    .map((w): [string, Kind] => [w, 'other']),
]);

/**
 * Nouns of clothes and accessories in shopping and fashion copy. Verbs that end the same way are
 * left out ("boots", "heels", "bags" the ball; "coats", "dresses", "clutch", "suit", "top", "watch"), so a person who acts is not
 * read as a label.
 */
const GARMENTS = new Set(
  `dress gown gowns skirt skirts miniskirt handbag handbags jacket jackets coat blazer
  blouse jumpsuit jeans trousers shoes sandals sneakers trainers sunglasses perfume fragrance collection
  lingerie swimwear knitwear cardigan sweater jumper scarf tote lipstick`
    .split(/\s+/)
    .filter(Boolean),
);

/** Materials and cuts written between a label and the garment ("her X quilted handbag"). */
const GARMENT_MODIFIERS = new Set(
  `quilted leather suede silk satin lace velvet cotton denim wool cashmere printed floral striped pleated
  embroidered sequinned sequined midi maxi mini ankle tailored metallic`
    .split(/\s+/)
    .filter(Boolean),
);

/** How many capitalised words after a name a product title is read through ("X Linen Wrap Dress"). */
const PRODUCT_TITLE_REACH = 4;

/**
 * Fashion copy names labels as it names people: "her X quilted handbag", "a dress by X", "the X
 * Tightrope Skirt". A garment noun right after the name (past one material or cut), a garment
 * before "by" the name, or a capitalised garment closing the name's run of capitals says the name
 * is the label, a brand, whether or not a designer of that name lives: the story is about the
 * product, and news names a person who wears clothes as the subject, not the clothes' maker.
 */
function namesLabel(tokens: readonly Token[], span: Span): boolean {
  let k = span.end;
  if (GARMENT_MODIFIERS.has(tokens[k]?.text ?? '')) k++;
  if (GARMENTS.has(tokens[k]?.text ?? '')) return true;
  if (tokens[span.start - 1]?.text === 'by') {
    const g = tokens[span.start - 2]?.text ?? '';
    if (GARMENTS.has(g)) return true;
  }
  for (let j = span.start; j < span.end + PRODUCT_TITLE_REACH && j < tokens.length; j++) {
    const w = tokens[j]?.text ?? '';
    if (j >= span.end && !startsUpper(w)) break;
    if (j > span.start && GARMENTS.has(lowerCase(w)) && startsUpper(w)) return true;
  }
  return false;
}

/**
 * Abstract nouns by their suffix ("Partnership", "Commission", "Empowerment", "Security"), singular or
 * plural; "-ment", "-ity" and "-ness" only after four letters, as surnames end so too ("Taument",
 * "Dorrity", "Widness").
 */
const ABSTRACT_NOUN =
  /^\p{Lu}(?:\p{Ll}+(?:ship|tion|sion|ism|ships|tions|sions|isms|ities|ments)|\p{Ll}{4,}(?:ment|ity|ness))$/u;

/** What may close "X, <region>": the sentence or clause, a list, a bracket. */
const REGION_CLOSERS = new Set(['', '.', ',', ';', ')', 'and']);

/**
 * "Oak Hollow, Wisconsin", "Fairview, Texas;": a name followed by a comma, a state, province or
 * city of the lexicon (not a country, which results tables put after people) and
 * the end of the clause is a town named with its region. eng.train gold: 30 names so placed, 29
 * places and a body, no person.
 */
function beforeItsRegion(tokens: readonly Token[], span: Span): boolean {
  if (tokens[span.end]?.text !== ',') return false;
  for (const width of [2, 1]) {
    const words = tokens.slice(span.end + 1, span.end + 1 + width);
    if (words.length < width || !words.every((t) => startsUpper(t.text))) continue;
    const place = lookupPlace(words.map((t) => t.text).join(' '));
    if (!place || isCountry(place)) continue;
    return REGION_CLOSERS.has(tokens[span.end + 1 + width]?.text ?? '');
  }
  return false;
}

/**
 * Followers of a faith or party and ethnic groups, singular or plural: "Muslims", "Democratic",
 * "Latinos". In eng.train's gold these words are never a person's name (Muslim, Jewish, Catholic,
 * Hindu, Democrat, Democratic, Republican and the rest: 0 of 145); "Christian" is left out, being also a given name.
 */
const GROUP_WORDS = new Set(
  `muslim muslims jew jews jewish catholic catholics protestant protestants hindu hindus sikh sikhs buddhist
  buddhists mormon mormons evangelical evangelicals democrat democrats democratic republican republicans
  latino latinos latina latinas hispanic hispanics`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Muslims", "American Muslims", "Hispanic": a name made of group words and nationalities only. */
function isGroupName(tokens: readonly Token[], span: Span): boolean {
  let group = false;
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    if (GROUP_WORDS.has(lowerCase(w))) group = true;
    else if (demonymOf(w) === undefined) return false;
  }
  return group;
}

/**
 * "AdaVale", "VoteOkaforNow": words run together with a capital at each join are handles and
 * hashtags of social media, not a name as news writes it (WNUT-17 train: 2 of 674 such tokens are
 * a person's). Name prefixes are left out ("MacArthur", "FitzGerald", "DeSantis", "LaToya" start with
 * at most three letters before the capital or with "Fitz"), and so are double given names ("JoAnna").
 */
const CAMEL_WORD = /^[#@]?(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)/u;
const NAME_PREFIX = /^(?:Mac|Fitz|Van|Von)$/;

function hasHandleWord(tokens: readonly Token[], span: Span): boolean {
  // A handle or hashtag stands alone; a run-together word inside a longer name is a given name
  // written so ("TamiLee Okafor").
  if (span.end - span.start !== 1) return false;
  const m = CAMEL_WORD.exec(tokens[span.start]?.text ?? '');
  return m !== null && !NAME_PREFIX.test(m[1] ?? '') && !isFirstName(m[2] ?? '');
}

/** Planets and dwarf planets no one is called by alone (science copy: "a moon of Saturn", "past Uranus"). */
const PLANETS = new Set(['Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto', 'Ceres']);

const CURRENCY = new Set(['£', '$', '€']);
/** What may close a price credit: the item's end, the list's next item, or a closing bracket. */
const CREDIT_ENDS = new Set(['', '.', ';', ')', ',']);

/** Is a price ("£50", "$120.99") written from token `k` on (or ending at `k`, reading back)? */
function priceAt(tokens: readonly Token[], k: number, back: boolean): boolean {
  const [sym, num] = back ? [tokens[k - 1], tokens[k]] : [tokens[k], tokens[k + 1]];
  return CURRENCY.has(sym?.text ?? '') && /^\d[\d.,]*$/.test(num?.text ?? '');
}

/**
 * "Silk dress, £50, X." and "X, £50": shopping copy credits each item to its retailer or label next
 * to its price, with nothing else in the clause; a person beside a price is the subject of a verb
 * ("It cost £50, Jo Ray said"), so the name must close the item (full stop, semicolon, comma or
 * bracket) or open it.
 */
function inPriceCredit(tokens: readonly Token[], span: Span): boolean {
  const after = tokens[span.end]?.text ?? '';
  if (tokens[span.start - 1]?.text === ',' && priceAt(tokens, span.start - 2, true) && CREDIT_ENDS.has(after))
    return true;
  const before = tokens[span.start - 1]?.text ?? '';
  return (
    after === ',' &&
    priceAt(tokens, span.end + 1, false) &&
    (before === '' || before === '(' || before === '.')
  );
}

/** Nouns of the people who live in a place ("villagers from X", "residents of X"). */
const DWELLERS = new Set(
  'villagers residents inhabitants locals townspeople townsfolk islanders villager resident inhabitant'.split(
    ' ',
  ),
);

/** How many capitalised words or numbers a channel, network or publisher before a work's noun may run to. */
const OWNER_REACH = 3;

/**
 * "the Channel 7 show X", "the Radio Two series X": a determiner before a run of capitalised words or
 * numbers (the work's channel or publisher) ending at `k`, the word before the work's noun.
 */
function determinerPastOwner(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j >= 0 && k - j < OWNER_REACH && OPENS_CAPITAL_OR_DIGIT.test(tokens[j]?.text ?? '')) j--;
  return j < k && DETERMINERS.has(lowerCase(tokens[j]?.text ?? ''));
}

/**
 * Nouns of businesses and bodies no person is called by in an appositive ("X, a research firm"):
 * generic heads, not names. Role-like ones ("broker", "publisher", "partner") are left out: on
 * PolNeAR train they describe people ("X, a broker based in ...").
 */
const COMPANY_HEADS = new Set(
  `company firm corporation retailer chain conglomerate bank start-up startup organization organisation
  agency manufacturer carrier airline insurer subsidiary studio fund nonprofit charity newspaper magazine
  website`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that may follow an appositive's head noun and keep it the head ("a firm based in ..."). */
const AFTER_HEAD = new Set([
  'that',
  'which',
  'based',
  'in',
  'of',
  'with',
  'whose',
  'founded',
  'owned',
  'run',
]);

/**
 * "X, a small freight company based in ...", "X, the parent company of ...": an appositive after
 * the name, an article and at most three more words before a business noun that ends the phrase
 * (punctuation or a word such as "based", "that", "of"), says what X is: a body. "X, a firm
 * believer" and "X, a company spokesman" go on past the noun and name a person.
 */
function companyAppositive(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[end + 1]?.text ?? '')) return false;
  for (let k = end + 2; k <= end + 5; k++) {
    const w = tokens[k]?.text ?? '';
    if (!OPENS_SMALL.test(w)) return false;
    if (!COMPANY_HEADS.has(w)) continue;
    const next = tokens[k + 1]?.text;
    return next === undefined || /^[,.;:)]$/.test(next) || AFTER_HEAD.has(next);
  }
  return false;
}

/** Words that open the noun phrase of an appositive before a name ("a Tarvik company, X"). */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);

/**
 * "a small Tarvik company, Vale Petroleum, ...", "his website, Valeworld.com.": the same appositive
 * set before the name, the name closing the phrase (punctuation after it). On PolNeAR train all 5
 * such phrases before a capitalised name name a body. "the firm, Jo Vale said," goes on past the
 * name with a verb and is not read so.
 */
function companyBeforeName(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== ',' || !COMPANY_HEADS.has(tokens[start - 2]?.text ?? '')) return false;
  const after = tokens[end]?.text;
  if (after !== undefined && !/^[,.;:)]$/.test(after)) return false;
  for (let k = start - 3; k >= 0 && k >= start - 6; k--) {
    const w = tokens[k]?.text ?? '';
    if (APPOSITIVE_OPENERS.has(w)) return true;
    if (!/^[\p{L}-]+$/u.test(w)) return false;
  }
  return false;
}

/** A model number: "737", "A320", "F-35", "S9". */
const MODEL_NUMBER = /^(?:\p{Lu}+-?\d+\p{L}*|\d{3,})$/u;

/**
 * What stands beside a name the tagger called a person can say it names none. "The" right before
 * it (mixed-case prose, no title between) makes it a modifier or a thing ("the Castleton forward",
 * "the Kessler wing"): news writes people without an article. A capitalised organisation word right
 * after it makes it the front of a body ("Henry Tate Foundation" split by the tagger). A lone
 * nationality ("European affairs") names no one either.
 */
export function notPersonBeside(s: SentenceMentions, span: Span): Kind | null {
  if (s.caseless) return null;
  const { tokens } = s;
  const before = tokens[span.start - 1]?.text ?? '';
  if (before === 'the' || before === 'a' || before === 'an') return 'other';
  // "X said its sales grew": what speaks of itself as "its" is a body; a given name in front
  // keeps a person ("Jane Ray said its profits rose" speaks of her company).
  const first = tokens[span.start]?.text ?? '';
  if (
    isSayingVerb(tokens[span.end]?.text ?? '') &&
    lowerCase(tokens[span.end + 1]?.text ?? '') === 'its' &&
    !isFirstName(first) &&
    !isListedGivenName(first)
  )
    return 'organization';
  if (companyAppositive(tokens, span.end) || companyBeforeName(tokens, span.start, span.end))
    return 'organization';
  // "Valentine's Day", "New Year's Eve": a feast named after someone is a date, not that someone.
  if (isPossessive(tokens[span.end]) && /^(?:Day|Eve)$/.test(tokens[span.end + 1]?.text ?? ''))
    return 'other';
  // "X's shares fell", "X's chief executive": what has shares, profits or a chief executive is a
  // company, not a person (a person's own people are "her spokesman", never "her shareholders").
  // A full name opening with a given name keeps its person ("Jane Ray's shares in the firm").
  if (
    isPossessive(tokens[span.end]) &&
    CORPORATE_POSSESSIONS.has(possessedNoun(tokens, span.end + 1)) &&
    !(span.end - span.start > 1 && (isFirstName(first) || isListedGivenName(first)))
  )
    return 'organization';
  // "a black Nissan Navara", "the Boeing Starliner": a maker's name before a capitalised word is
  // make and model, a product, whatever the model's name looks like.
  if (span.end - span.start > 1 && isProductMaker(first) && !isFirstName(first) && !isListedGivenName(first))
    return 'other';
  // "the Harbour Care Act", "the Vell-Rusk Act": a capitalised phrase ending in "Act" is a
  // statute's name, never a person's, whether the tagger took "Act" into the span or stopped before it.
  if (tokens[span.end - 1]?.text === 'Act' || tokens[span.end]?.text === 'Act') return 'other';
  // "a Boeing 737 Max", "the Airbus A320 Neo": a model number between a maker and a capitalised
  // word makes the word the model's name, not a person's. A model number has three digits or a
  // letter; a rank or a score in a results table ("Vellmark 4 Ada Vell") has neither.
  if (MODEL_NUMBER.test(before) && isProductMaker(tokens[span.start - 2]?.text ?? '')) return 'other';
  // "Quarry Safety Check", "Ferry Service Restored": words of a title-case headline the
  // tagger ran together. A last word the article also writes in lower case is an ordinary word;
  // with no given name or title opening the span, nothing in it names a person.
  if (
    span.end - span.start > 1 &&
    s.lower.has(lowerCase(tokens[span.end - 1]?.text ?? '')) &&
    !isFirstName(first) &&
    !isListedGivenName(first) &&
    !isTitleWord(first)
  )
    return 'other';
  const after = tokens[span.end]?.text ?? '';
  if (startsUpper(after) && isOrgCueWord(after)) return 'organization';
  // "ate at Wendy's before", "shopped at Hallam's.": a possessive that owns nothing is a shop or
  // business named after its founder; a person's possessive owns the noun after it.
  if (isPossessive(tokens[span.end])) {
    const owned = tokens[span.end + 1]?.text ?? '';
    if (owned === '' || /^[,.;:!?)]$/.test(owned) || CLOSED_CLASS.has(owned)) return 'organization';
  }
  if (namesLabel(tokens, span)) return 'organization';
  if (inPriceCredit(tokens, span)) return 'organization';
  // "villagers from X", "residents of X": the nouns of people who live somewhere name, after
  // "from"/"of", where they live; no one is a resident of a person.
  if ((before === 'from' || before === 'of') && DWELLERS.has(lowerCase(tokens[span.start - 2]?.text ?? '')))
    return 'place';
  // "the Leeds-based firm X", "the film X", "her new novel X": a lower-case noun of a body or a
  // work right before a name says what the name names.
  // The noun follows a determiner (past one modifier: "her new novel"), so a verb ("to play X",
  // "will film X") is not read as the noun.
  const thing = THING_NOUNS.get(before);
  if (
    thing &&
    (DETERMINERS.has(lowerCase(tokens[span.start - 2]?.text ?? '')) ||
      DETERMINERS.has(lowerCase(tokens[span.start - 3]?.text ?? '')) ||
      determinerPastOwner(tokens, span.start - 2))
  )
    return thing;
  if (span.end - span.start === 1 && demonymOf(tokens[span.start]?.text ?? '') !== undefined) return 'other';
  if (isGroupName(tokens, span)) return 'other';
  if (beforeItsRegion(tokens, span)) return 'place';
  // "the Care Partnership", "Youth Empowerment", "the Vale Commission": a name ending in an abstract
  // noun names a body, a programme or an event. eng.train gold: 189 names of two words or more end
  // in such a noun, none of them a person's (surnames that end alike are short: "Dorrity").
  if (span.end - span.start > 1 && ABSTRACT_NOUN.test(tokens[span.end - 1]?.text ?? ''))
    return 'organization';
  if (hasHandleWord(tokens, span)) return 'other';
  // A planet named alone is the planet; "Mars", "Venus" and "Mercury" are left out, being also names.
  if (span.end - span.start === 1 && PLANETS.has(tokens[span.start]?.text ?? '')) return 'other';
  return null;
}
