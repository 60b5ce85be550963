/**
 * Character-level normalisation shared by the cleaning stage. The convention every later stage
 * relies on (quotes, entities, dates) is documented at the top of `../clean.ts`.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

/** Characters after which a straight quote opens rather than closes. */
const OPENS_AFTER = new Set([' ', '\n', '(', '[', '{', '—', '–', '-', '/', '“', '‘']);

/**
 * Straight quotes become typographic ones: a mark at the start of the text or after a space or an
 * opening bracket opens; any other closes (so an apostrophe inside a word becomes ’, which is what
 * publishers print). One pass, no backtracking.
 */
function curlQuotes(text: string): string {
  return text.replace(/["']/g, (mark, offset: number) => {
    const opens = offset === 0 || OPENS_AFTER.has(text[offset - 1]!);
    if (mark === '"') return opens ? '“' : '”';
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
  return text
    .replace(/\s+(?:--+|[-–—―])\s+/g, ' — ')
    .replace(/(\w)--+(\w)/g, '$1 — $2')
    .replace(/(\w)—(\w)/g, '$1 — $2');
}

/**
 * Sentences scraped without the space after the full stop ("in the region.The US said") get it
 * back. Requires two lowercase letters before the mark so "U.S.A" and "e.g." stay intact.
 */
function unglueSentences(text: string): string {
  return text.replace(/([a-z]{2}[.!?][”’]?)([A-Z](?:[a-z]|\s))/g, '$1 $2');
}

/** One line of article text, normalised: spaces, invisible characters, quotes, dashes. */
export function normaliseLine(line: string): string {
  let text = line.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
  text = text.replace(/\u2026/g, '...');
  text = curlQuotes(foldQuoteVariants(text));
  text = normaliseDashes(text);
  text = unglueSentences(text);
  return text.replace(/ {2,}/g, ' ').trim();
}
