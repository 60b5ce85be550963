/**
 * The capitalised words of a text, found by a character scan instead of the pattern
 * `/\p{Lu}[\p{L}\p{M}'’-]*\/gu`, with the same answers: a word starts at an upper-case letter and
 * runs over letters, marks, apostrophes and hyphens. The quote stage reads every capitalised word
 * of every sentence to find known names the tagger left untagged; with the pattern, each word cost
 * a match object, which made that scan one of the stage's costliest steps. ASCII characters are
 * classed by their code; any other character by the same Unicode properties the pattern used.
 */

const UPPER = /^\p{Lu}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const RIGHT_QUOTE = 0x2019;

/** Code units the code point at `i` takes (2 for an astral character, as the `u` flag reads it). */
function widthAt(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

function continuesWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
  if (c === RIGHT_QUOTE) return true;
  return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/**
 * The first capitalised word starting at or after `from`, as [start, end), or null. `from` must
 * not fall inside a surrogate pair (0 or a previous word's end never does).
 */
export function nextCapitalisedWord(text: string, from: number): [number, number] | null {
  for (let i = from; i < text.length; i += widthAt(text, i)) {
    if (!isUpperAt(text, i)) continue;
    let end = i + widthAt(text, i);
    while (end < text.length && continuesWordAt(text, end)) end += widthAt(text, end);
    return [i, end];
  }
  return null;
}
