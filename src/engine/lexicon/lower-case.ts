/**
 * `word.toLowerCase()`, answered without the call for a word of ASCII with no capital (most words
 * of prose). V8 lower-cases a one-byte string in fast generated code, but an article holding one
 * curly quote or dash is stored two bytes a character, and so is every word sliced from it: those
 * go through the runtime's Unicode case mapping, a few times slower, for every lexicon lookup.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}
