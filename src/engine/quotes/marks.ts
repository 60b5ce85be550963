/** A stretch of quoted words found between quote marks, with paragraph offsets. */
export interface QuoteSpan {
  /** Paragraph holding the opening mark. */
  paragraph: number;
  /** Offset of the first quoted character (just after the opening mark). */
  start: number;
  /** Offset just past the last quoted character (the closing mark, or the paragraph end). */
  end: number;
  /** True when the paragraph ends before the quote closes (the quote runs on into the next paragraph). */
  open: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const MARKS = /["“„«”»]/g;

/** Whitespace, a dash or a bracket before a mark: the mark starts something. */
const BEFORE_OPENING = /[\s\u2014\u2013([―:-]/u;

/** Does the character at `i` sit where an opening mark sits (text start or a space before, a word after)? */
function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return BEFORE_OPENING.test(before) && !/\s/.test(after);
}

/** Does the character at `i` sit where a closing mark sits (a space, punctuation or the text end after it)? */
function closesHere(text: string, i: number): boolean {
  return /[\s,;:.!?)\]—–-]/u.test(text[i + 1] ?? ' ');
}

/**
 * Finds double-quoted spans in one paragraph. Curly marks say which way they face; straight marks
 * alternate. Single marks are left alone: inside a quote they mark a quote within it, and outside
 * they are far more often apostrophes than quotations.
 *
 * Two habits of real copy are read past. A quote opened with a straight mark that holds curly
 * marks is quoting someone inside it ("PENCE: It is like “Shark Tank.” But..."): the curly pair
 * is nested, not the end. And curly marks typed or auto-curled the wrong way round (`”Fear.` at a
 * paragraph start, `said, “ he added`) face by where they stand: a mark with a space before and a
 * word after opens, a mark with a word before and a space after closes.
 */
export function findSpansInParagraph(text: string, paragraph: number, singles = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let straightOpen = false;
  let nested = 0;
  const close = (i: number) => {
    spans.push({ paragraph, start: openAt, end: i, open: false });
    openAt = -1;
    nested = 0;
  };
  for (const m of text.matchAll(MARKS)) {
    const i = m.index ?? 0;
    const c = m[0];
    if (c === '"') {
      if (openAt < 0) {
        openAt = i + 1;
        straightOpen = true;
      } else close(i);
    } else if (OPENERS.has(c)) {
      if (openAt < 0) {
        openAt = i + 1;
        straightOpen = false;
      } else if (nested === 0 && closesHere(text, i)) close(i);
      else if (straightOpen) nested++;
      // A second opener before a closer means the first never closed (typo or run-on); restart here.
      else openAt = i + 1;
    } else if (CLOSERS.has(c)) {
      if (openAt >= 0) {
        if (nested > 0) nested--;
        else close(i);
      } else if (opensHere(text, i)) {
        openAt = i + 1;
        straightOpen = false;
      }
    }
  }
  if (openAt >= 0 && openAt < text.length)
    spans.push({ paragraph, start: openAt, end: text.length, open: true });
  const inSingles = singles && text.includes('‘') ? singleQuoteSpans(text, paragraph, spans) : [];
  const all = inSingles.length > 0 ? [...spans, ...inSingles].sort((a, b) => a.start - b.start) : spans;
  return all.filter((s) => /\p{L}/u.test(text.slice(s.start, s.end)));
}

/**
 * Whether the article quotes in single marks: British and Australian house style. American and
 * Canadian papers quote in double marks and keep single marks for headlines and quotes within
 * quotes, so single marks count only where they open more often than double ones.
 */
export function usesSingleQuotes(paragraphs: string[]): boolean {
  let singles = 0;
  let doubles = 0;
  for (const text of paragraphs) {
    for (let i = text.indexOf('‘'); i >= 0; i = text.indexOf('‘', i + 1)) singles++;
    for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) doubles++;
  }
  return singles > doubles;
}

/**
 * Quotations in single marks (‘…’), the house style of British and Australian papers. The cleaner
 * writes every apostrophe as ’, which is also the closing single mark, so position decides: ‘ opens
 * only before a word and ’ closes only before a space, punctuation or the paragraph end. A plural
 * possessive ("the players’ union") has ’ after an s and before a lower-case word, so it does not
 * close. Singles inside a double-quoted span are a quote within the quote and are left to it. A
 * quote still open at the paragraph end runs on only when ‘ opened the paragraph (news style for a
 * quote continued in the next paragraph); any other unclosed ‘ is taken for a stray mark.
 * One left-to-right pass over the marks: linear in the paragraph's length.
 */
