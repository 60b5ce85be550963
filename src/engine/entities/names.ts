/**
 * Word-level tests shared by the span finder and the classifier: is this token part of a name,
 * a connector inside one, a cue that says what kind of name it is?
 */

import { isCommonWord } from '../lexicon/commonWords.js';
import { isFirstName } from '../lexicon/firstNames.js';
import { lookupOrganization } from '../lexicon/organizations.js';
import { lookupPlace } from '../lexicon/places.js';
import type { Token } from './tokenize.js';

/** Lower-case particles that belong inside names ("Haitham bin Tariq", "Ursula von der Leyen"). */
const PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'van',
  'von',
  'der',
  'den',
  'de',
  'du',
  'da',
  'di',
  'dos',
  'das',
  'del',
  'della',
  'la',
  'le',
  'ter',
  'zu',
]);

/** Abbreviated titles that are followed by a dot inside a name run ("Mr.", "Sen.", "St."). */
const DOTTED_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'prof',
  'rev',
  'st',
  'jr',
  'sr',
  'pres',
  'det',
  'supt',
  'insp',
  'messrs',
  'mme',
  'mlle',
  'fr',
]);

/** Verbs of saying: a name next to one is almost always a person (or a speaking organisation). */
const SAY_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'explains',
  'noted',
  'notes',
  'insisted',
  'insists',
  'argued',
  'argues',
  'warned',
  'warns',
  'claimed',
  'claims',
  'admitted',
  'admits',
  'wrote',
  'writes',
  'recalled',
  'recalls',
  'stated',
  'states',
  'asked',
  'asks',
  'replied',
  'replies',
  'acknowledged',
  'acknowledges',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'announced',
  'announces',
  'tweeted',
  'posted',
  'urged',
  'urges',
]);

const DAYS_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

export function isDottedAbbreviation(word: string): boolean {
  return DOTTED_ABBREVIATIONS.has(word.toLowerCase());
}

export function isSayVerb(word: string | undefined): boolean {
  return word !== undefined && SAY_VERBS.has(word.toLowerCase());
}

function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllUpper(word: string): boolean {
  return /^[\p{Lu}\d.&'’-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/**
 * True when most words in the sentence are upper-case: a headline or dateline where case tells
 * nothing, so only lexicons and the rest of the document can say what is a name.
 */
export function isShouting(tokens: Token[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const t of tokens) {
    if (!/\p{L}{2,}/u.test(t.text)) continue;
    letters++;
    if (isAllUpper(t.text)) upper++;
  }
  return letters >= 2 && upper / letters > 0.7;
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
    if (!/^\p{L}/u.test(t.text)) return;
    words++;
    if (!startsUpper(t.text)) return;
    upper++;
    if (i > 0 && FUNCTION_WORDS.test(t.text)) upperFunction++;
  });
  return words >= 4 && upper / words >= 0.8 && upperFunction > 0;
}

/**
 * Can this token be a word of a name? In mixed-case text: capitalised and not a day, month or "I";
 * at the start of a sentence, not a frequent word either (unless it is a given name before another
 * name word, "Will Smith", or starts a known name, "New York"). In caseless text (shouted or
 * Title Case): any capitalised word the common-word list does not know.
 */
export function isNameWord(tokens: Token[], i: number, caseless: boolean): boolean {
  const word = tokens[i]?.text ?? '';
  if (!/^\p{L}/u.test(word)) return false;
  if (/^(?:al|el|ad|an|as|ash|at|az)-\p{Lu}/u.test(word)) return true;
  if (caseless) return startsUpper(word) && word.length > 1 && !isCommonWord(word);
  if (!startsUpper(word) || word === 'I' || DAYS_MONTHS.test(word)) return false;
  // Acronyms are names even when they spell a common word ("US", "WHO").
  if (word.length > 1 && isAllUpper(word)) return true;
  if (!isCommonWord(word) || !opensSentence(tokens, i)) return true;
  const next = tokens[i + 1]?.text ?? '';
  return (isFirstName(word) && startsUpper(next) && !isCommonWord(next)) || knownPhraseAt(tokens, i);
}

/** "Phil", "JAN", "Vandante"? Only the lexicon knows; case is ignored. */
export { isFirstName };
