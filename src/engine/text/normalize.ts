/**
 * Character-level normalisation shared by the cleaning stage. The convention every later stage
 * relies on (quotes, entities, dates) is documented at the top of `../clean.ts`.
 */

/**
 * Invisible characters that carry no text: zero-width spaces and joiners, the byte-order mark, soft
 * hyphens, and the directional marks and embeddings (U+200E/F, U+202A-E, U+2066-9) that social
 * posts and right-to-left-aware editors leave around pasted text. Left in, a mark before a
 * paragraph's opening quote hides where the quotation opens.
 */
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

/** Characters after which a straight quote opens rather than closes. */
const OPENS_AFTER = new Set([' ', '\n', '(', '[', '{', '—', '–', '-', '/', '“', '‘']);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Whether the straight apostrophe at `offset` joins a letter to a capitalised rest of a name
 * ("O'Brien", "N'Diaye", "d'Azur"). That mark is part of the name's spelling, not punctuation:
 * curled, the name would no longer be the one the source wrote. A contraction or possessive never
 * has a capital and then a lowercase letter after its apostrophe ("don't", "DON'T", "Ada's").
 */
function isNameApostrophe(text: string, offset: number): boolean {
  const before = text[offset - 1];
  const first = text[offset + 1];
  const second = text[offset + 2];
  return (
    before !== undefined &&
    first !== undefined &&
    second !== undefined &&
    UPPER.test(first) &&
    LOWER.test(second) &&
    LETTER.test(before)
  );
}

/**
 * Straight quotes become typographic ones: a mark at the start of the text or after a space or an
 * opening bracket opens; any other closes (so an apostrophe inside a word becomes ’, which is what
 * publishers print), except the apostrophe inside a name, which stays as written. One pass, no
 * backtracking.
 */
function curlQuotes(text: string): string {
  return text.replace(/["']/g, (mark, offset: number) => {
    const opens = offset === 0 || OPENS_AFTER.has(text[offset - 1]!);
    if (mark === '"') return opens ? '“' : '”';
    if (!opens && isNameApostrophe(text, offset)) return mark;
    return opens ? '‘' : '’';
  });
}

/** Quote-like marks of other conventions folded into “ ” and ‘ ’. */
function foldQuoteVariants(text: string): string {
  return text
    .replace(/``|„|«\s?|‟/g, '“')
    .replace(/''|\s?»/g, '”')
    .replace(/[‚‛]/g, '‘')
    .replace(/[′`´]/g, "'");
}

/**
 * Dashes used as punctuation between words become a spaced em dash; hyphens inside words and
 * en dashes inside number ranges ("1991–98") are left alone.
 */
function normaliseDashes(text: string): string {
  const spaced = text.replace(/\s+(?:--+|[-–—―])\s+/g, ' — ');
  // The joined forms are rare: each pass runs only on a line holding its literal ("--", "—").
  const doubled = spaced.includes('--') ? spaced.replace(/(\w)--+(\w)/g, '$1 — $2') : spaced;
  return doubled.includes('—') ? doubled.replace(/(\w)—(\w)/g, '$1 — $2') : doubled;
}

/**
 * Sentences scraped without the space after the full stop ("in the region.The US said") get it
 * back. Requires two lowercase letters before the mark so "U.S.A" and "e.g." stay intact.
 */
function unglueSentences(text: string): string {
  return text.replace(/([a-z]{2}[.!?][”’]?)([A-Z](?:[a-z]|\s))/g, '$1 $2');
}

/** Which of the rare characters that ZERO_WIDTH, ODD_SPACES and the ellipsis rewrite a line holds. */
const HAS_ZERO_WIDTH = 1;
const HAS_ODD_SPACE = 2;
const HAS_ELLIPSIS = 4;

function rareCharacters(line: string): number {
  let found = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x20 && c < 0xa0) continue;
    if (
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0x2060 ||
      c === 0xfeff ||
      c === 0xad
    )
      found |= HAS_ZERO_WIDTH;
    else if (
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0x09 ||
      c === 0x0c ||
      c === 0x0b
    )
      found |= HAS_ODD_SPACE;
    else if (c === 0x2026) found |= HAS_ELLIPSIS;
  }
  return found;
}

/** Some character a foldQuoteVariants rewrite needs; without one the fold leaves the text as it is. */
const QUOTE_VARIANT = /[`„«‟»‚‛′´]|''/;

/**
 * One line of article text, normalised: spaces, invisible characters, quotes, dashes. Rewrites
 * that need a character the line lacks are skipped (each would return the text unchanged): most
 * lines hold none of the rare ones, and every rewrite is a pass over the line.
 */
export function normaliseLine(line: string): string {
  const rare = rareCharacters(line);
  let text = rare & HAS_ZERO_WIDTH ? line.replace(ZERO_WIDTH, '') : line;
  if (rare & HAS_ODD_SPACE) text = text.replace(ODD_SPACES, ' ');
  if (rare & HAS_ELLIPSIS) text = text.replace(/\u2026/g, '...');
  text = curlQuotes(QUOTE_VARIANT.test(text) ? foldQuoteVariants(text) : text);
  text = normaliseDashes(text);
  text = unglueSentences(text);
  return (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text).trim();
}
