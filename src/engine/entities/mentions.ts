/**
 * Name mentions of one sentence, from the trained tagger's spans (src/engine/ner/): PER spans are
 * people, ORG organisations, LOC places, MISC (nationalities, events, works) nothing Herald lists.
 * Around the spans, only rules that are facts of news writing: the title before a person's name
 * belongs to the mention ("Prime Minister Rishi Sunak"), an honorific makes a person ("Mr
 * Washington"), "the Biden administration" is a body, a shouted dateline word is a place, and
 * credits and bylines name no one in the story.
 */

import { type Token, isPossessive } from './tokenize.js';
import type { Span, NameSpan } from './spans.js';
import type { EntitySpan } from '../ner/labels.js';
import { isDottedAbbreviation, isAllUpper, startsUpper, isParticle, type LowerVocabulary } from './names.js';
import {
  isTitle,
  isRoleNoun,
  isHonorific,
  isNobleTitle,
  isRankAbbreviation,
  isRoleModifier,
} from '../lexicon/titles.js';
import { demonymOf, lookupPlace, isCountry } from '../lexicon/places.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { isFirstName } from '../lexicon/first-names.js';
import { isListedGivenName } from '../ner/features.js';
import {
  isOrgCueWord,
  lookupOrganization,
  isProductMaker,
  isTrailingOrgNoun,
} from '../lexicon/organizations.js';
import { type Kind, spanText, gazetteer } from './classify.js';
import { DETERMINERS } from '../lexicon/determiners.js';
import { isSayingVerb } from '../lexicon/speech.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { isPersonNoun } from './role-nouns.js';
import type { SentenceMentions, Mention } from './mentions/types.js';
import {
  isCased,
  isTitleWord,
  PLACE_TAILS,
  CLOSED_CLASS,
  isCapitalThenLower,
  opensSentence,
  isOrdinaryWord,
} from './mentions/words.js';
export type { Mention, SentenceMentions } from './mentions/types.js';
export { wordsWrittenAlone, taggerWords, prepareSentence } from './mentions/sentence.js';

function sliceText(text: string, tokens: Token[], span: Span): string {
  const a = tokens[span.start];
  const b = tokens[span.end - 1];
  return a && b ? text.slice(a.start, b.end) : '';
}

/** "of"/"for" inside an office's title ("Secretary of State"), any case. */
const OF_FOR = new Set(['of', 'for']);

/**
 * The title run before a person's name: title words, dotted abbreviations, "of"/"for" inside an
 * office ("Secretary of State"), and organisations or places the tagger found inside it ("US State
 * Department Deputy Spokesman"). It must hold a title word next to the name (a nationality alone,
 * "Australian Tom Moody", is no title). In ordinary prose the words are capitalised: a lower-case
 * role ("the spokesman Jo Ray") is the role reader's, not part of the name.
 */
function titleBefore(s: SentenceMentions, start: number, others: readonly EntitySpan[]): Span | null {
  const { tokens } = s;
  let k = start - 1;
  let titleStart = start;
  let sawTitle = false;
  while (k >= 0) {
    const w = tokens[k]?.text ?? '';
    if (w === '.' && isDottedAbbreviation(tokens[k - 1]?.text ?? '')) {
      k--;
      continue;
    }
    if (isCased(s, w) && isTitleWord(w)) {
      // "Then Okafor said", "Former Vale": a modifier ("then", "former", "new") qualifies an office
      // and is no title without one next to the name.
      if (!sawTitle && !isTitle(w) && !isRoleNoun(w) && !isHonorific(w)) break;
      sawTitle = true;
      titleStart = k;
      k--;
      continue;
    }
    if (sawTitle && isCased(s, w) && demonymOf(w) !== undefined) {
      titleStart = k;
      k--;
      continue;
    }
    const inner = others.find((o) => o.end === k + 1 && o.type !== 'PER');
    if (sawTitle && inner) {
      titleStart = inner.start;
      k = inner.start - 1;
      continue;
    }
    // "Secretary of State": the office's portfolio after "of"/"for", then the office itself.
    if (OF_FOR.has(lowerCase(w)) && sawTitle && isTitleWord(tokens[k - 1]?.text ?? '')) {
      k--;
      continue;
    }
    if (
      isCased(s, w) &&
      OF_FOR.has(lowerCase(tokens[k - 1]?.text ?? '')) &&
      isTitleWord(tokens[k - 2]?.text ?? '')
    ) {
      k--;
      continue;
    }
    break;
  }
  if (!sawTitle || titleStart >= start) return null;
  return { start: titleStart, end: start };
}

/**
 * A name right after a role noun or a title names the person holding it: "Barcelona forward
 * Ronaldinho", "the group's chairman Jo Ray", "President Ruto". The tagger, trained on 1996 wire copy,
 * sometimes types such a name as a body or place; the role word before it is the stronger evidence.
 */
function namedAfterRole(s: SentenceMentions, start: number): boolean {
  const w = s.tokens[start - 1]?.text ?? '';
  if (w === '' || isHonorific(w)) return false;
  if (w === lowerCase(w)) return !s.caseless && isRoleNoun(w);
  return isTitle(w);
}

/** Ranks written as words after "No"/"number" ("the world number two"). */
const RANK_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * "world No 1 X", "the world number two X", "British No 1 X": a ranking of competitors, and a
 * ranking's holder named right after it, is a player, so a person. Sports copy writes these ranks
 * only of players (a team's place is "top of the table", not "world No 1"), and the tagger, which
 * never saw the pattern in 1996 wire copy, sometimes types the name after it a body. The rank must
 * belong to "world" or a nationality, so "No 10 Downing Street" is not read so.
 */
function namedAfterRank(s: SentenceMentions, start: number): boolean {
  const { tokens } = s;
  let k = start - 1;
  const rank = lowerCase(tokens[k]?.text ?? '');
  if (!/^\d{1,4}$/.test(rank) && !RANK_WORDS.has(rank)) return false;
  k--;
  if (tokens[k]?.text === '.') k--;
  const no = lowerCase(tokens[k]?.text ?? '');
  if (no !== 'no' && no !== 'no.' && no !== 'number') return false;
  const owner = tokens[k - 1]?.text ?? '';
  return lowerCase(owner) === 'world' || demonymOf(owner) !== undefined;
}

/**
 * "Jo Okafor, who stars in...": a full name opening with a given name and followed by "who" is a
 * person's, where the tagger typed it a body or place (a given name it knows as a city, a surname
 * it never saw). Only with the given name: British sports copy writes "Arsenal, who...", and
 * not for a place and a plural, a team's name.
 */
function namedBeforeWho(s: SentenceMentions, span: Span): boolean {
  if (s.caseless || span.end - span.start < 2) return false;
  const { tokens } = s;
  const k = tokens[span.end]?.text === ',' ? span.end + 1 : span.end;
  if (tokens[k]?.text !== 'who') return false;
  const first = tokens[span.start]?.text ?? '';
  if (!isFirstName(first) && !isListedGivenName(first)) return false;
  // "Atlanta Hawks, who...": a place and a plural is how teams are named.
  const last = tokens[span.end - 1]?.text ?? '';
  if (last.endsWith('s') && lookupPlace(first) !== undefined) return false;
  for (let i = span.start; i < span.end; i++) {
    const w = tokens[i]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}/u.test(w) || isOrgCueWord(w) || PLACE_TAILS.has(w)) return false;
  }
  return true;
}

