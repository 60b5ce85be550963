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

function loweredOnce(word: string): string {
  let lower = lowered.get(word);
  if (lower === undefined) {
    if (lowered.size >= LOWERED_CACHE_LIMIT) lowered.clear();
    lower = word.toLowerCase();
    lowered.set(word, lower);
  }
  return lower;
}
