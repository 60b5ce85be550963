/**
 * Turn what a user typed into a safe FTS5 query. User text is never passed through as FTS
 * syntax (a stray quote or "NOT" would be an error or change the meaning): each word becomes
 * a quoted term.
 */
function ftsTerms(text: string): string[] {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.toLowerCase()))].map((w) => `"${w}"`);
}

/** Any of the words; BM25 ranks documents holding more (and rarer) of them first. */
export function anyWords(text: string): string | null {
  const terms = ftsTerms(text);
  return terms.length > 0 ? terms.join(' OR ') : null;
}

/** Every word, in any column: far fewer rows to rank than "any of the words" on a large store. */
export function allWords(text: string): string | null {
  const terms = ftsTerms(text);
  return terms.length > 0 ? terms.join(' AND ') : null;
}

/** Every word, within one column. */
export function allWordsIn(column: string, text: string): string | null {
  const terms = ftsTerms(text);
  return terms.length > 0 ? `${column} : (${terms.join(' AND ')})` : null;
}