function singleQuoteSpans(text: string, paragraph: number, doubles: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Marks come left to right and double spans are in order, so one pointer walks both.
  let d = 0;
  let openAt = -1;
  for (const m of text.matchAll(/[‘’]/g)) {
    const i = m.index ?? 0;
    while (d < doubles.length && doubles[d]!.end < i) d++;
    const double = doubles[d];
    if (double && i >= double.start - 1) continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    if (m[0] === '‘') {
      // A bracket may open the words: "‘(Assistants) Tom Reid and ...", an editor's gloss.
      if (openAt < 0 && /[\p{L}\p{N}([]/u.test(after)) openAt = i + 1;
      // Two single marks typed for a double one ("joked: ''What was it ...'"), curled as ‘’ or ‘‘.
      else if (openAt < 0 && /[‘’]/.test(after) && /\p{L}/u.test(text[i + 2] ?? '')) openAt = i + 2;
      continue;
    }
    if (openAt < 0 || /\s/.test(before) || !/[\s,;:.!?)\]—–-]/u.test(after)) continue;
    if (before === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && !closesBeforeWord(text, i + 1))
      continue;
    spans.push({ paragraph, start: openAt, end: i, open: false });
    openAt = -1;
  }
  if (openAt === 1 + leadingSpace(text) && openAt < text.length)
    spans.push({ paragraph, start: openAt, end: text.length, open: true });
  return spans;
}

/**
 * Function words that never follow a possessive: after "the players’ union" comes a noun, after
 * "was ‘reckless’ and" or "‘envious’ of" a conjunction or preposition, so ’ there closes a quote.
 */
const AFTER_CLOSING = new Set([
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'as',
  'by',
  'from',
  'that',
  'is',
  'was',
  'are',
  'were',
  'he',
  'she',
  'they',
  'said',
  'says',
]);

function closesBeforeWord(text: string, from: number): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(from, from + 16))?.[1];
  return next !== undefined && AFTER_CLOSING.has(next);
}

/** Words in capitals before a colon that are headings, not people. */
const NOT_SPEAKER_LABELS = new Set([
  'UPDATE',
  'NOTE',
  'EDITOR',
  'WATCH',
  'BREAKING',
  'CORRECTION',
  'CLARIFICATION',
  'READ',
  'PHOTOS',
  'VIDEO',
]);

/**
 * The speaker label that opens a turn of a quoted interview transcript ("PENCE: Well, look, ..."):
 * transcripts name each speaker by surname in capitals and a colon. Returns the label and the
 * length of the text it takes up, or null.
 */
export function speakerLabel(text: string): { name: string; length: number } | null {
  const m = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s+/u.exec(text);
  if (!m?.[1] || m[1].split(' ').some((w) => NOT_SPEAKER_LABELS.has(w))) return null;
  const name = m[1].toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { name, length: m[0].length };
}

/** A quotation as the reader sees it: one or more spans, several when it runs across paragraphs. */
export interface QuotePieces {
  pieces: QuoteSpan[];
}

/**
 * Finds quotations across the article. News style leaves a quote open at the end of a paragraph
 * and reopens it at the start of the next when one speaker's quote runs on, so an open span followed
 * by a paragraph that begins with an opening mark joins that paragraph's first span.
 */
export function findQuotations(paragraphs: string[], singles = usesSingleQuotes(paragraphs)): QuotePieces[] {
  const quotations: QuotePieces[] = [];
  let running: QuotePieces | null = null;
  paragraphs.forEach((text, p) => {
    const spans = findSpansInParagraph(text, p, singles);
    spans.forEach((span, k) => {
      // A new speaker label starts a new transcript turn, even inside a quote reopened paragraph by paragraph.
      const continues =
        running !== null &&
        k === 0 &&
        span.start - leadingSpace(text) === 1 &&
        !speakerLabel(text.slice(span.start));
      if (continues && running) running.pieces.push(span);
      else {
        running = { pieces: [span] };
        quotations.push(running);
      }
      if (!span.open) running = null;
    });
    if (spans.length === 0) running = null;
  });
  return quotations;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
