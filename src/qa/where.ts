import { lookupPlace, US_STATES } from '../engine/lexicon/places.js';
import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { namesOf } from './facts.js';
import { lemma, rootMatch } from './lexicon.js';
import { type FocusTerm, eventRoots } from './question.js';
import { startsWithCalendarWord, words } from './text.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "Where did the talks stall?" in "the talks in Lisbon stalled": news writing ties a place to an
 * event by a preposition right after the event's word ("the war in Norland", "a rally at Quay
 * Park", "the march to Harbour Square"). So the place written right after one of the question's
 * own (non-name) words, in the sentence that best covers the question, is where it happened. Only
 * a place the article or the gazetteer knows as a place counts: "the talks in March", "a deal
 * with Tarn Boats" are not places.
 * The run is read without the sentence's closing full stop when only that form is known (session
 * 20): the run admits "." for abbreviations ("N.H."), so "a rally in Vellport." missed the lookup.
 * On PolNeAR train text every such firing was a place and the sentence's stop (90 of 90 in
 * articles 0-599, 39 of 39 in 600-839). A place the question itself names ("where in Vellmark
 * ...?") is passed over: the question asks for a place inside it.
 */
export function placeBesideFocus(
  parsed: ParsedArticle,
  focus: readonly FocusTerm[],
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  const roots = eventRoots(focus);
  if (roots.size === 0) return null;
  const places = new Set(parsed.places.flatMap((p) => namesOf(p)));
  // "Where in Vellmark ...?" asks for a place inside the one it names: that one is no answer.
  const asked = new Set(focus.filter((f) => f.name).map((f) => f.lemma));
  const ownName = (run: string) => words(run.replace(/^the\s+/, '')).every((w) => asked.has(lemma(w)));
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(WORD_THEN_PLACE)) {
      const [, word, written] = m;
      // The event's word or its synonym ("the trip to <city>" for "where did she travel?").
      if (!word || !written || rootMatch(lemma(word), roots) === 0 || ownName(written)) continue;
      // "the meeting in Vellport." at the sentence's end: its closing full stop is no part of the
      // place, though an abbreviation's is ("in the U.S.", "in Vellport, N.H."): as written first.
      const closes = CLOSING.test(sentence.slice((m.index ?? 0) + m[0].length));
      const forms = closes && written.endsWith('.') ? [written, written.slice(0, -1)] : [written];
      for (const run of forms) {
        const bare = run.replace(/^the\s+/, '');
        if (places.has(bare) || lookupPlace(bare))
          return { text: run, sentence: r.index, coverage: r.coverage };
      }
    }
  }
  return null;
}

/** Nothing but closing quotation marks or brackets after a run: it ends the sentence. */
const CLOSING = /^[”"’')\]]*\s*$/u;

/** A word, then "in", "at" or "to", then a capitalised run (with "the" before it, when written). */
const WORD_THEN_PLACE =
  /\b(\p{L}+)\s+(?:in|at|to)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/gu;

/**
 * "Where was the suit filed?" in "filed in Vellport, Ore., on Monday": US news names a town with
 * its state after a comma, and the pair is the place ("Vellport" alone may be any of several).
 * A place answer the evidence continues with ", <state>" takes it, unless a list goes on
 * (", <Name>", "and", "or"): of 50 sampled "<Name>, <state>" on PolNeAR train, 49 were a town and
 * its state, the miss a list with a serial comma, which the "and" check now leaves out.
 */
export function withState(answer: string, evidence: string): string {
  if (!/\p{Lu}[\p{L}.'’-]*$/u.test(answer)) return answer;
  for (let at = evidence.indexOf(answer); at >= 0; at = evidence.indexOf(answer, at + 1)) {
    const tail = STATE_TAIL.exec(evidence.slice(at + answer.length));
    if (tail?.[1]) return answer + tail[1];
  }
  return answer;
}

/**
 * ", <state>" closing the place: then punctuation, a lowercase word or the end, but no list going
 * on; or "-based", which makes the town and state one modifier ("a Vellport, Ore.-based firm": 4
 * of 4 such on PolNeAR train are a town and its state).
 */
const STATE_TAIL = new RegExp(
  `^(,\\s+(?:${US_STATES}))(?:(?=-based\\b)|(?![\\p{L}])(?!,?\\s+(?:and|or)\\b)(?!,\\s+\\p{Lu})(?=[,.;:)”"]?\\s*(?:$|\\p{Ll}|[,;:)”"])))`,
  'u',
);

/**
 * "Where did she launch her bid?" in "... at the Orrin Corn Exchange in Vellport": news writing
 * sets the venue before its town, "at <venue> in <town>", and the venue is the most specific place
 * the event is tied to. A town answer written so takes its venue ("the Orrin Corn Exchange in
 * Vellport"); a venue that names a person ("jabs at <person> in <town>") is none. Of the 39
 * "at <Name> in <Name>" on PolNeAR train 0-499, 38 are a venue or institution and its town (the
 * other a month after "in", never a place answer).
 */
export function withVenue(answer: string, evidence: string, isPerson: (name: string) => boolean): string {
  if (!/^\p{Lu}/u.test(answer)) return answer;
  for (let at = evidence.indexOf(answer); at >= 0; at = evidence.indexOf(answer, at + 1)) {
    const venue = VENUE_BEFORE.exec(evidence.slice(Math.max(0, at - 120), at))?.[1];
    if (venue && !isPerson(venue)) return `${venue} in ${answer}`;
    // The venue itself picked: its town follows.
    const town = /\bat\s+$/.test(evidence.slice(Math.max(0, at - 4), at))
      ? TOWN_AFTER.exec(evidence.slice(at + answer.length))
      : null;
    if (town?.[1] && !startsWithCalendarWord(town[1]) && !isPerson(answer)) {
      // A sentence's closing full stop is no part of the town (an abbreviation's inner ones are).
      const closes = evidence.slice(at + answer.length + town[0].length).trim() === '';
      return `${answer} in ${closes ? town[1].replace(/\.$/, '') : town[1]}`;
    }
  }
  return answer;
}

/** " in <capitalised run>" right after a venue: its town. */
const TOWN_AFTER = /^\s+in\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u;

/** "at <capitalised run> in " just before the town: the run is the venue. */
const VENUE_BEFORE =
  /\bat\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:(?:of|for|the)\s+)*\p{Lu}[\p{L}\p{N}.'’&-]*)*)\s+in\s+$/u;
