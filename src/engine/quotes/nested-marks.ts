// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const HAS_LETTER = /\p{L}/u;
/** Global: `exec` walks on from `lastIndex`, which each call sets before reading. */
const DOUBLE_MARKS = /["“„«”»]/g;

/**
 * “Stand by the crews even after “our own side” walks out.”: copy (posts and columns most
 * often) that quotes inside a quotation with the same double marks instead of single ones. An
 * opening mark inside an open quotation, after some of its words, whose next two double marks
 * both close, opens a quote within the quote: the first closer is its own, the second the outer
 * one's. Any other second opener still restarts the quotation (a mark typed twice, or a quote
 * left unclosed before the next one opens). `openAt` is where the outer quotation's words start,
 * `i` the second opener.
 */
export function nestsSameMarks(text: string, openAt: number, i: number): boolean {
  if (!HAS_LETTER.test(text.slice(openAt, i))) return false;
  DOUBLE_MARKS.lastIndex = i + 1;
  const first = DOUBLE_MARKS.exec(text);
  const second = first ? DOUBLE_MARKS.exec(text) : null;
  return first?.[0] === '”' && second?.[0] === '”';
}
