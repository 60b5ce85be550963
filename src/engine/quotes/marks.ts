import { isCrosshead } from './crosshead.js';
import { nestsSameMarks } from './nested-marks.js';
import { isTagBetweenQuotes } from './tag-inside-span.js';
import { isSpaceUnit } from '../text/tokens.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
// Global, but only given to `replace`, which starts from and leaves `lastIndex` at 0.
const WORD_OPENING_SMALL = /(^|[\s'’.-])\p{Ll}/gu;
const HAS_LETTER = /\p{L}/u;
const SPACE_THEN_SMALL = /^\s\p{Ll}/u;
const SMALL_LETTER = /^\p{Ll}/u;
const SPACE_THEN_SMALL_WORD = /^\s+(\p{Ll}+)/u;
const CAPITALS_SPEAKER_LABEL = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s+/u;

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
/** Punctuation that ends a clause: a mark right after it closes a quotation rather than opens one. */
const CLAUSE_END = new Set([',', '.', '!', '?']);
const CLOSERS = new Set(['”', '»']);
/** Double marks, and single ones: a single quote may be closed by a double mark. */
const MARKS = /["“„«”»‘’]/g;

/** Whitespace, a dash or a bracket before a mark: the mark starts something. */
const BEFORE_OPENING = /[\s\u2014\u2013([―:-]/u;

/** Does the character at `i` sit where an opening mark sits (text start or a space before, a word after)? */
function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return BEFORE_OPENING.test(before) && !/\s/.test(after);
}

/**
 * "” … if the mayor can visit, surely the council can,” the editorial read.": a paragraph that
 * resumes a quotation mid-sentence opens with its mark, a space and an ellipsis, and an
 * auto-curler that saw the space turned the mark into a closer. At the paragraph's start, before
 * an ellipsis, nothing can be closing, so the mark opens.
 */
function resumesAfterEllipsis(text: string, i: number): boolean {
  return i === leadingSpace(text) && /^\s(?:…|\.{3})/.test(text.slice(i + 1, i + 5));
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
 * Habits of real copy are read past. A quote opened with a straight mark that holds curly
 * marks is quoting someone inside it ("MORAN: It is like “Dragon Den.” But..."): the curly pair
 * is nested, not the end. Curly marks typed or auto-curled the wrong way round (`”Honestly.` at a
 * paragraph start, `said, “ he added`) face by where they stand: a mark with a space before and a
 * word after opens, a mark with a word before and a space after closes. And a quote opened with
 * one kind of mark and closed with the other (‘...,” said X / “...,’ said X: copy pasted from two
 * sources, or a straight ' the cleaner curled as single) is one quotation: a ” with no double
 * quote open closes a single quote that opened a clause, and a “ that never closes ends at the
 * first ’ after closing punctuation (",’ said"), which no apostrophe ever follows.
 *
 * Where the article quotes in single marks (`singles`), ‘…’ quotations are read too; elsewhere
 * only a single quote that opens a paragraph or follows a colon is, the places a quotation opens
 * and a scare quote or a nested quote does not. A span inside another span is a quote within
 * that quote and is left to it.
 */
export function findSpansInParagraph(text: string, paragraph: number, singles = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let straightOpen = false;
  let nested = 0;
  // A single quote opened outside any double quote and not yet closed: a ” may close it.
  let singleAt = -1;
  const close = (i: number) => {
    spans.push({ paragraph, start: openAt, end: i, open: false });
    openAt = -1;
    nested = 0;
    singleAt = -1;
  };
  for (const m of text.matchAll(MARKS)) {
    const i = m.index ?? 0;
    const c = m[0];
    if (c === '‘' || c === '’') {
      if (openAt >= 0) continue;
      if (c === '‘' && opensHere(text, i) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) singleAt = i;
      else if (c === '’' && singleAt >= 0 && closesSingle(text, i)) singleAt = -1;
    } else if (c === '"') {
      if (openAt < 0) {
        openAt = i + 1;
        straightOpen = true;
      } else if (outOfStep(text, spans, openAt, i)) openAt = i + 1;
      else close(i);
    } else if (OPENERS.has(c)) {
      if (openAt < 0) {
        openAt = i + 1;
        straightOpen = false;
      } else if (nested === 0 && closesHere(text, i)) {
        if (outOfStep(text, spans, openAt, i)) openAt = i + 1;
        else close(i);
      } else if (straightOpen) nested++;
      // “... after “our own side” walks out.”: the same marks quoting inside a quotation.
      else if (nestsSameMarks(text, openAt, i)) nested++;
      // A second opener before a closer means the first never closed (typo or run-on); restart here.
      else openAt = i + 1;
    } else if (CLOSERS.has(c)) {
      if (openAt >= 0) {
        if (nested > 0) nested--;
        else close(i);
      } else if (opensHere(text, i) || resumesAfterEllipsis(text, i)) {
        openAt = i + 1;
        straightOpen = false;
      } else if (singleAt >= 0 && closesHere(text, i)) {
        openAt = singleAt + 1;
        close(i);
      }
    }
  }
  if (openAt >= 0 && openAt < text.length) {
    const end = straightOpen ? -1 : singleCloserOf(text, openAt);
    spans.push({ paragraph, start: openAt, end: end >= 0 ? end : text.length, open: end < 0 });
  }
  const strongSingles = !singles && hasOpeningSingle(text);
  const inSingles =
    (singles && text.includes('‘')) || strongSingles
      ? singleQuoteSpans(text, paragraph, spans, !singles)
      : [];
  const all = inSingles.length > 0 ? outermost([...spans, ...inSingles]) : spans;
  return all.filter((s) => HAS_LETTER.test(text.slice(s.start, s.end)));
}

/**
 * '..., " said Jo Vane. " Then ...': does the pair from `openAt` to the mark at `i` hold the
 * reporter's tag, so that the marks are out of step (quotes/tag-inside-span.ts) and the mark at
 * `i` opens the next quotation? Read first without copying: this runs at every closing mark, and
 * a tag only ever follows a comma or stop and opens in lower case. (A module function: a closure
 * made per paragraph is named at run time under tsx.)
 */
function outOfStep(text: string, spans: readonly QuoteSpan[], openAt: number, i: number): boolean {
  const lastEnd = spans.length > 0 ? spans[spans.length - 1]!.end + 1 : 0;
  let k = openAt - 2;
  while (k >= lastEnd && isSpaceUnit(text.charCodeAt(k))) k--;
  if (k < lastEnd || !CLAUSE_END.has(text[k]!)) return false;
  let w = openAt;
  while (w < i && isSpaceUnit(text.charCodeAt(w))) w++;
  if (!SMALL_LETTER.test(text[w] ?? '')) return false;
  return isTagBetweenQuotes(text.slice(lastEnd, k + 1), text.slice(openAt, i).trim());
}

/** Does the ’ at `i` close a quotation: a word or punctuation before it, and not a possessive before a noun? */
function closesSingle(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  if (/\s/.test(before) || !/[\s,;:.!?)\]—–-]/u.test(text[i + 1] ?? ' ')) return false;
  return !(
    before === 's' &&
    SPACE_THEN_SMALL.test(text.slice(i + 1, i + 3)) &&
    !closesBeforeWord(text, i + 1)
  );
}

/**
 * Where a “ left open at the paragraph end closes with a single mark: the first ’ after closing
 * punctuation (",’ said X") that no ‘ inside the quote opened, or -1. An apostrophe follows a
 * letter, never a comma or a full stop, so the mark can only close.
 */
function singleCloserOf(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '‘' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) depth++;
    else if (c === '’' && /[,.!?]/.test(text[i - 1] ?? '') && /^(?:\s|$)/.test(text.slice(i + 1, i + 2))) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** A ‘ opening the paragraph or following a colon: where a quotation in single marks opens. */
function hasOpeningSingle(text: string): boolean {
  return text[leadingSpace(text)] === '‘' || text.includes(': ‘') || text.includes(':‘');
}

/** Spans sorted by start, without those inside another (a quote within a quote belongs to it). */
function outermost(spans: QuoteSpan[]): QuoteSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteSpan[] = [];
  let reach = -1;
  for (const s of spans) {
    if (s.end <= reach) continue;
    kept.push(s);
    reach = s.end;
  }
  return kept;
}

/**
 * Whether the article quotes in single marks: British and Australian house style. American and
 * Canadian papers quote in double marks and keep single marks for headlines and quotes within
 * quotes, so single marks count only where they open more often than double ones.
 */
export function usesSingleQuotes(paragraphs: string[]): boolean {
  let singles = 0;
  let opens = 0;
  let closes = 0;
  for (const text of paragraphs) {
    for (let i = text.indexOf('‘'); i >= 0; i = text.indexOf('‘', i + 1)) singles++;
    for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) opens++;
    for (let i = text.indexOf('”'); i >= 0; i = text.indexOf('”', i + 1)) closes++;
  }
  // Copy that types two apostrophes for a double mark (''Yes,'' she said) reaches here with ” on
  // both sides (the cleaner folds '' to ”), so half its closing marks count as quotations too:
  // such copy quotes in double marks, and its few ‘ are quotes within quotes and crossheads.
  return singles > Math.max(opens, closes / 2);
}

/**
 * Quotations in single marks (‘…’), the house style of British and Australian papers. The cleaner
 * writes every apostrophe as ’, which is also the closing single mark, so position decides: ‘ opens
 * only before a word and ’ closes only before a space, punctuation or the paragraph end. A plural
 * possessive ("the players’ union") has ’ after an s and before a lower-case word, so it does not
 * close. Singles inside a double-quoted span are a quote within the quote and are left to it. A
 * quote still open at the paragraph end runs on only when ‘ opened the paragraph (news style for a
 * quote continued in the next paragraph); any other unclosed ‘ is taken for a stray mark.
 * With `openingOnly` (an article that quotes in double marks) ‘ opens only the paragraph or after
 * a colon. A quotation that opened there, a whole spoken sentence, is not closed by a ’ between a
 * letter and a lower-case word ("we’ve been waitin’ for", "the players’ union") while a ’ after
 * closing punctuation (",’ he said") comes later: speech dropping a letter is written that way,
 * and a scare quote ("‘reckless’ and"), which does close there, opens mid-sentence.
 * One left-to-right pass over the marks: linear in the paragraph's length.
 */
function singleQuoteSpans(
  text: string,
  paragraph: number,
  doubles: QuoteSpan[],
  openingOnly: boolean,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const lead = leadingSpace(text);
  let lastHardClose = -1;
  for (const m of text.matchAll(/[,.!?]’/g)) lastHardClose = (m.index ?? 0) + 1;
  // Marks come left to right and double spans are in order, so one pointer walks both.
  let d = 0;
  let openAt = -1;
  let sentenceOpen = false;
  // The ‘ follows a word, not a stop or a comma: it opens inside a clause ("the ‘odds and ends’ crew").
  let midClause = false;
  for (const m of text.matchAll(/[‘’]/g)) {
    const i = m.index ?? 0;
    while (d < doubles.length && doubles[d]!.end < i) d++;
    const double = doubles[d];
    if (double && i >= double.start - 1) continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    if (m[0] === '‘') {
      if (openAt >= 0) continue;
      const opensClause = i === lead || /:\s?$/.test(text.slice(Math.max(0, i - 2), i));
      if (openingOnly && !opensClause) continue;
      sentenceOpen = opensClause;
      midClause = /[\p{L}\p{N}]/u.test(text.slice(0, i).trimEnd().slice(-1));
      // A bracket may open the words: "‘(Physios) Tom Reid and ...", an editor's gloss.
      if (/[\p{L}\p{N}([]/u.test(after)) openAt = i + 1;
      // Two single marks typed for a double one ("added: ''Nobody ever reads ...'"), curled as ‘’ or ‘‘.
      else if (/[‘’]/.test(after) && HAS_LETTER.test(text[i + 2] ?? '')) openAt = i + 2;
      continue;
    }
    if (openAt < 0 || /\s/.test(before) || !/[\s,;:.!?)\]—–-]/u.test(after)) continue;
    const beforeWord = HAS_LETTER.test(before) && SPACE_THEN_SMALL.test(text.slice(i + 1, i + 3));
    // A quote opened mid-sentence ("the ‘odds and ends’ crew", "who called themselves ‘The Four
    // Winds’ led to a ‘string of lapses’") is a scare quote or a name: a ’ after a word closes it when
    // at most three words are open or the next single mark opens another quote. Otherwise the ’ of
    // "days’ group" is read as a plural possessive and the span runs on to the next quote's close.
    const scareClose = midClause && beforeWord && closesScareQuote(text, openAt, i);
    if (beforeWord && sentenceOpen && lastHardClose > i) continue;
    if (before === 's' && beforeWord && !closesBeforeWord(text, i + 1) && !scareClose) continue;
    // Single marks in double-quoting copy also set off headings and headlines ("WATCH: ‘Open all
    // hours’", a crosshead ‘Keep the lights on’): a quotation there is a sentence, ended inside the marks.
    // A short line wholly in single marks in double-quoting copy is a crosshead (quotes/crosshead.ts).
    const heading = openingOnly && isCrosshead(text, openAt, i);
    if (!heading && (!openingOnly || readsAsSentence(text.slice(openAt, i))))
      spans.push({ paragraph, start: openAt, end: i, open: false });
    openAt = -1;
  }
  // In double-quoting copy a ‘ left open is a quotation running on only when a spoken sentence
  // follows it, not a clipped word ("‘90s fashion is back").
  const runsOn =
    !openingOnly || (HAS_LETTER.test(text.charAt(openAt)) && readsAsSentence(text.slice(openAt)));
  if (openAt === 1 + lead && openAt < text.length && runsOn)
    spans.push({ paragraph, start: openAt, end: text.length, open: true });
  return spans;
}

/** Words a scare quote or a quoted name holds at most ("‘last stand’", "‘cash for votes’"). */
const MAX_SCARE_WORDS = 3;

/**
 * Does the ’ at `i` close a single quote opened mid-sentence at `openAt`: the quoted words are a
 * scare quote's few, or the next single mark opens another quotation (a ‘ after a space, before a
 * word): a quote in single marks holds no quote in single marks.
 */
function closesScareQuote(text: string, openAt: number, i: number): boolean {
  if (text.slice(openAt, i).split(/\s+/).filter(Boolean).length <= MAX_SCARE_WORDS) return true;
  const nextOpen = text.indexOf('‘', i + 1);
  if (nextOpen < 0) return false;
  const nextClose = text.indexOf('’', i + 1);
  return (
    (nextClose < 0 || nextOpen < nextClose) &&
    /\s/.test(text[nextOpen - 1] ?? '') &&
    HAS_LETTER.test(text[nextOpen + 1] ?? '')
  );
}

/** Ends in sentence punctuation and is not in a headline's title case: "We lost forty,", not "Open All Hours." */
function readsAsSentence(quoted: string): boolean {
  return /[.,!?]$/.test(quoted) && /(?:^|\s)\p{Ll}/u.test(quoted);
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
  const next = SPACE_THEN_SMALL_WORD.exec(text.slice(from, from + 16))?.[1];
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
 * The speaker label that opens a turn of a quoted interview transcript ("HALE: Well, look, ..."):
 * transcripts name each speaker by surname in capitals and a colon. Returns the label and the
 * length of the text it takes up, or null.
 */
export function speakerLabel(text: string): { name: string; length: number } | null {
  const m = CAPITALS_SPEAKER_LABEL.exec(text);
  if (!m?.[1] || m[1].split(' ').some((w) => NOT_SPEAKER_LABELS.has(w))) return null;
  const name = m[1].toLowerCase().replace(WORD_OPENING_SMALL, (c) => c.toUpperCase());
  return { name, length: m[0].length };
}

/** Each paragraph's quote spans, in the article's house style for single marks. */
export function quoteSpans(paragraphs: string[]): QuoteSpan[][] {
  const singles = usesSingleQuotes(paragraphs);
  return paragraphs.map((text, p) => findSpansInParagraph(text, p, singles));
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
export function findQuotations(
  paragraphs: string[],
  spansOf: readonly QuoteSpan[][] = quoteSpans(paragraphs),
): QuotePieces[] {
  const quotations: QuotePieces[] = [];
  let running: QuotePieces | null = null;
  paragraphs.forEach((text, p) => {
    const spans = spansOf[p] ?? [];
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
