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
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII, or general punctuation (quote marks, dashes): neither letter nor mark.
    if (c < 128 || (c >= GENERAL_PUNCTUATION_FROM && c <= GENERAL_PUNCTUATION_TO)) {
      if (c >= 65 && c <= 90) return [i, wordEnd(text, i + 1)];
      i++;
      continue;
    }
    if (isUpperAt(text, i)) return [i, wordEnd(text, i + widthAt(text, i))];
    i += widthAt(text, i);
  }
  return null;
}

/** U+2000-U+206F: spaces, dashes, quote marks, format characters; no letter or mark among them. */
const GENERAL_PUNCTUATION_FROM = 0x2000;
const GENERAL_PUNCTUATION_TO = 0x206f;

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45) end++;
      else break;
    } else if (continuesWordAt(text, end)) end += widthAt(text, end);
    else break;
  }
  return end;
}
