import { AnchorTrail, anchorOf, isToldWeek, withinQuote } from './dates/anchor.js';
import { parseIsoDay } from './dates/calendar.js';
import { clausesOf } from './dates/clause.js';
import { eventFor } from './dates/event.js';
import { PastPassage, settingOf } from './dates/passage.js';
import { GivenDays } from './dates/repeated-day.js';
import { type DateSpan, type SplitClauses, scanSentence } from './dates/scan.js';
import type { Doc } from './doc.js';
import type { DateMention } from './schema.js';

/** A date mention plus where its expression starts in its sentence (for scoring against offsets). */
export interface LocatedDateMention extends DateMention {
  start: number;
}

/**
 * The mentions of one sentence or caption; its clauses are split once, for all its expressions
 * (or were already, by the scan: `split`).
 */
function mentionsIn(
  text: string,
  index: number,
  spans: DateSpan[],
  caption: boolean,
  split: SplitClauses,
): LocatedDateMention[] {
  if (spans.length === 0) return [];
  const clauses = split.clauses ?? clausesOf(text);
  return spans.map((span) => ({
    text: span.text,
    value: span.value,
    granularity: span.granularity,
    sentence: index,
    event: eventFor(text, clauses, span),
    caption,
    start: span.start,
  }));
}

/**
 * Every temporal expression in the article body, resolved against the publication day, then
 * those found only in photo captions (flagged, attached to the first sentence: a caption has no
 * place in the sentence order).
 */
export function extractLocatedDates(doc: Doc): LocatedDateMention[] {
  const published = parseIsoDay(doc.published);
  const found: LocatedDateMention[] = [];
  // The events dated so far, in reading order, for "the following day" and its kind.
  const trail = new AnchorTrail();
  const split: SplitClauses = { clauses: null };
  // The past year the paragraph is told in, once a sentence has set one ("In 2009, ...").
  const passage = new PastPassage();
  // Full dates given so far, for the same day written again without its year.
  const given = new GivenDays();
  doc.sentences.forEach((sentence, i) => {
    const carried = passage.before(sentence, doc.sentenceParagraph[i] ?? i);
    let spans = scanSentence(sentence, published, trail, split, carried);
    // A sentence that sets a past year is read under it from its head on: scanned again (rare).
    const setting = settingOf(sentence, spans, published);
    if (setting !== null && setting !== carried && spans.length > 1)
      spans = scanSentence(sentence, published, trail, split, setting);
    passage.after(sentence, setting);
    given.reread(sentence, spans, published);
    for (const span of spans) {
      const anchor = anchorOf(span.rule, span.value);
      if (anchor && !(span.rule === 'day-word' && withinQuote(sentence, span.start))) trail.add(anchor);
      else if (isToldWeek(span.rule, span.value)) trail.addWeek();
    }
    found.push(...mentionsIn(sentence, i, spans, false, split));
  });
  const seen = new Set(found.map((d) => `${d.text}|${d.value}`));
  for (const caption of doc.captions) {
    const fresh = scanSentence(caption.text, published, undefined, split).filter((span) => {
      const key = `${span.text}|${span.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    found.push(...mentionsIn(caption.text, 0, fresh, true, split));
  }
  return found;
}

export function extractDates(doc: Doc): DateMention[] {
  return extractLocatedDates(doc).map(({ start: _start, ...rest }) => rest);
}
