import { isSpaceUnit } from '../text/tokens.js';

/** A word or punctuation mark with its place in the sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// The tokens, in order of preference: dotted acronyms (U.S., D.C.), words with inner apostrophes,
// hyphens or dots (O'Brien, al-Alam, Caballero-Reynolds), numbers, a detached possessive ('s), or
// any other mark. As a regex (the specification `tokenize` follows, and the tests check it against):
//   /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’\-.]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:/-]\d+)*|['’]s\b|\S/gu
// The scanner below does the same by code point with an ASCII fast path: the Unicode-property
// regex was the entity stage's largest single cost.
const POSSESSIVE = /['’]s$/;
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

const OTHER = 1;
const IS_LETTER = 2;
const IS_MARK = 3;
/** Letter/mark/other class of each BMP code unit beyond ASCII, filled in on first sight (0 = not yet seen). */
const bmpClass = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 0x80) return (cp | 32) >= 97 && (cp | 32) <= 122 ? IS_LETTER : OTHER;
  if (cp <= 0xffff) {
    let c = bmpClass[cp]!;
    if (c === 0) {
      const ch = String.fromCharCode(cp);
      c = LETTER.test(ch) ? IS_LETTER : MARK.test(ch) ? IS_MARK : OTHER;
      bmpClass[cp] = c;
    }
    return c;
  }
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? IS_LETTER : MARK.test(ch) ? IS_MARK : OTHER;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `\w` without the u+i flags: ASCII letters, digits and underscore. */
function isWordChar(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || isDigit(c) || c === 95;
}

/** Code point at i, or -1 past the end. */
function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

/** Length of a code point in UTF-16 code units. */
function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function isLetterAt(text: string, i: number): boolean {
  const cp = codePointAt(text, i);
  return cp >= 0 && classOf(cp) === IS_LETTER;
}

/** End of `(?:\p{L}\.){2,}` from i, or -1. */
function dottedAcronymEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  for (;;) {
    const cp = codePointAt(text, j);
    if (cp < 0 || classOf(cp) !== IS_LETTER) break;
    const w = width(cp);
    if (text.charCodeAt(j + w) !== 46) break;
    j += w + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of `[\p{L}\p{M}]*` from j. */
function lettersEnd(text: string, from: number): number {
  let j = from;
  for (;;) {
    // ASCII first: a letter goes on, anything else ends (ASCII holds no combining mark).
    const unit = text.charCodeAt(j);
    if (unit < 128) {
      if ((unit | 32) >= 97 && (unit | 32) <= 122) {
        j++;
        continue;
      }
      return j;
    }
    const cp = codePointAt(text, j);
    if (cp < 0) return j;
    const c = classOf(cp);
    if (c !== IS_LETTER && c !== IS_MARK) return j;
    j += width(cp);
  }
}

/** End of `\p{L}[\p{L}\p{M}]*(?:['’\-.]\p{L}[\p{L}\p{M}]*)*` after the first letter (of width w) at i. */
function wordEnd(text: string, i: number, w: number): number {
  let j = lettersEnd(text, i + w);
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 39 && c !== 0x2019 && c !== 45 && c !== 46) return j;
    if (!isLetterAt(text, j + 1)) return j;
    j = lettersEnd(text, j + 1);
  }
}

/** End of `\d+(?:[.,:/-]\d+)*` from a digit at i. */
function numberEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (isDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44 || c === 58 || c === 47 || c === 45) && isDigit(text.charCodeAt(j + 1))) j += 1;
    else return j;
  }
}

/** End of the token starting at the non-space code point at i. */
function tokenEnd(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  const w = width(cp);
  if (classOf(cp) === IS_LETTER) {
    const dotted = dottedAcronymEnd(text, i);
    return dotted >= 0 ? dotted : wordEnd(text, i, w);
  }
  if (isDigit(cp)) return numberEnd(text, i);
  if ((cp === 39 || cp === 0x2019) && text.charCodeAt(i + 1) === 115) {
    // `\b` after the s: the next unit (NaN at the end, which is no word character) must not be `\w`.
    if (!isWordChar(text.charCodeAt(i + 2))) return i + 2;
  }
  return i + w;
}

function pushToken(tokens: Token[], word: string, start: number): void {
  const last = word.charCodeAt(word.length - 1);
  if (word.length > 2 && (last === 115 || last === 83) && POSSESSIVE.test(word)) {
    tokens.push({ text: word.slice(0, -2), start, end: start + word.length - 2 });
    tokens.push({ text: word.slice(-2), start: start + word.length - 2, end: start + word.length });
  } else tokens.push({ text: word, start, end: start + word.length });
}

/** Split a sentence into tokens, detaching possessive 's so "Oman's" never becomes part of a name. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    pushToken(tokens, text.slice(i, end), i);
    i = end;
  }
  return tokens;
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /^['’]s$/.test(token.text);
}
