/**
 * Small word tests every part of mention finding shares: capitalisation (with ASCII fast paths),
 * a title word, a cased word in a cased sentence, the words that open a sentence, and the closed
 * classes (place tails, function words) that never make a person's name.
 */

import { isTitle, isRoleNoun, isRoleModifier, isHonorific } from '../../lexicon/titles.js';
import { startsUpper } from '../names.js';
import type { Token } from '../tokenize.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { isListedGivenName } from '../../ner/features.js';
import type { SentenceMentions } from './types.js';

// Module-level patterns: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside
// a character class as `new RegExp(...)`, built again on every call inside a function, and these
// are asked of every token. `test` without g/y keeps no state, so one object serves.
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;
const TWO_CAPITALS = /^\p{Lu}\p{Lu}$/u;

/** `/^\p{Lu}\p{Ll}/u.test(w)`, with an ASCII fast path. */
export function isCapitalThenLower(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  if (a < 128 && !(a >= 65 && a <= 90)) return false;
  // Two letters take two code units at least; a curly quote or dash (General Punctuation) is no capital.
  if (w.length < 2 || (a >= 0x2000 && a <= 0x206f)) return false;
  return CAPITAL_THEN_SMALL.test(w);
}

/** `/^\p{Lu}\p{Lu}$/u.test(w)`, with an ASCII fast path. */
export function isTwoCapitals(w: string): boolean {
  if (w.length < 2 || w.length > 4) return false;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (w.length === 2 && a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 65 && b <= 90;
  return TWO_CAPITALS.test(w);
}

/** A word that can stand in a title before a name: "President", "Deputy", "Sen.", "US" is handled by spans. */
export function isTitleWord(word: string): boolean {
  return isTitle(word) || isRoleNoun(word) || isRoleModifier(word) || isHonorific(word);
}

/** Is the word capitalised, or is the sentence without case so that any word may be? */
export function isCased(s: SentenceMentions, w: string): boolean {
  return s.caseless || startsUpper(w);
}

/**
 * Last words no person's name ends in and every street, building or region name may ("Colter Road", "Brannock Hall").
 * In eng.train's gold no name ending in Canyon, Creek, Falls, Heights, Springs, Ranch, Harbo(u)r or Bowl is a person's,
 * nor any of the 34 ending in City (towns and clubs), nor any of PolNeAR train's 107 "<Capitalised> City".
 */
export const PLACE_TAILS = new Set(
  `Street Road Avenue Lane Boulevard Square Bridge Airport Station Stadium Palace Castle Hall Cathedral Abbey Plaza
  Garden Gardens Prison Jail Hotel Arena Province District Region County Strait Sea Ocean Peninsula Desert River Lake
  Mountains Island Islands Valley Canal Canyon Creek Falls Heights Springs Ranch Harbor Harbour Bowl City`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Closed-class words that end no name: a name the tagger ran on into the capitalised first word of
 * the next sentence or caption ("his wife Anna In March", "Dior and Prada If that") stops
 * before it.
 */
export const CLOSED_CLASS = new Set(
  `in if at on the a an and but or as of for to with by from when while after before since until because
  although though then this that these those it he she we they you his her its their our my your who what
  where how why was is are were has had have`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Does the token open a sentence or a quotation: the sentence's first word, or the first word after
 * an opening quote mark (‘ or “, or a straight one after a comma or colon) or bracket?
 */
export function opensSentence(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const w = tokens[i]?.text ?? '';
    if (w === '‘' || w === '“') return true;
    if (w === "'" || w === '"') {
      const before = tokens[i - 1]?.text;
      if (before === undefined || before === ',' || before === ':') return true;
      continue;
    }
    if (w !== '(' && w !== '[') return false;
  }
  return true;
}

/** A word the article writes in lower case mid-sentence, and no given name: "push", not "Ruud" or "Rose". */
export function isOrdinaryWord(s: SentenceMentions, word: string): boolean {
  return !s.caseless && s.lower.has(lowerCase(word)) && !isFirstName(word) && !isListedGivenName(word);
}
