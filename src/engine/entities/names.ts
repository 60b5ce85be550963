/**
 * Word-level tests shared by the span finder and the classifier: is this token part of a name,
 * a connector inside one, a cue that says what kind of name it is?
 */

import { isCommonWord } from '../lexicon/common-words.js';
import { isFirstName } from '../lexicon/first-names.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { isTitle } from '../lexicon/titles.js';
import { lookupOrganization } from '../lexicon/organizations.js';
import { NAME_PARTICLES } from '../lexicon/particles.js';
import { lookupPlace } from '../lexicon/places.js';
import { NAME_TITLE_ABBREVIATIONS } from '../text/abbreviations.js';
import type { Token } from './tokenize.js';

/** Abbreviations followed by a dot inside a name run: the titles ("Mr.", "Sen.", "St.") and "Jr.", "Sr.". */
const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([...NAME_TITLE_ABBREVIATIONS, 'jr', 'sr']);

const DAYS_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

export function isParticle(word: string): boolean {
  // No particle is longer than six letters; most words are, and skip the lower-casing.
  return word.length <= 6 && NAME_PARTICLES.has(lowerCase(word));
}

export function isDottedAbbreviation(word: string): boolean {
  return DOTTED_ABBREVIATIONS.has(lowerCase(word));
}

// Character-code fast paths: these run on every token, and Unicode regexes cost several times more.
// The General Punctuation block (curly quotes, dashes, ellipsis: tokens of their own in news copy)
// holds no letter, so those tokens are answered without the regex too.
const isGeneralPunctuation = (c: number) => c >= 0x2000 && c <= 0x206f;
// At module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside a
// character class as `new RegExp(...)`, which inside a function is built on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;
const OPENS_LETTER = /^\p{L}/u;

export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  if (isGeneralPunctuation(c)) return false;
  return OPENS_CAPITAL.test(word);
}

export function startsLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isGeneralPunctuation(c)) return false;
  return OPENS_LETTER.test(word);
}

/**
 * A word with a capital and no lower-case letter ("NATO", "U.S."). ASCII is settled by char code:
 * article words are two-byte strings (see lexicon/lower-case.ts), which `toUpperCase` maps through
 * the runtime's Unicode path, and this is asked of every capitalised word. A lower-case ASCII letter
 * settles it at once; any unit past ASCII takes the case mappings.
 */
export function isAllUpper(word: string): boolean {
  let capital = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word !== lowerCase(word) && word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/**
 * True when most letters in the sentence are upper-case: a headline or dateline where case tells
 * nothing, so only lexicons and the rest of the document can say what is a name.
 */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 4 && upper / (upper + lower) > 0.7;
}

/** Is token i the first word of its sentence or clause-opening bracket or quote? */
function opensSentence(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = tokens[k]?.text ?? '';
    if (/^["“‘'([—–:-]$/.test(w)) return true;
    if (/^\d+\.?$|^\.$/.test(w)) continue;
    return false;
  }
  return true;
}

/** Does a known place or organisation start at token i ("New York", "The Hague")? */
function knownPhraseAt(tokens: Token[], i: number): boolean {
  let text = tokens[i]?.text ?? '';
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    text += ` ${tokens[k]?.text ?? ''}`;
    if (lookupPlace(text) || lookupOrganization(text)) return true;
  }
  return false;
}

const STOP_WORDS =
  /^(?:if|but|so|yet|nor|because|although|though|while|when|where|what|which|who|whom|whose|why|how|this|that|these|those|it|its|he|she|they|we|you|his|her|their|our|my|your|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not|no|yes|all|some|any|every|each|both|either|neither|there|here|then|than|also|just|only|even|very|too|more|most|such)$/i;

const FUNCTION_WORDS = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|over|after|into)$/i;

/**
 * True for Title Case headlines ("Iran And US Hold First Talks In Months"): nearly every word is
 * capitalised, function words included, so case says nothing about names.
 */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let upper = 0;
  let upperFunction = 0;
  tokens.forEach((t, i) => {
    if (!startsLetter(t.text)) return;
    words++;
    if (!startsUpper(t.text)) return;
    upper++;
    if (i > 0 && FUNCTION_WORDS.test(t.text)) upperFunction++;
  });
  return words >= 4 && upper / words >= 0.8 && upperFunction > 0;
}

/** "al-Alam", "el-Sisi": a lower-case Arabic article glued to a name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|as|ash|at|az)-\p{Lu}/u;

/** "I’ve", "Don't": contractions are never names. */
const CONTRACTION = /['’](?:ve|ll|re|d|m|s|t)$|n['’]t$/i;

/** Words the document writes in lower case mid-sentence: ordinary words wherever they are capitalised. */
export type LowerVocabulary = ReadonlySet<string>;

/** Collect the lower-case words of the document's sentences (case-sensitive: "said", not "Said"). */
export function lowerVocabulary(sentences: Token[][]): Set<string> {
  const seen = new Set<string>();
  for (const tokens of sentences)
    for (let i = 1; i < tokens.length; i++) {
      const w = tokens[i]?.text ?? '';
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122 && w.length > 2) seen.add(w);
    }
  return seen;
}

/** "-based", "-born", "-led": a hyphenated word ending in lower case describes, it does not name. */
function endsLowerAfterHyphen(word: string): boolean {
  const dash = word.lastIndexOf('-');
  if (dash < 0) return false;
  const c = word.charCodeAt(dash + 1);
  return c >= 97 && c <= 122;
}

/**
 * Can this token be a word of a name? In mixed-case text: capitalised and not a day, month or "I";
 * at the start of a sentence, not a frequent word or one the document writes in lower case either
 * (unless it is a given name before another name word, "Will Smith", or starts a known name,
 * "New York"). In caseless text (shouted or Title Case): any capitalised word that is neither in the
 * common-word list nor written in lower case elsewhere. Initials ("A." of "A. Dale") count.
 */
export function isNameWord(tokens: Token[], i: number, caseless: boolean, lower: LowerVocabulary): boolean {
  const word = tokens[i]?.text ?? '';
  if (!startsLetter(word)) return false;
  if (!startsUpper(word)) return (word[2] === '-' || word[3] === '-') && ARABIC_ARTICLE.test(word);
  if (endsLowerAfterHyphen(word) || CONTRACTION.test(word)) return false;
  const next = tokens[i + 1]?.text ?? '';
  if (word.length === 1) return next === '.' && startsUpper(tokens[i + 2]?.text ?? '');
  if (caseless) {
    if (!isCommonWord(word) && !lower.has(lowerCase(word))) return true;
    return knownPhraseAt(tokens, i);
  }
  if (DAYS_MONTHS.test(word)) return false;
  // Acronyms are names even when they spell a common word ("US", "WHO").
  if (isAllUpper(word)) return true;
  // "If", "But", "The" mid-sentence (after a line break, in a quoted title) are still no names.
  if (FUNCTION_WORDS.test(word) || STOP_WORDS.test(word)) return knownPhraseAt(tokens, i);
  if (!opensSentence(tokens, i)) return true;
  // "Laughing", "Certainly": an opening participle or adverb, unless the lexicon knows the name.
  if (/(?:ing|ly)$/.test(word) && !isFirstName(word)) return false;
  if (!isCommonWord(word) && !lower.has(lowerCase(word))) return true;
  return (
    ((isFirstName(word) || isTitle(word)) && startsUpper(next) && !isCommonWord(next)) ||
    knownPhraseAt(tokens, i)
  );
}
