/**
 * `word.toLowerCase()`, answered without the call for a word of ASCII with no capital (most words
 * of prose). V8 lower-cases a one-byte string in fast generated code, but an article holding one
 * curly quote or dash is stored two bytes a character, and so is every word sliced from it: those
 * go through the runtime's Unicode case mapping, a few times slower, for every lexicon lookup.
 * The cleaner writes curly quotes, so nearly every article's words are two-byte: a word with a
 * capital is lowered once and kept (about 140 ns a lookup against 490 for the runtime's mapping on
 * news words), and the kept lower-case string has its hash already made for the set it is looked
 * up in next.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return loweredOnce(word);
  }
  return word;
}

/** Words lowered so far; emptied when full, so a long-running process stays bounded. */
const lowered = new Map<string, string>();
/** A few articles' worth of capitalised words: names and sentence openers recur within and across articles. */
export const LOWERED_CACHE_LIMIT = 20_000;

/**
 * A small direct-mapped table in front of `lowered`: a slot per hash of the word's units, holding
 * the last word seen there and its lower case. Most words asked about were asked about a moment
 * before (a word looked up in several lexicons in turn, a name repeated through an article), and
 * this table stays in the processor's cache where a lookup in the large map misses it two or three
 * times. A word's lower case never changes, so what a slot holds is always right.
 */
const RECENT_SLOTS = 4096;
const recentWords: (string | null)[] = new Array<string | null>(RECENT_SLOTS).fill(null);
const recentLowers: string[] = new Array<string>(RECENT_SLOTS).fill('');

function recentSlot(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (RECENT_SLOTS - 1);
}

function loweredOnce(word: string): string {
  const slot = recentSlot(word);
  if (recentWords[slot] === word) return recentLowers[slot]!;
  let lower = lowered.get(word);
  if (lower === undefined) {
    if (lowered.size >= LOWERED_CACHE_LIMIT) lowered.clear();
    lower = word.toLowerCase();
    lowered.set(word, lower);
  }
  recentWords[slot] = word;
  recentLowers[slot] = lower;
  return lower;
}
