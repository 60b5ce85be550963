/**
 * Whether a UTF-16 code unit is part of a word: ASCII letters and digits, and anything from
 * Latin-1 letters upwards except the general punctuation, symbol and arrow blocks.
 * A code-unit test instead of a Unicode-property regex: this runs on every word of every article.
 */
export function isWordUnit(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c === 0xd7 || c === 0xf7) return false;
  return c < 0x2000 || c > 0x2bff;
}

/** Whether a UTF-16 code unit is whitespace as the regex class `\s` defines it. */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Number of whitespace-separated words, as `text.split(/\s+/).filter(Boolean).length` counts them,
 * without building the array: cleaning counts the words of every line and sentence.
 * With `limit`, counting stops at limit + 1 words: "is it a short line?" on a whole article
 * (most scraped articles are one line) then costs the short line's length, not the article's.
 */
export function countWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceUnit(text.charCodeAt(i));
    if (!space && !inWord && ++count > limit) return count;
    inWord = !space;
  }
  return count;
}

/** Number of whitespace-separated words that hold an ASCII digit ("3-1", "(54th)", "$5,000"). */
export function countNumberWords(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c)) counted = false;
    else if (!counted && c >= 48 && c <= 57) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * Number of whitespace-separated words that hold a letter or digit: a lone dash or quote mark
 * between spaces is punctuation, not a word, when judging how long a quotation is.
 */
export function countLetteredWords(text: string): number {
  // A character loop with the split(/\s+/) reading of a word: each quotation is counted several
  // times per article, and an array of words per call was most of the cost.
  let count = 0;
  let inWord = false;
  let lettered = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      lettered = false;
    }
    if (lettered) continue;
    if (
      c < 0x80
        ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
        : isLetterOrDigitAt(text, i)
    ) {
      lettered = true;
      count++;
    }
  }
  return count;
}

/** A letter or digit (`[\p{L}\p{N}]`) starts at `i`: sticky, so a surrogate pair is read whole. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

function isLetterOrDigitAt(text: string, i: number): boolean {
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text);
}

/** Lowercased word tokens of a text: letters and digits, everything else separates. */
export function wordTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordUnit(lower.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      tokens.push(lower.slice(start, i));
      start = -1;
    }
  }
  return tokens;
}

/** Words too common to say anything about what a sentence is about. */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves also said says say told one two new year years'
  ).split(' '),
);

/** Content words of a text (no stopwords, no one-letter tokens). */
export function contentWords(text: string): string[] {
  return wordTokens(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}
