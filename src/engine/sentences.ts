import { MAYBE_FINAL, NEVER_FINAL, SENTENCE_OPENERS } from './text/abbreviations.js';
import { runOnStarts } from './text/run-on.js';
import { lowerCase } from './lexicon/lower-case.js';

/**
 * Sentence splitting by a single left-to-right scan. At each `.`, `!`, `?` the scanner looks at
 * the word before (abbreviation, initial, number) and the text after (closing quotes and brackets
 * belong to the sentence; a lowercase continuation such as "‘Why?’ he asked" means no break).
 * Work per candidate is bounded by one word's length, so the whole pass is linear.
 */

const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const TERMINALS = new Set(['.', '!', '?']);
const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The word (letters, digits, inner dots) ending just before `end`, as written. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const ch = text[start - 1]!;
    if (isSpace(ch) || ch === '(' || ch === '“' || ch === '‘' || ch === '"' || ch === '[') break;
    start--;
  }
  return text.slice(start, end);
}

/** The next word starting at `from` (after spaces and opening quotes), lowercased. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && (isSpace(text[i]) || text[i] === '“' || text[i] === '‘' || text[i] === '(')) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{N}]/u.test(text[j]!)) j++;
  return lowerCase(text.slice(i, j));
}

// Module-level patterns: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside
// a character class as `new RegExp(...)`, which inside a function is built again on every call;
// this runs at every full stop of every article. `test` without g/y keeps no state, so one object serves.
const PREFIXED_TITLE = /^(?:then|ex)-\p{L}/iu;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;

/** Whether a full stop right after `word` is part of an abbreviation, given what follows. */
function fullStopIsAbbreviation(word: string, text: string, next: number): boolean {
  const whole = word.replace(/^[^\p{L}\p{N}]+/u, '');
  // "then-Sen.", "ex-Gov.": a prefix joined by a hyphen leaves the title abbreviated.
  const bare = PREFIXED_TITLE.test(whole) ? whole.slice(whole.indexOf('-') + 1) : whole;
  if (bare.length === 0) return false;
  const lower = lowerCase(bare);
  // A single capital is an initial ("George W. Bush", "J. R. R. Tolkien").
  if (bare.length === 1 && isUpper(bare)) return true;
  if (NEVER_FINAL.has(lower)) {
    // "No." and "no." differ: only the capitalised, number-led form is an abbreviation.
    if (lower === 'no' || lower === 'nos') return bare[0] === 'N' && isDigit(text[skipSpaces(text, next)]);
    return true;
  }
  // Acronyms written with dots ("U.S.", "p.m.") and listed short forms may also end a sentence.
  const dotted = DOTTED_LETTERS.test(bare);
  if (dotted || MAYBE_FINAL.has(lower)) {
    const following = wordAfter(text, next);
    if (following === '') return false;
    const nextChar = text[skipSpaces(text, next)] ?? '';
    if (!isUpper(nextChar) && nextChar !== '“' && nextChar !== '‘') return true;
    return !SENTENCE_OPENERS.has(following);
  }
  return false;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/**
 * Longest sentence handed to the extraction stages, in characters: about three times the longest
 * sentence in the CNN/DailyMail dev articles (751). Past it the "sentence" is a list, a table or
 * hostile input, and several stages do work per sentence that grows faster than its length (a
 * comma list of 80 KB of names took the entity stage 37 s), so it is cut into clause-sized pieces.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Where to cut an overlong sentence: after the last clause break before the limit, else the last space. */
function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, from + limit);
  for (const mark of ['; ', ', ', ' — ', ': ']) {
    const at = window.lastIndexOf(mark);
    if (at > limit / 2) return from + at + mark.length;
  }
  const space = window.lastIndexOf(' ');
  return space > limit / 2 ? from + space + 1 : from + limit;
}

