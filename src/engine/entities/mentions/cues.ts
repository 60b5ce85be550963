/**
 * What the words around a span say of a person: a title before the name ("Prime Minister X"), a
 * role noun or a world ranking before it, "X, who", an age after it ("X, 45,"), an office
 * addressed by its holder, and a span made of honorifics only.
 */

import type { EntitySpan } from '../../ner/labels.js';
import type { Span } from '../spans.js';
import { isDottedAbbreviation } from '../names.js';
import { isTitle, isRoleNoun, isHonorific } from '../../lexicon/titles.js';
import { demonymOf, lookupPlace } from '../../lexicon/places.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { isListedGivenName } from '../../ner/features.js';
import { isOrgCueWord } from '../../lexicon/organizations.js';
import type { Token } from '../tokenize.js';
import type { SentenceMentions } from './types.js';
import { isCased, isTitleWord, PLACE_TAILS } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;
const OPENS_SMALL = /^\p{Ll}/u;

/** "of"/"for" inside an office's title ("Secretary of State"), any case. */
const OF_FOR = new Set(['of', 'for']);

/**
 * The title run before a person's name: title words, dotted abbreviations, "of"/"for" inside an
 * office ("Secretary of State"), and organisations or places the tagger found inside it ("US State
 * Department Deputy Spokesman"). It must hold a title word next to the name (a nationality alone,
 * "Australian Tom Moody", is no title). In ordinary prose the words are capitalised: a lower-case
 * role ("the spokesman Jo Ray") is the role reader's, not part of the name.
 */
export function titleBefore(s: SentenceMentions, start: number, others: readonly EntitySpan[]): Span | null {
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
export function namedAfterRole(s: SentenceMentions, start: number): boolean {
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
export function namedAfterRank(s: SentenceMentions, start: number): boolean {
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
export function namedBeforeWho(s: SentenceMentions, span: Span): boolean {
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
    if (!CAPITAL_THEN_SMALL.test(w) || isOrgCueWord(w) || PLACE_TAILS.has(w)) return false;
  }
  return true;
}

/**
 * "His nephew, Milo, 19, said": an age set off by commas after a name is how news
 * introduces a person, whatever else the name can be (a city, a month, a brand). The word after
 * the age is in lower case and no "and"/"or" comes before the name, so a list of counts ("Texas,
 * 22, Ohio, 18 and Utah, 6, were") is not read as ages; the name holds no organisation or place word.
 */
export function ageAfter(s: SentenceMentions, span: Span): boolean {
  if (s.caseless) return false;
  const { tokens } = s;
  const age = tokens[span.end + 1]?.text ?? '';
  if (tokens[span.end]?.text !== ',' || !/^[1-9]\d?$/.test(age) || tokens[span.end + 2]?.text !== ',')
    return false;
  if (!OPENS_SMALL.test(tokens[span.end + 3]?.text ?? '')) return false;
  if (/^(?:and|or)$/.test(tokens[span.start - 1]?.text ?? '')) return false;
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    if (!CAPITAL_THEN_SMALL.test(w) || isOrgCueWord(w) || PLACE_TAILS.has(w)) return false;
  }
  return true;
}

export function onlyHonorifics(tokens: Token[], span: Span): boolean {
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    if (w !== '.' && !isHonorific(w)) return false;
  }
  return true;
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

export function isAddressedOffice(tokens: readonly Token[], span: Span): boolean {
  if (span.end - span.start > 2) return false;
  const words: string[] = [];
  for (let k = span.start; k < span.end; k++) words.push(lowerCase(tokens[k]?.text ?? ''));
  return ADDRESSED_OFFICES.has(words.join(' '));
}
