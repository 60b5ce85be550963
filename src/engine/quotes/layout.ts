import type { Doc } from '../doc.js';
import type { QuoteSpan } from './marks.js';

/** Where each sentence sits in its paragraph, and which characters of each paragraph are quoted. */
export interface Layout {
  /** Offset of each sentence's first character in its paragraph. */
  sentenceStart: number[];
  /** Sentence indices of each paragraph, in order. */
  paragraphSentences: number[][];
  /** Per paragraph, the paragraph text with quoted words blanked out (same length), so narration can be read alone. */
  narration: string[];
}

/** `spans`: each paragraph's quote spans (`findSpansInParagraph`), found once for the layout and the quotations. */
export function layoutDoc(doc: Doc, spans: readonly QuoteSpan[][]): Layout {
  const paragraphSentences: number[][] = doc.paragraphs.map(() => []);
  const sentenceStart: number[] = [];
  const cursor: number[] = doc.paragraphs.map(() => 0);
  doc.sentences.forEach((sentence, i) => {
    const p = doc.sentenceParagraph[i] ?? 0;
    const text = doc.paragraphs[p] ?? '';
    const from = cursor[p] ?? 0;
    let at = text.indexOf(sentence, from);
    // The splitter may have normalised whitespace; fall back to the first few words.
    if (at < 0) at = text.indexOf(sentence.slice(0, 20), from);
    if (at < 0) at = from;
    sentenceStart.push(at);
    cursor[p] = at + Math.min(sentence.length, Math.max(1, text.length - at));
    paragraphSentences[p]?.push(i);
  });
  const narration = doc.paragraphs.map((text, p) => {
    const quoted = spans[p] ?? [];
    if (quoted.length === 0) return text;
    // Spans are in order and do not overlap: one pass joins narration and blanks.
    let out = '';
    let from = 0;
    for (const s of quoted) {
      out += text.slice(from, s.start) + ' '.repeat(s.end - s.start);
      from = s.end;
    }
    return out + text.slice(from);
  });
  return { sentenceStart, paragraphSentences, narration };
}

/** Index of the sentence of paragraph `p` holding character `offset`. */
export function sentenceAt(layout: Layout, p: number, offset: number): number {
  const list = layout.paragraphSentences[p] ?? [];
  let found = list[0] ?? 0;
  for (const i of list) {
    if ((layout.sentenceStart[i] ?? 0) <= offset) found = i;
    else break;
  }
  return found;
}