/**
 * "His nephew, Milo, 19, said": an age set off by commas after a name is how news
 * introduces a person, whatever else the name can be (a city, a month, a brand). The word after
 * the age is in lower case and no "and"/"or" comes before the name, so a list of counts ("Texas,
 * 22, Ohio, 18 and Utah, 6, were") is not read as ages; the name holds no organisation or place word.
 */
function ageAfter(s: SentenceMentions, span: Span): boolean {
  if (s.caseless) return false;
  const { tokens } = s;
  const age = tokens[span.end + 1]?.text ?? '';
  if (tokens[span.end]?.text !== ',' || !/^[1-9]\d?$/.test(age) || tokens[span.end + 2]?.text !== ',')
    return false;
  if (!/^\p{Ll}/u.test(tokens[span.end + 3]?.text ?? '')) return false;
  if (/^(?:and|or)$/.test(tokens[span.start - 1]?.text ?? '')) return false;
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}/u.test(w) || isOrgCueWord(w) || PLACE_TAILS.has(w)) return false;
  }
  return true;
}

/** "LONDON (Reuters) -", "SEOUL 1996-08-30": a shouted first word before a dash, bracket or date. */
function isDateline(s: SentenceMentions, span: Span): boolean {
  if (span.start !== 0) return false;
  const w = s.tokens[0]?.text ?? '';
  const next = s.tokens[span.end]?.text ?? '';
  return isAllUpper(w) && (next === '(' || next === '-' || next === '—' || /^\d{4}-\d\d-\d\d$/.test(next));
}

/** The word before "by" in a credit: "Reporting by", "Photos by". */
const CREDIT_VERB =
  /^(?:reporting|writing|editing|words|photos?|photographs?|pictures?|images?|video|footage|illustrations?|graphics?|additional)$/i;

/**
 * Is the word at `k` a picture source a credit names beside a photographer: an acronym in capitals
 * ("AFP", "EPA", "REUTERS"), a known body ("Reuters", "Facebook") or Getty?
 */
function isAgencyAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (w.length >= 2 && isAllUpper(w)) return true;
  return w === 'Getty' || (startsUpper(w) && lookupOrganization(w) !== undefined);
}

/**
 * "By Jane Doe", "Photo: Jane Doe", "Reporting by Jane Doe", "Image courtesy of Jane Doe": a credit
 * line, not someone in the story.
 */
function isCredit(s: SentenceMentions, span: Span): boolean {
  const { tokens } = s;
  const before = lowerCase(tokens[span.start - 1]?.text ?? '');
  const short = tokens.length - span.end <= 3;
  // The credit verb is only read after "by" (most names have none before them).
  if (
    before === 'by' &&
    ((span.start === 1 && short) || CREDIT_VERB.test(tokens[span.start - 2]?.text ?? ''))
  )
    return true;
  // "Jane Doe/Getty Images", "AFP/Jane Doe", "Jane Doe / Reuters": a slash joins a photographer and
  // an agency. Only where the other side is one: results tables pair partners ("X (Italy) / Y
  // (Peru)") and prose pairs rivals ("the Vale/Okafor ticket") with a slash too.
  if (tokens[span.end]?.text === '/' && isAgencyAt(tokens, span.end + 1)) return true;
  if (before === '/' && isAgencyAt(tokens, span.start - 2)) return true;
  // "Image courtesy of Jane Doe", "Photo courtesy Jane Doe": who lent the picture.
  const courtesy = before === 'of' ? span.start - 2 : span.start - 1;
  if (
    lowerCase(tokens[courtesy]?.text ?? '') === 'courtesy' &&
    /^(?:photos?|photographs?|pictures?|images?|video|footage)$/i.test(tokens[courtesy - 1]?.text ?? '')
  )
    return true;
  const mark = tokens[span.start - 1]?.text ?? '';
  const label = lowerCase(tokens[span.start - 2]?.text ?? '');
  return (
    (mark === ':' || mark === '/') &&
    /^(?:photo|photos|photograph|picture|pictures|image|credit|illustration|video)$/.test(label)
  );
}

/**
 * "in Fairview", "at Brackley Park": a name right after a lower-case "in" or "at", with no title and
 * nothing it owns after it, stands where places and venues stand. In CoNLL's eng.train, 98% of the
 * names written so are places, bodies or events, and most persons among the rest own what follows
 * ("in Kohl's view"), hence that exception. Whether such a person name is still someone the
 * article names elsewhere is decided across the article (`consistency.ts`).
 */
function inPlaceSlot(s: SentenceMentions, span: NameSpan): boolean {
  if (s.caseless || span.title) return false;
  const before = s.tokens[span.start - 1]?.text ?? '';
  return (before === 'in' || before === 'at') && !isPossessive(s.tokens[span.end]);
}

/** Either side: cleaning turns a doubled apostrophe into "”" whichever side it stands on. */
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** Small words a title in quote marks holds between its capitalised words ("Tales From the Crypt"). */
const TITLE_CONNECTORS = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'to',
  'for',
  'from',
  'with',
  'at',
]);

/**
 * A word of a work's title: capitalised, opening with a digit, a small connector, or the hyphen
 * the tokenizer splits from a number ("30 | - | Year-Old").
 */
function isTitleRunToken(t: Token | undefined): boolean {
  return t !== undefined && (/^[\p{Lu}\d]/u.test(t.text) || TITLE_CONNECTORS.has(t.text) || t.text === '-');
}

/** How far a quoted title may run either side of the name, in tokens. */
const TITLE_REACH = 5;

/**
 * "the show ''Velma Tides,''", "a sign reading “Dora Vance!”", "known as 'Ace'", "the musical
 * ''Dora and the Glass Lift''": a name that fills a pair of quote marks alone or with the other
 * capitalised words of a title, bar the punctuation news sets inside them, is a title, a slogan, a
 * nickname or a name as a word, not a person introduced; `consistency.ts` keeps it a person only
 * when the article names that person outside quote marks too.
 */
