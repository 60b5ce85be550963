import { parseIsoDay } from './dates/calendar.js';
import { clausesOf } from './dates/clause.js';
import { eventFor } from './dates/event.js';
import { type DateSpan, scanSentence } from './dates/scan.js';
import type { Doc } from './doc.js';
import type { DateMention } from './schema.js';

/** A date mention plus where its expression starts in its sentence (for scoring against offsets). */
export interface LocatedDateMention extends DateMention {
  start: number;
}

function mention(sentence: string, index: number, span: DateSpan, caption: boolean): LocatedDateMention {
  return {
    text: span.text,
    value: span.value,
    granularity: span.granularity,
    sentence: index,
    event: eventFor(sentence, clausesOf(sentence), span),
    caption,
    start: span.start,
  };
}

/**
 * Every temporal expression in the article body, resolved against the publication day, then
 * those found only in photo captions (flagged, attached to the first sentence: a caption has no
 * place in the sentence order).
 */
export function extractLocatedDates(doc: Doc): LocatedDateMention[] {
  const published = parseIsoDay(doc.published);
  const found: LocatedDateMention[] = [];
  doc.sentences.forEach((sentence, i) => {
    for (const span of scanSentence(sentence, published)) found.push(mention(sentence, i, span, false));
  });
  const seen = new Set(found.map((d) => `${d.text}|${d.value}`));
  for (const caption of doc.captions) {
    for (const span of scanSentence(caption.text, published)) {
      const key = `${span.text}|${span.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(mention(caption.text, 0, span, true));
    }
  }
  return found;
}

export function extractDates(doc: Doc): DateMention[] {
  return extractLocatedDates(doc).map(({ start: _start, ...rest }) => rest);
}
