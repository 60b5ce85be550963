import type { Quote } from '../src/engine/schema.js';
import { countLetteredWords } from '../src/engine/text/tokens.js';
import { type GoldArticle, type GoldQuote, MIN_QUOTATION_WORDS } from './quotes-data.js';
import { holdsName, isPronoun, matchesMention, sameSpeaker } from './quotes-names.js';

export interface PredictedSpan {
  start: number;
  end: number;
  speaker: string | null;
}

const PROBE = 40;

/**
 * The cleaner rewrites quote marks, apostrophes, dashes and spacing, so the engine's quote text
 * differs from the raw text in those characters. Searching happens in a folded copy of both, with
 * a map from folded offsets back to raw offsets. Whitespace and double quote marks are dropped and
 * runs of dots or dashes count as one.
 */
export function fold(text: string): { folded: string; raw: number[] } {
  let folded = '';
  const raw: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/\s/.test(c)) continue;
    if ('‘’`´'.includes(c)) c = "'";
    // Double marks are dropped: a quote run across paragraphs is joined without the marks that reopen it.
    else if ('"“”„«»'.includes(c)) continue;
    else if ('–—‐'.includes(c)) c = '-';
    else if (c === '…') c = '.';
    // The cleaner writes '…' as '...' and '--' or '---' as a spaced dash: runs fold to one mark.
    if ((c === '.' || c === '-') && folded.endsWith(c)) continue;
    folded += c;
    raw.push(i);
  }
  return { folded, raw };
}

/** Finds each predicted quote in the raw text by its opening and closing words (quotes run in order). */
export function locateQuotes(text: string, quotes: Quote[]): PredictedSpan[] {
  const spans: PredictedSpan[] = [];
  const { folded, raw } = fold(text);
  let cursor = 0;
  for (const q of quotes) {
    if (countLetteredWords(q.text) < MIN_QUOTATION_WORDS) continue;
    const quote = fold(q.text).folded;
    const head = quote.slice(0, PROBE);
    let start = folded.indexOf(head, cursor);
    if (start < 0) start = folded.indexOf(head);
    if (start < 0) continue;
    const tail = quote.slice(-PROBE);
    const tailAt = folded.indexOf(tail, start);
    const end = tailAt >= 0 ? tailAt + tail.length : start + head.length;
    spans.push({ start: raw[start] ?? 0, end: (raw[end - 1] ?? 0) + 1, speaker: q.speaker });
    cursor = start + 1;
  }
  return spans;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Speaker totals for one attributor (Herald or the baseline). PolNeAR's gold is the surface
 * mention: a pronoun there has no name to compare, so it only counts as resolved or not, and a
 * mention with no name in it ("the mayor") is not scored.
 */
class SpeakerTally {
  scored = 0;
  right = 0;
  pronounGold = 0;
  pronounResolved = 0;

  constructor(private readonly goldIsSurface: boolean) {}

  add(g: GoldQuote, speaker: string | null): void {
    if (this.goldIsSurface && isPronoun(g.speaker)) {
      this.pronounGold++;
      if (speaker) this.pronounResolved++;
      return;
    }
    if ((this.goldIsSurface && !holdsName(g.speaker)) || !g.speaker) return;
    this.scored++;
    if (
      speaker &&
      (this.goldIsSurface ? matchesMention(speaker, g.speaker) : sameSpeaker(speaker, g.speaker))
    )
      this.right++;
  }
}

/** Running totals for one corpus. */
export class QuoteTally {
  gold = 0;
  goldFound = 0;
  mixed = 0;
  mixedFound = 0;
  predicted = 0;
  predictedRight = 0;
  /** Predictions overlapping a quote the data set marks direct: issue 11's quote precision. */
  predictedDirect = 0;
  /** Herald's speakers, over gold quotes whose span it found. */
  readonly speaker: SpeakerTally;
  /** The nearest "said X" baseline, over every gold quote. */
  readonly baseline: SpeakerTally;

  constructor(goldIsSurface: boolean) {
    this.speaker = new SpeakerTally(goldIsSurface);
    this.baseline = new SpeakerTally(goldIsSurface);
  }

  add(article: GoldArticle, predicted: PredictedSpan[]): void {
    const direct = article.quotes.filter((q) => q.direct);
    const mixed = article.quotes.filter((q) => q.mixed);
    this.mixed += mixed.length;
    this.mixedFound += mixed.filter((g) => predicted.some((p) => overlap(p, g) > 0)).length;
    this.gold += direct.length;
    this.predicted += predicted.length;
    // Precision counts a prediction right when it overlaps any gold quote: indirect gold spans often
    // hold short quoted phrases that are still quotations.
    this.predictedRight += predicted.filter((p) => article.quotes.some((g) => overlap(p, g) > 0)).length;
    this.predictedDirect += predicted.filter((p) =>
      article.quotes.some((g) => g.marked && overlap(p, g) > 0),
    ).length;
    for (const g of direct) {
      const best = predicted.reduce<PredictedSpan | null>(
        (acc, p) => (overlap(p, g) > (acc ? overlap(acc, g) : 0) ? p : acc),
        null,
      );
      this.baseline.add(g, nearestSaidX(article.text, g));
      if (!best) continue;
      this.goldFound++;
      this.speaker.add(g, best.speaker);
    }
  }
}

const NAME = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)`;
const SAID_X = new RegExp(String.raw`\b(?:said|says)\s+${NAME}`, 'gu');
const X_SAID = new RegExp(String.raw`${NAME}\s+(?:said|says)\b`, 'gu');
const NOT_NAMES = new Set([
  'The',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'In',
  'On',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

/**
 * The "nearest said-X" baseline: the capitalised name next to "said"/"says" closest to the quote,
 * within the sentence holding the quote and the sentence after it.
 */
function nearestSaidX(text: string, g: { start: number; end: number }): string | null {
  const sentenceStart = Math.max(0, text.lastIndexOf('\n', g.start), lastSentenceEnd(text.slice(0, g.start)));
  const windowEnd = nextSentenceEnd(text, nextSentenceEnd(text, g.end) + 1);
  const window = text.slice(sentenceStart, windowEnd);
  let best: { name: string; distance: number } | null = null;
  for (const re of [SAID_X, X_SAID]) {
    for (const m of window.matchAll(re)) {
      const name = m[1]!
        .split(/\s+/)
        .filter((w) => !NOT_NAMES.has(w))
        .join(' ');
      if (!name) continue;
      const at = sentenceStart + (m.index ?? 0);
      const distance = at >= g.end ? at - g.end : at < g.start ? g.start - at : 0;
      if (!best || distance < best.distance) best = { name, distance };
    }
  }
  return best?.name ?? null;
}

function lastSentenceEnd(text: string): number {
  const m = /[.!?]["”’]?\s+[^.!?]*$/.exec(text);
  return m ? m.index + 1 : 0;
}

function nextSentenceEnd(text: string, from: number): number {
  const re = /[.!?]["”’]?(?=\s)|\n/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length : text.length;
}