function isQuotedWhole(tokens: readonly Token[], span: NameSpan): boolean {
  // The marks may hold a title of capitalised words around the name (''Tuesday Night Curling'',
  // ''The 30-Year-Old Gardener''), opening and closing on a capitalised word or number.
  let start = span.title ? span.title.start : span.start;
  const first = start;
  while (
    start > first - TITLE_REACH &&
    isTitleRunToken(tokens[start - 1]) &&
    !QUOTE_MARKS.has(tokens[start - 1]?.text ?? '')
  )
    start--;
  while (start < first && !/^[\p{Lu}\d]/u.test(tokens[start]?.text ?? '')) start++;
  let end = span.end;
  while (
    end < span.end + TITLE_REACH &&
    isTitleRunToken(tokens[end]) &&
    !QUOTE_MARKS.has(tokens[end]?.text ?? '')
  )
    end++;
  while (end > span.end && !/^[\p{Lu}\d]/u.test(tokens[end - 1]?.text ?? '')) end--;
  // A show named after its host keeps the host a person: ''The Late Show With Jo Vale'', ''The Jo
  // Vale Show''.
  if (/^with$/i.test(tokens[first - 1]?.text ?? '') || tokens[span.end]?.text === 'Show') return false;
  const open = tokens[start - 1];
  const before = tokens[start - 2];
  // The opening mark touches the name and not the word before it: in '"Low" Ada Vance, "Big" Ode'
  // the marks around "Ada Vance" close and open other quotations.
  if (!open || !QUOTE_MARKS.has(open.text) || open.end !== tokens[start]?.start) return false;
  if (before && before.end === open.start) return false;
  const punct = /^[,.!?]$/.test(tokens[end]?.text ?? '');
  const closeAt = punct ? end + 1 : end;
  const close = tokens[closeAt];
  const after = tokens[closeAt + 1];
  if (!close || !QUOTE_MARKS.has(close.text) || close.start !== tokens[closeAt - 1]?.end) return false;
  return !after || after.start > close.end || !/^\p{L}/u.test(after.text);
}

/** Bodies named after the person who leads them (see `Mention.beforeLedBody`). */
const LED_BODY_NOUNS = new Set(['administration', 'government']);

/** See `Mention.ordinaryFirstWord`. */
function isOrdinaryFirstWord(s: SentenceMentions, w: string): boolean {
  if (!(s.lower.has(lowerCase(w)) || isRoleNoun(w))) return false;
  return !isFirstName(w) && !isListedGivenName(w) && !isTitle(w) && !isHonorific(w);
}

function mention(s: SentenceMentions, span: NameSpan, kind: Kind, canonical: string | null): Mention {
  return {
    placeSlot: inPlaceSlot(s, span),
    ordinaryFirstWord: span.end - span.start > 1 && isOrdinaryFirstWord(s, s.tokens[span.start]?.text ?? ''),
    beforeLedBody: LED_BODY_NOUNS.has(s.tokens[span.end]?.text ?? ''),
    quotedWhole: isQuotedWhole(s.tokens, span),
    kind,
    text: spanText(s.tokens, span, s.shouting),
    canonical,
    sentence: s.index,
    span,
    titleText: span.title ? sliceText(s.text, s.tokens, span.title) : null,
    shouting: s.shouting,
  };
}

function onlyHonorifics(tokens: Token[], span: Span): boolean {
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    if (w !== '.' && !isHonorific(w)) return false;
  }
  return true;
}

/**
 * A span the tagger called a person whose last word says otherwise: a name ending in an organisation
 * word ("Harold Pennock Foundation", "Marlow District Court") is a body, one ending in a place word
 * a place, one ending in a plural of people ("Tory MPs") a group. An honorific before the name
 * overrules this ("Mr Hall").
 */
function personTail(tokens: Token[], span: Span, caseless: boolean): Kind | null {
  const last = tokens[span.end - 1]?.text ?? '';
  // One word is a name or not on its own; only a longer name's last word can say what it names,
  // bar the nouns of institutions no one is named ("Hospital" split off "Kendal General Hospital").
  if (span.end - span.start < 2) {
    if (INSTITUTIONS.has(caseless ? last.charAt(0).toUpperCase() + last.slice(1).toLowerCase() : last))
      return 'organization';
    // A dotted acronym ("D.C", "U.N.") abbreviates a place or a body, never a person's name.
    if (/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(last)) return 'other';
    return /^\p{Lu}{2,}s$/u.test(last) ? 'other' : null;
  }
  const word = caseless ? last.charAt(0).toUpperCase() + last.slice(1).toLowerCase() : last;
  if (isOrgCueWord(word) && !(SURNAME_TAILS.has(word) && givenNameAndTail(tokens, span)))
    return 'organization';
  if (PLACE_TAILS.has(word) && !(SURNAME_TAILS.has(word) && givenNameAndTail(tokens, span))) return 'place';
  if (FACILITY_TAILS.has(word) && !(SURNAME_TAILS.has(word) && givenNameAndTail(tokens, span)))
    return 'place';
  // "the Super PAC", "Tarvik FC", "Vale GPS": a name of two words or more ending in an acronym is a
  // body or a product (eng.train gold, mixed-case sentences: 39 such names, none a person's); not
  // letters after a person's name ("MP", "QC", "OBE") or a generation ("III").
  if (!caseless && /^\p{Lu}{2,}$/u.test(last) && !POSTNOMINALS.has(last) && !isTitle(last))
    return 'organization';
  // "Tory MPs", "Labour councillors", "Chelsea fans": a plural of people is a group, no one person.
  if (/^\p{Lu}{2,}s$/u.test(last) || (last.length > 3 && last.endsWith('s') && isRoleNoun(last.slice(0, -1))))
    return 'other';
  return null;
}

/**
 * Heads of buildings, parks and waters named after a person or a brand ("Harlow Tower", "Pennock Park",
 * "Drayton Bay"): the name is the place, never the person. Kept apart from PLACE_TAILS, which the
 * "who" and age cues also read, so that "Ada Park, 30," stays a person there. Found on PolNeAR train
 * (engine people ending in Tower, Park or Bay); "Park" and "Bay" are surnames too (SURNAME_TAILS).
 */
const FACILITY_TAILS = new Set([
  'Tower',
  'Towers',
  'Park',
  'Bay',
  'Building',
  'Centre',
  'Center',
  'Mall',
  'Tunnel',
]);

/**
 * Place and organisation tails that are also common surnames ("Park Lane" and "Nina Lane", "Brannock
 * Hall" and "Oscar Hall", "Federal Banks" and "Greta Banks", "the Daily Post" and "Ivo Post").
 */
