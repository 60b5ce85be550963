/**
 * Small word-level helpers shared by question answering and the commands: tokens, content-word
 * roots, stop words and whole-word name matching. English news text only.
 */

import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../engine/dates/lexicon.js';
import { lemma } from './lexicon.js';

const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at by for from with about as into onto over under after before ' +
    'is are was were be been being am do does did done has have had having will would shall should can could may might must ' +
    "this that these those it its it's he she they them his her their there here we our you your i me my " +
    "who whom whose what which when where why how whats what's who's " +
    'not no yes so than then too very just also any some all each such only own same other more most ' +
    'tell say said says told know happen happened happening article story news'
  ).split(/\s+/),
);

/** Words of a text, keeping internal apostrophes and hyphens ("al-Alam", "McGurk's"). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** "US" and "UK" are names, not the pronoun "us": only lower-case stop words are dropped. */
export function isStopWord(word: string): boolean {
  if (/^[A-Z]{2,}$/.test(word)) return false;
  return STOP_WORDS.has(word.toLowerCase());
}

/** Content-word roots of a text, by the same `lemma` the answers use. */
export function contentRoots(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .map(lemma);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Position of a name in a sentence as a whole word (case-sensitive, since names are), or -1.
 * A plain substring search with a look at the characters either side: a look-behind regular
 * expression over a long sentence with curly quotes costs hundreds of microseconds a search,
 * and answering searches every name form of the article in every sentence it reads.
 */
export function findName(sentence: string, name: string): number {
  for (const at of namePositions(sentence, name)) return at;
  return -1;
}

/** Every position of a name in a sentence as a whole word, left to right (see `findName`). */
export function* namePositions(sentence: string, name: string): Generator<number> {
  if (!name.trim()) return;
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if (!isWordChar(sentence[at - 1]) && !isWordChar(sentence[at + name.length])) yield at;
  }
}

/** Whether any of the names occurs in the sentence as a whole word. */
export function mentionsAny(sentence: string, names: readonly string[]): boolean {
  return names.some((n) => findName(sentence, n) >= 0);
}

/** Join names the way people write them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "in July", "the newspaper Tuesday": a month or weekday starting a capitalised run is no name. */
export function startsWithCalendarWord(text: string): boolean {
  return CALENDAR_START.test(text);
}

const CALENDAR_START = new RegExp(`^(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})(?![\\p{L}])`, 'u');
