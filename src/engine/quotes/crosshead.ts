/**
 * Crossheads in single marks. Papers that quote in double marks break a long story with short
 * headings lifted from a quote further down, set in single marks on a line of their own
 * (‘Nobody saw it coming.’). Such a line is no quotation where it stands: the words are repeated,
 * with their speaker, in the passage below. Only in double-quoting copy, where a quotation never
 * opens in single marks: in British copy (single marks) a lone quoted sentence is a real quote
 * continuing the speaker before. Issue 11, session 14 (quote precision).
 */

/** A crosshead holds a few words; a longer line in single marks is more likely a real quotation. */
const MAX_CROSSHEAD_WORDS = 8;

/**
 * Is the single-quoted span from `openAt` to the closing mark at `close` the whole paragraph, and
 * short: a heading rather than a quotation. `text` is the paragraph.
 */
export function isCrosshead(text: string, openAt: number, close: number): boolean {
  const lead = text.length - text.trimStart().length;
  if (openAt !== lead + 1 || text.slice(close + 1).trim() !== '') return false;
  const words = text.slice(openAt, close).split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_CROSSHEAD_WORDS;
}