const SURNAME_TAILS = new Set(['Lane', 'Hall', 'Castle', 'Banks', 'Church', 'Post', 'Court', 'Park', 'Bay']);

/**
 * "Nina Lane", "Oscar Hall": a given name of the lexicon (the model's broader lists hold "Park") and one of those tails is a person's name; streets and
 * halls are named after places, trees and founders' surnames ("Park Lane", "Carnegie Hall"), and the
 * few named after a given name take "the" ("the Albert Hall"), which makes no person on its own.
 * A two-part hyphenated given name ("Min-Ji Park") counts too: Korean given names, written so in
 * English copy, are in no list, and "Park" is the commonest Korean surname (eng.train has one).
 */
function givenNameAndTail(tokens: readonly Token[], span: Span): boolean {
  const first = tokens[span.start]?.text ?? '';
  return span.end - span.start === 2 && (isFirstName(first) || /^\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+$/u.test(first));
}

/** Letters written after a person's name: honours, offices, degrees, generations. */
const POSTNOMINALS = new Set(
  'MP MPs QC KC OBE MBE CBE KBE DBE MSP MS AM MEP JP PhD MD DL VC GC FRS RN II III IV VI VII VIII'.split(' '),
);

/** Institutions' nouns that are no one's name or surname, alone or in the plural. */
const INSTITUTIONS = new Set(
  `Hospital Hospitals Courts District Academy Zoo University College School Ministry Department Police
  Council Committee Commission Parliament Senate Government Church Institute Agency Museum Prison Airport`
    .split(/\s+/)
    .filter(Boolean),
);

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
  while (j >= 0 && k - j < OWNER_REACH && /^(?:\p{Lu}|\d)/u.test(tokens[j]?.text ?? '')) j--;
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
    if (!/^\p{Ll}/u.test(w)) return false;
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
function notPersonBeside(s: SentenceMentions, span: Span): Kind | null {
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

/** Particles only personal names carry ("Haitham bin Tariq", "Ursula von der Leyen"); "de", "la" also join place names. */
const PERSON_PARTICLES = new Set(['bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'ter', 'zu', 'al']);

/**
 * Names the tagger split at their lower-case particles, joined again: two capitalised parts with
 * only name particles between them are one name. It is a person's when a part was tagged one or a
 * particle only persons carry stands between; otherwise it keeps its first part's type ("Rio de
 * Janeiro"). CoNLL's training text has few such names, so the tagger alone often breaks them.
 */
function joinParticles(tokens: Token[], spans: readonly EntitySpan[]): readonly EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const t of spans) {
    const prev = out[out.length - 1];
    // "Vane | & | Okafor": names on both sides of an ampersand are one firm's (see `hasAmpersand`).
    if (
      prev &&
      prev.end + 1 === t.start &&
      tokens[prev.end]?.text === '&' &&
      (prev.type === 'PER' || t.type === 'PER')
    ) {
      out[out.length - 1] = { type: 'ORG', start: prev.start, end: t.end };
      continue;
    }
    if (prev && prev.end < t.start) {
      let personal = false;
      let particles = true;
      // Stops at the first word that is no particle: the gap is then no join, whatever else it holds.
      for (let k = prev.end; k < t.start && particles; k++) {
        const w = tokens[k]?.text ?? '';
        if (!isParticle(w) || w !== lowerCase(w)) particles = false;
        if (PERSON_PARTICLES.has(w)) personal = true;
      }
      if (particles) {
        const type = personal || prev.type === 'PER' || t.type === 'PER' ? 'PER' : prev.type;
        out[out.length - 1] = { type, start: prev.start, end: t.end };
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** "D.", "W.": a capital and its dot, which `joinInitials` made one token. */
function isDottedInitial(w: string): boolean {
  return w.length === 2 && w.charCodeAt(1) === 46 && /\p{Lu}/u.test(w.charAt(0));
}

/**
 * A capitalised word just before "M. Okafor" that no lexicon knows as anything else, inside the
 * sentence: a given name the lists lack ("Orsolt", "Veran"). Not a title, role, honorific, place,
 * body or common word, nor a sentence's first word ("Then", "Yesterday").
 */
function isUnlistedGivenName(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (k === 0 || !isCapitalThenLower(w) || isTitleWord(w) || isCommonWord(w)) return false;
  const before = tokens[k - 1]?.text ?? '';
  if (/^[.!?:;"“‘'(]$/.test(before)) return false;
  return gazetteer(w, false) === null && demonymOf(w) === undefined;
}

/**
 * "Ruth | M. Okafor", "Ruth M. | Okafor", "Ruth | M. | Okafor": a middle initial belongs to the
 * name on both sides of it, so spans the tagger broke at one are a single person's name. Reuters
 * copy (the tagger's training text) seldom writes middle initials; US papers do for most people
 * they name. Joined when a person's span ends on the initial, when a person's part meets a person's
 * or an untyped (MISC) part or a listed given name at the initial, or when a listed given name stands just before a
 * person's span that opens with the initial (the tagger left the given name out).
 */
function joinAtInitials(tokens: readonly Token[], spans: readonly EntitySpan[]): readonly EntitySpan[] {
  let out: EntitySpan[] | null = null;
  spans.forEach((t, i) => {
    const prev = out ? out[out.length - 1] : spans[i - 1];
    let joined: EntitySpan | null = null;
    if (prev) {
      // A person's name that ends on an initial after its given name is unfinished: whatever the
      // tagger made of the next word, it is the surname. A lone initial is no given name ("N.
      // Korea"), and a place or body before an initial-led name is none either ("England N. Vane"
      // in a scorecard is a team and its player).
      const unfinished =
        prev.type === 'PER' &&
        prev.end - prev.start > 1 &&
        prev.end === t.start &&
        isDottedInitial(tokens[t.start - 1]?.text ?? '');
      const personal =
        (prev.type === 'PER' && (t.type === 'PER' || t.type === 'MISC')) ||
        (t.type === 'PER' &&
          (prev.type === 'MISC' ||
            (prev.end - prev.start === 1 &&
              (isFirstName(tokens[prev.start]?.text ?? '') || isUnlistedGivenName(tokens, prev.start)))));
      const opensWithInitial =
        (prev.end === t.start && isDottedInitial(tokens[t.start]?.text ?? '')) ||
        (prev.end + 1 === t.start && isDottedInitial(tokens[prev.end]?.text ?? ''));
      if (unfinished || (personal && opensWithInitial))
        joined = { type: 'PER', start: prev.start, end: t.end };
    }
    if (joined) {
      out ??= spans.slice(0, i);
      out[out.length - 1] = joined;
      return;
    }
    const given = tokens[t.start - 1]?.text ?? '';
    if (
      t.type === 'PER' &&
      isDottedInitial(tokens[t.start]?.text ?? '') &&
      (!prev || prev.end < t.start - 1) &&
      (isFirstName(given) || isUnlistedGivenName(tokens, t.start - 1))
    ) {
      out ??= spans.slice(0, i);
      out.push({ type: 'PER', start: t.start - 1, end: t.end });
      return;
    }
    // "Tom W. | Vane" with the surname left untagged: the name ends at the word after the initial.
    const after = tokens[t.end]?.text ?? '';
    if (
      t.type === 'PER' &&
      t.end - t.start > 1 &&
      isDottedInitial(tokens[t.end - 1]?.text ?? '') &&
      isCapitalThenLower(after) &&
      spans[i + 1]?.start !== t.end
    ) {
      out ??= spans.slice(0, i);
      out.push({ type: 'PER', start: t.start, end: t.end + 1 });
      return;
    }
    out?.push(t);
  });
  return out ?? spans;
}

/** Offices a speaker addresses by honorific and office alone ("Mr. President"); none is a surname. */
const ADDRESSED_OFFICES = new Set([
  'president',
  'vice president',
  'speaker',
  'secretary',
  'chairman',
  'chairwoman',
  'ambassador',
  'mayor',
  'governor',
  'prime minister',
  'commissioner',
]);

function isAddressedOffice(tokens: readonly Token[], span: Span): boolean {
  if (span.end - span.start > 2) return false;
  const words: string[] = [];
  for (let k = span.start; k < span.end; k++) words.push(lowerCase(tokens[k]?.text ?? ''));
  return ADDRESSED_OFFICES.has(words.join(' '));
}

/** A place or other name no lexicon knows: it may be a body the tagger mistyped. */
function isUnknownNonBody(m: Mention): boolean {
  return (m.kind === 'place' || m.kind === 'other') && gazetteer(m.text, m.shouting) === null;
}

/**
 * "told Reuters and Kestrel": names joined by "and" are of one kind, so a name no lexicon knows, tagged
 * a place or nothing in particular beside an organisation, is an organisation too.
 */
function linkCoordinated(s: SentenceMentions): void {
  const ms = s.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (b.span.start - a.span.end !== 1 || !/^(?:and|&)$/.test(s.tokens[a.span.end]?.text ?? '')) continue;
    if (a.kind === 'organization' && isUnknownNonBody(b))
      ms[i + 1] = { ...b, kind: 'organization', canonical: null };
    else if (b.kind === 'organization' && isUnknownNonBody(a))
      ms[i] = { ...a, kind: 'organization', canonical: null };
  }
}

/** "D.C", "U.S": letters with dots between them and none after the last. */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** "Jr.", "Sr.": the generational suffix keeps its dot, as the name is written ("Tom Vane Jr."). */
const GENERATIONAL = /^(?:Jr|Sr)$/;

/**
 * "Tom and Ellis": no one's name holds "and", so a person span the tagger ran over it is two
 * people (bodies may: "Marks and Spencer"). Each part keeps the type.
 */
function splitAtAnd(tokens: readonly Token[], spans: readonly EntitySpan[]): readonly EntitySpan[] {
  let out: EntitySpan[] | null = null;
  spans.forEach((t, i) => {
    let cut = -1;
    if (t.type === 'PER')
      for (let k = t.start + 1; k < t.end - 1 && cut < 0; k++) if (tokens[k]?.text === 'and') cut = k;
    if (cut < 0) {
      out?.push(t);
      return;
    }
    out ??= spans.slice(0, i);
    out.push({ type: 'PER', start: t.start, end: cut }, { type: 'PER', start: cut + 1, end: t.end });
  });
  return out ?? spans;
}

/** Does a name start at token `at`: a person's span there, or (in mixed case) a capitalised word? */
function nameFollows(s: SentenceMentions, spans: readonly EntitySpan[], at: number): boolean {
  return (
    spans.some((o) => o.start === at && o.type === 'PER') ||
    (!s.caseless && isCapitalThenLower(s.tokens[at]?.text ?? ''))
  );
}

/**
 * The tagger's spans tidied at their edges: an honorific it took into a name ("Mr Ashcombe") is the
 * name's honorific, not part of it, and makes the rest a person; a closed-class word at the end of a
 * name is the next sentence's; "Jr." keeps its dot; a span of title words only ("Sgt" before a name
 * the tagger started one word late) names no one.
 */
function tidySpans(s: SentenceMentions, spans: readonly EntitySpan[]): EntitySpan[] {
  const { tokens } = s;
  const out: EntitySpan[] = [];
  const pluralTitled: number[] = [];
  for (const t of spans) {
    let { start, end, type } = t;
    const first = tokens[start]?.text ?? '';
    if (end - start > 1 && (s.caseless || startsUpper(first)) && isHonorific(first)) {
      const name = tokens[start + 1]?.text === '.' ? start + 2 : start + 1;
      // "Lord's" (the ground) is no honorific: a name must follow.
      if (name < end && /^\p{L}/u.test(tokens[name]?.text ?? '')) {
        start = name;
        type = 'PER';
      }
    }
    while (end - start > 1 && !s.caseless && CLOSED_CLASS.has(lowerCase(tokens[end - 1]?.text ?? ''))) end--;
    // "D.C Helen Marsh": a dotted acronym without its last dot (a place or body glued to a caption's
    // name) opens no one's name; an initial keeps its dot ("J.R. Marsh").
    if (end - start > 1 && DOTTED_ACRONYM.test(tokens[start]?.text ?? '')) {
      out.push({ type: 'MISC', start, end: start + 1 });
      start++;
    }
    if (GENERATIONAL.test(tokens[end - 1]?.text ?? '') && tokens[end]?.text === '.') end++;
    // "Don't Look Back", "I'm A Celeb": a contraction is no word of anyone's name, so a name
    // holding one is a title (a film, a show, a horse), not a person.
    if (type === 'PER' && hasContraction(tokens, start, end)) type = 'MISC';
    // "Vane & Okafor", "Holt & Co": an ampersand joins the names of a firm, a show or a pair of
    // products; news writes two people with "and" (in eng.train's gold every "&" between
    // capitalised words is inside a body's or a place's name: 23 of 23, none beside a person).
    if (type === 'PER' && hasAmpersand(tokens, start, end)) type = 'ORG';
    if (type === 'PER' && !s.shouting) {
      // "Vane Had Quit", "Mocking His Record": a headline's capitals run a name into a pronoun or an
      // auxiliary, which no name holds (eng.train gold: 5 names hold one, 1 of them a person's, in
      // a shouted headline); the name ends before it.
      for (let k = start + 1; k < end; k++)
        if (NAME_STOPPERS.has(lowerCase(tokens[k]?.text ?? ''))) {
          end = k;
          break;
        }
      // "Tarvik Mayor Ada Vale", "Party Chairman Ben Okafor": a title inside the span before a given
      // name opens the person's name there (eng.train gold: no name of any kind holds a title word
      // followed by a given name); the title run before it is the person's title.
      // At the span's start too ("Mayor | Ada Vale"), bar a royal's or a pope's title, which stays with the name.
      for (let k = end - 2; k >= start; k--) {
        const w = tokens[k]?.text ?? '';
        if (
          startsUpper(w) &&
          isTitle(w) &&
          !isHonorific(w) &&
          !(k === start && (isNobleTitle(w) || NAME_TITLES.has(w))) &&
          isFirstName(tokens[k + 1]?.text ?? '')
        ) {
          start = k + 1;
          break;
        }
      }
    }
    // "Sorry Mick, ...", "Thanks Jo": an interjection or ordinary word opening the sentence before
    // a name addresses that person and is no part of the name.
    if (
      type === 'PER' &&
      !s.caseless &&
      end - start > 1 &&
      opensSentence(tokens, start) &&
      isOrdinaryOpener(s, first)
    )
      start++;
    // "Jockey Ryan Moore won": a role noun opening the sentence is the person's role, not a name,
    // whether the tagger took it into the name or tagged it alone before the name.
    else if (type === 'PER' && opensWithRoleNoun(s, start)) {
      if (end - start > 1) start++;
      else if (spans.some((o) => o.start === end && o.type === 'PER')) continue;
    }
    // "Harold Pennock | Foundation": a capitalised organisation word right after a name the
    // tagger stopped short of (as a person's or a body's) ends a body's name.
    const next = tokens[end]?.text ?? '';
    if (
      (type === 'ORG' || type === 'PER') &&
      !s.caseless &&
      startsUpper(next) &&
      isOrgCueWord(next) &&
      !spans.some((o) => o.start === end)
    )
      end++;
    // "Detective | Sergeant Fiona Marsh": the tagger began the name inside a title run; the run's
    // title words belong to the title, the name is what follows them. Only for a person with a
    // cased title word right before the span, so a noble title opening a name ("Prince Edmund")
    // and names like "Major" alone stay as they are. A given name that is also a title word
    // ("Cpl. Dean Roper") is the name's first word.
    if (type === 'PER' && !s.caseless && isTitleRunBefore(tokens, start)) {
      let name = start;
      while (name < end - 1 && isRunTitleWord(tokens[name]?.text ?? '')) name++;
      if (tokens[name]?.text === '.') name++;
      if (name < end) start = name;
    }
    if (type === 'PER' && !s.caseless && isTitlePhrase(tokens, start, end, s.lower)) continue;
    // Only when a name follows at once, so "Sgt" is read as that name's title; a lone "King" stays.
    // An honorific alone ("Ms" typed a body before "Quayle") is never a name.
    // Read only for a span of title words (most spans are not).
    let titlesOnly = true;
    let honorificsOnly = true;
    for (let k = start; k < end && (titlesOnly || honorificsOnly); k++) {
      const w = tokens[k]?.text ?? '';
      titlesOnly &&= w === '.' || isTitle(w);
      honorificsOnly &&= w === '.' || ((s.caseless || startsUpper(w)) && isHonorific(w));
    }
    // "Rep. Jo Ray": the title's dot may stand between it and the name.
    const nameAt =
      tokens[end]?.text === '.' && isDottedAbbreviation(tokens[end - 1]?.text ?? '') ? end + 1 : end;
    if (honorificsOnly || (titlesOnly && nameFollows(s, spans, nameAt))) continue;
    // A closed-class word alone ("In" glued to a caption) is no name in mixed case.
    if (!s.caseless && end - start === 1 && CLOSED_CLASS.has(lowerCase(first))) continue;
    // "Hello, it's me", "Well, we will see", "Hi Americans!": an interjection alone is no one's
    // name (eng.train gold: none of these words is ever a person).
    if (type === 'PER' && end - start === 1 && INTERJECTIONS.has(lowerCase(tokens[start]?.text ?? '')))
      continue;
    // "Princes Edmund and Rupert", "Senators Ray and Okafor": a plural title before names makes
    // each of them a person holding it; the tagger, which saw few such titles, often calls the
    // run a place.
    // A given name of the lexicon must follow: "Queens Park Rangers" is a club (and the model's
    // broad given-name lists hold "Park").
    const afterTitle = tokens[start + 1]?.text ?? '';
    if (end - start > 1 && isPluralTitle(tokens[start]?.text ?? '', s.caseless) && isFirstName(afterTitle)) {
      start++;
      type = 'PER';
      pluralTitled.push(end);
    }
    out.push(start === t.start && end === t.end && type === t.type ? t : { type, start, end });
  }
  for (const end of pluralTitled) coordinateAfter(s, out, end);
  return out;
}

/** Religious titles that news writes as part of the name ("Pope Leo", "Mother Teresa"), like a royal's. */
export const NAME_TITLES: ReadonlySet<string> = new Set(['Pope', 'Saint', 'Mother']);

/** Pronouns and auxiliaries: no word of a name ("Vane Had Quit" is a headline's run-on). */
const NAME_STOPPERS = new Set(
  'his her its their our my your he she we they was is are were has had have'.split(' '),
);

/** "Don't", "I'm", "We'll": English contractions ("O'Neill" and possessives are not). */
const CONTRACTION = /(?:n['’]t|['’](?:ve|ll|re|m))$/i;

function hasContraction(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (CONTRACTION.test(tokens[k]?.text ?? '')) return true;
  return false;
}

function hasAmpersand(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) if (tokens[k]?.text === '&') return true;
  return false;
}

/** A capitalised role noun ("Jockey", "Trainer"), no given name, opening a mixed-case sentence. */
function opensWithRoleNoun(s: SentenceMentions, start: number): boolean {
  const first = s.tokens[start]?.text ?? '';
  return (
    !s.caseless &&
    opensSentence(s.tokens, start) &&
    // WordNet's person nouns are broad ("tiger"): one counts when the article also writes it in
    // lower case, as a role ("the jockey").
    (isRoleNoun(first) || (s.lower.has(lowerCase(first)) && isPersonNoun(lowerCase(first)))) &&
    !isFirstName(first) &&
    !isListedGivenName(first)
  );
}

/** Words that open a sentence addressing someone ("Sorry Mick", "Thanks Jo", "Hello Mrs Ray"). */
const INTERJECTIONS = new Set(
  'sorry thanks thank hello hi hey congratulations congrats well oh yes no please goodbye bye cheers welcome'.split(
    ' ',
  ),
);

/**
 * A capitalised word opening a sentence that is an interjection, a frequent word or a word the
 * article writes in lower case, and no given name or title: not the first word of a name.
 */
function isOrdinaryOpener(s: SentenceMentions, word: string): boolean {
  const lower = lowerCase(word);
  if (isFirstName(word) || isListedGivenName(word) || isTitleWord(word)) return false;
  return INTERJECTIONS.has(lower) || isCommonWord(word) || s.lower.has(lower);
}

/** A capitalised word of a title run before a name ("Detective", "Insp"), not a given name. */
function isRunTitleWord(w: string): boolean {
  return startsUpper(w) && (isTitle(w) || isRankAbbreviation(w)) && !isHonorific(w) && !isFirstName(w);
}

/** Is the word before `start` a capitalised title word (its dot aside: "Det. Sergeant X")? */
function isTitleRunBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.text === '.' ? start - 2 : start - 1;
  return isRunTitleWord(tokens[before]?.text ?? '');
}

/**
 * "the Shadow Chancellor", "Shadow Home Secretary": a capitalised office named without its holder.
 * It ends in a title word and holds no given name; after "the", or made only of title words and
 * words the article also writes in lower case (ordinary vocabulary), it is the office, not
 * someone's name ("John Major" has a given name; a surname is not written in lower case).
 */
function isTitlePhrase(
  tokens: readonly Token[],
  start: number,
  end: number,
  lower: LowerVocabulary,
): boolean {
  // "Shadow Home | Secretary": the tagger may stop before the office's last title words.
  while (
    startsUpper(tokens[end]?.text ?? '') &&
    isTitle(tokens[end]?.text ?? '') &&
    !isHonorific(tokens[end]?.text ?? '')
  )
    end++;
  const last = tokens[end - 1]?.text ?? '';
  if (end - start < 2 || !isTitle(last) || isHonorific(last)) return false;
  const words = tokens.slice(start, end).map((t) => t.text);
  if (words.some((w) => isFirstName(w))) return false;
  if (/^the$/i.test(tokens[start - 1]?.text ?? '')) return true;
  return words.every((w) => isTitle(w) || isRoleModifier(w) || isCommonWord(w) || lower.has(lowerCase(w)));
}

/** "Princes", "Senators": the plural of a capitalised title word. */
function isPluralTitle(word: string, caseless: boolean): boolean {
  if (!(caseless || startsUpper(word)) || word.length < 4) return false;
  if (word.endsWith('esses') && isTitle(word.slice(0, -2))) return true;
  return word.endsWith('s') && !word.endsWith('ss') && isTitle(word.slice(0, -1));
}

/**
 * The name joined by "and" after a plurally titled name is a person as well: the tagger's span
 * there is retyped, or the capitalised words it passed over become one.
 */
function coordinateAfter(s: SentenceMentions, spans: EntitySpan[], end: number): void {
  const { tokens } = s;
  if (tokens[end]?.text !== 'and') return;
  const at = end + 1;
  const i = spans.findIndex((o) => o.start === at);
  if (i >= 0) {
    spans[i] = { ...spans[i]!, type: 'PER' };
    return;
  }
  if (spans.some((o) => o.start < at && o.end > at)) return;
  let stop = at;
  while (stop < tokens.length && stop - at < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[stop]?.text ?? '')) stop++;
  if (stop > at && !spans.some((o) => o.start < stop && o.end > at)) {
    spans.push({ type: 'PER', start: at, end: stop });
    spans.sort((a, b) => a.start - b.start);
  }
}

const KIND: Record<EntitySpan['type'], Kind> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
};

/** "Ms Okonjo", "Dr. Ray"; in mixed case only a capitalised one ("we will miss AP" is no honorific). */
function isCasedHonorific(s: SentenceMentions, w: string): boolean {
  return isCased(s, w) && isHonorific(w);
}

function byStart(a: EntitySpan, b: EntitySpan): number {
  return a.start - b.start;
}

/**
 * Whether spans already stand in order of their start, as the tidied tagger spans do: then with
 * no extra spans a (stable) sort would return them as they are, and copying and sorting them for
 * every sentence of every article is skipped.
 */
function isInOrder(spans: readonly EntitySpan[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return false;
  return true;
}

/** The mentions of one sentence from the tagger's spans over its tokens. */
export function findMentions(
  s: SentenceMentions,
  lower: LowerVocabulary,
  tagged: readonly EntitySpan[],
): SentenceMentions {
  s.lower = lower;
  const { tokens } = s;
  const joined = joinParticles(tokens, splitAtAnd(tokens, tidySpans(s, joinAtInitials(tokens, tagged))));
  const covered = new Uint8Array(tokens.length);
  for (const t of joined) covered.fill(1, t.start, t.end);
  // An honorific before a capitalised word the tagger passed over still names a person ("Ms Okonjo").
  const extra: EntitySpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // Capital first: the cheap test, and honorifics are capitalised.
    if (!startsUpper(tokens[k]?.text ?? '') || !isHonorific(tokens[k]?.text ?? '')) continue;
    let start = k + 1;
    if (tokens[start]?.text === '.') start++;
    let end = start;
    while (end < tokens.length && end - start < 3 && !covered[end] && startsUpper(tokens[end]?.text ?? ''))
      end++;
    if (end > start && !isHonorific(tokens[start]?.text ?? '')) extra.push({ type: 'PER', start, end });
  }
  // "Prince Edmund", "Queen Adela": a royal title before a known given name the tagger passed over.
  if (!s.caseless)
    for (let k = 0; k + 1 < tokens.length; k++) {
      const given = tokens[k + 1]?.text ?? '';
      // Two capitals first (cheap), then the lexicons.
      if (covered[k + 1] || !startsUpper(given) || !startsUpper(tokens[k]?.text ?? '')) continue;
      if (isNobleTitle(tokens[k]?.text ?? '') && isFirstName(given))
        extra.push({ type: 'PER', start: k + 1, end: k + 2 });
    }
  for (let t of extra.length === 0 && isInOrder(joined) ? joined : [...joined, ...extra].sort(byStart)) {
    let kind = KIND[t.type];
    const text = spanText(tokens, t, s.shouting);
    const known = gazetteer(text, s.shouting);
    const honorific =
      isCasedHonorific(s, tokens[t.start - 1]?.text ?? '') ||
      (tokens[t.start - 1]?.text === '.' && isCasedHonorific(s, tokens[t.start - 2]?.text ?? ''));
    if (
      honorific ||
      (kind !== 'person' &&
        !known &&
        (namedAfterRole(s, t.start) || namedBeforeWho(s, t) || namedAfterRank(s, t.start)))
    )
      kind = 'person';
    else if (kind !== 'person' && ageAfter(s, t)) {
      kind = 'person';
      // "Triathlete Jo Ray, 26,": a person noun opening the sentence is her role, not her name.
      const first = tokens[t.start]?.text ?? '';
      if (
        t.end - t.start > 1 &&
        opensSentence(tokens, t.start) &&
        (isRoleNoun(first) || isPersonNoun(lowerCase(first)))
      )
        t = { ...t, start: t.start + 1 };
    }
    if (kind !== 'place' && isDateline(s, t)) kind = 'place';
    if (kind === 'person' && !honorific)
      kind = personTail(tokens, t, s.caseless) ?? notPersonBeside(s, t) ?? kind;
    else if ((kind === 'place' || kind === 'other') && personTail(tokens, t, s.caseless) === 'organization')
      kind = 'organization';
    // A country named alone is the country, a place, also where it acts ("the US said").
    if (kind === 'organization' && known?.kind === 'place' && isCountry(known.canonical ?? ''))
      kind = 'place';
    // "the Biden administration", "the Netanyahu government": a name the lexicon does not know as a
    // place, before one of these nouns, is the body, not the person or place.
    const after = tokens[t.end]?.text ?? '';
    if (
      (kind === 'person' ||
        ((kind === 'place' || kind === 'other') && !known && demonymOf(text) === undefined)) &&
      !honorific &&
      isTrailingOrgNoun(after) &&
      after === lowerCase(after) &&
      !(kind === 'person' && titleBefore(s, t.start, joined))
    ) {
      s.mentions.push(
        mention(
          s,
          { start: t.start, end: t.end + 1, title: null, honorificOnly: false },
          'organization',
          null,
        ),
      );
      continue;
    }
    if (kind === 'person') {
      if (isCredit(s, t)) continue;
      // "Mr. President, ...", "Thank you, Madam Speaker": an honorific before an office is how one
      // addresses its holder, not a name.
      if (honorific && isAddressedOffice(tokens, t)) continue;
      const title = honorific ? null : titleBefore(s, t.start, joined);
      // "better than Push", "the Pride won": one capitalised word the article also writes in lower
      // case is an ordinary word in a name of something (a horse, a team, a show), not a person;
      // surnames are not written in lower case. Where it is the surname of a full name the article
      // gives a person, `consistency.ts` makes it that person again ("Ashley Young" ... "Young").
      if (!title && t.end - t.start === 1 && isOrdinaryWord(s, tokens[t.start]?.text ?? '')) {
        s.mentions.push(
          mention(s, { start: t.start, end: t.end, title: null, honorificOnly: false }, 'other', null),
        );
        continue;
      }
      const titleSpan = honorific
        ? { start: tokens[t.start - 1]?.text === '.' ? t.start - 2 : t.start - 1, end: t.start }
        : title;
      const span: NameSpan = {
        start: t.start,
        end: t.end,
        title: titleSpan,
        honorificOnly: titleSpan !== null && onlyHonorifics(tokens, titleSpan),
      };
      s.mentions.push(mention(s, span, 'person', null));
      continue;
    }
    const canonical = known && known.kind === kind ? known.canonical : null;
    s.mentions.push(
      mention(s, { start: t.start, end: t.end, title: null, honorificOnly: false }, kind, canonical),
    );
  }
  linkCoordinated(s);
  labelsInLists(s);
  personsInLists(s);
  return s;
}

/** Is the text between two mentions a list separator: ",", "and", "&" or ", and"? */
function listSeparator(s: SentenceMentions, a: Mention, b: Mention): boolean {
  const gap = b.span.start - a.span.end;
  const w = s.tokens[a.span.end]?.text ?? '';
  if (gap === 1) return w === ',' || w === 'and' || w === '&';
  return gap === 2 && w === ',' && s.tokens[a.span.end + 1]?.text === 'and';
}

/** Nouns of fashion and retail labels that introduce a list of them ("labels such as A, B and C"). */
const LABEL_NOUNS = new Set(['brands', 'labels', 'designers', 'retailers']);

/** Does an example phrase ("including", "like", "such as") after a label noun end right before `start`? */
function afterLabelExamples(tokens: readonly Token[], start: number): boolean {
  const w = tokens[start - 1]?.text ?? '';
  if (w === 'including' || w === 'like') return LABEL_NOUNS.has(tokens[start - 2]?.text ?? '');
  return w === 'as' && tokens[start - 2]?.text === 'such' && LABEL_NOUNS.has(tokens[start - 3]?.text ?? '');
}

/**
 * "labels including A, B and C", "designers such as A and B": in fashion and retail copy the names
 * listed after a noun of labels are the labels, brands, even where a house bears its founder's
 * name; lists in news are of one kind of thing, so every name of the list is read so.
 */
function labelsInLists(s: SentenceMentions): void {
  if (s.caseless) return;
  const ms = s.mentions;
  let from = 0;
  while (from < ms.length) {
    let to = from + 1;
    while (to < ms.length && listSeparator(s, ms[to - 1]!, ms[to]!)) to++;
    if (afterLabelExamples(s.tokens, ms[from]!.span.start))
      for (let k = from; k < to; k++) {
        const m = ms[k]!;
        if (m.kind === 'person' && !m.span.title) ms[k] = { ...m, kind: 'organization', canonical: null };
      }
    from = to;
  }
}

/**
 * "X Okafor, Y Lind, Z Marsh and W Dzneladze": a list of three or more names, all of people but
 * one, lists people; the odd one out, a name of two or more words no lexicon knows and without an
 * organisation word, is a person too (the tagger, meeting a surname it never saw, may call it a
 * body). Lists in news are of one kind of thing.
 */
function personsInLists(s: SentenceMentions): void {
  const ms = s.mentions;
  let from = 0;
  while (from < ms.length) {
    let to = from + 1;
    while (to < ms.length && listSeparator(s, ms[to - 1]!, ms[to]!)) to++;
    const items = ms.slice(from, to);
    const others = items.filter((m) => m.kind !== 'person');
    if (items.length >= 3 && others.length === 1) {
      const odd = others[0]!;
      const words = s.tokens.slice(odd.span.start, odd.span.end).map((t) => t.text);
      if (
        words.length >= 2 &&
        words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isOrgCueWord(w) && !PLACE_TAILS.has(w)) &&
        gazetteer(odd.text, s.shouting) === null
      )
        ms[ms.indexOf(odd)] = { ...odd, kind: 'person', canonical: null };
    }
    from = to;
  }
}