/** Pushes a sentence, in pieces of at most MAX_SENTENCE_CHARS when it is longer; each piece a substring of it. */
function pushBounded(sentences: string[], sentence: string): void {
  let from = 0;
  while (sentence.length - from > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(sentence, from, MAX_SENTENCE_CHARS);
    const piece = sentence.slice(from, cut).trim();
    if (piece) sentences.push(piece);
    from = cut;
  }
  const rest = sentence.slice(from).trim();
  if (rest) sentences.push(rest);
}

/**
 * Pushes a sentence as the units it is made of: a caption or heading that ran into it without
 * final punctuation is a sentence of its own (see text/run-on.ts).
 */
function pushUnits(sentences: string[], sentence: string): void {
  let from = 0;
  for (const at of runOnStarts(sentence)) {
    pushBounded(sentences, sentence.slice(from, at));
    from = at;
  }
  pushBounded(sentences, from === 0 ? sentence : sentence.slice(from));
}

/**
 * Splits one paragraph into sentences. With `limit`, stops once that many are found (the first
 * sentence of a one-line article need not cost a pass over the whole article).
 */
export function splitSentences(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const sentences: string[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Code-unit test rather than a one-character string per position: this loop sees every
    // character of every article, twice (cleaning, then segmenting).
    const code = text.charCodeAt(i);
    if (code !== FULL_STOP && code !== EXCLAMATION && code !== QUESTION) {
      i++;
      continue;
    }
    // Runs of terminals ("?!", "...") are one mark.
    let end = i + 1;
    while (end < n && TERMINALS.has(text[end]!)) end++;
    const mark = text.slice(i, end);
    // Decimals, times, URLs: a full stop with no space after is not a boundary.
    if (mark === '.' && end < n && !isSpace(text[end]) && !CLOSERS.has(text[end]!)) {
      i = end;
      continue;
    }
    while (end < n && CLOSERS.has(text[end]!)) end++;
    if (end < n && !isSpace(text[end])) {
      i = end;
      continue;
    }
    const nextStart = skipSpaces(text, end);
    if (nextStart >= n) break;
    const nextChar = text[nextStart]!;
    // A lowercase continuation ("‘Why?’ he asked", "... and so on") stays in the sentence.
    // So does a quote opening on a lowercase word ('gained 3 lbs. “and a taste for pie”').
    const quotedLower =
      (nextChar === '“' || nextChar === '"' || nextChar === '‘') && isLower(text[nextStart + 1] ?? '');
    if (
      isLower(nextChar) ||
      quotedLower ||
      nextChar === ',' ||
      nextChar === ';' ||
      nextChar === ':' ||
      nextChar === '—'
    ) {
      i = end;
      continue;
    }
    if (mark === '.' && fullStopIsAbbreviation(wordBefore(text, i), text, end)) {
      i = end;
      continue;
    }
    // An ellipsis mid-thought ("I was... I don't know") is a pause unless a new clause clearly starts.
    if (mark.startsWith('..') && !isUpper(nextChar)) {
      i = end;
      continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) pushUnits(sentences, sentence);
    if (sentences.length >= limit) return sentences;
    start = nextStart;
    i = nextStart;
  }
  const rest = text.slice(start).trim();
  if (rest) pushUnits(sentences, rest);
  return sentences;
}

/**
 * Splits every paragraph, remembering which paragraph each sentence came from. `known[i]`, when
 * set, is paragraph i's split already made (cleaning splits every paragraph, and most come through
 * it unchanged): the split is a function of the text alone, so such a paragraph is not split again.
 */
export function segment(
  paragraphs: readonly string[],
  known: ReadonlyArray<readonly string[] | undefined> = [],
): { sentences: string[]; sentenceParagraph: number[] } {
  const sentences: string[] = [];
  const sentenceParagraph: number[] = [];
  for (let index = 0; index < paragraphs.length; index++) {
    for (const sentence of known[index] ?? splitSentences(paragraphs[index]!)) {
      sentences.push(sentence);
      sentenceParagraph.push(index);
    }
  }
  return { sentences, sentenceParagraph };
}
