import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { dateBeforeEventNoun } from './event-date.js';
import type { FocusTerm } from './question.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "When was the harbour fire?" where the article writes "since the March 4 fire" in a sentence that
 * does not repeat the harbour's name: a news story names its event once in full and afterwards by
 * its date and noun alone ("the March 4 fire"), so the date-before-noun reading (event-date.ts) holds
 * even where the sentence is short of the coverage bar. Only a calendar date counts (a figure in
 * it: "the Dec. 2 fire", "the 2019 fire"; "Tuesday's primary" may be any week's), and only when
 * every such date the article sets before that noun is the same one: two ("the March 4 fire", "the
 * May 9 fire") mean two events, and which one is asked is open.
 */
export function soleEventDate(
  parsed: ParsedArticle,
  focus: readonly FocusTerm[],
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  let found: ReadAnswer | null = null;
  for (const r of ranked) {
    const here = dateBeforeEventNoun(parsed, focus, [r]);
    if (!here || !/\d/.test(here.text)) continue;
    if (found && found.text !== here.text) return null;
    found ??= here;
  }
  return found;
}

/**
 * "this month", "earlier this year", "recently": a date answer without a figure or a day's name
 * places the event only relative to the report, which a calendar date written before the event's
 * noun says more exactly.
 */
export function isVagueDate(answer: string | null): boolean {
  return answer !== null && !/\d/.test(answer) && !DAY_OR_MONTH.test(answer);
}

const DAY_OR_MONTH =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\p{L}])/u;

/**
 * The sole event date where the scorer found no date (`answered` null) or only a vague one, and
 * then only a date that says more than it: a day or a month ("this month" does not give way to
 * "the 2008 primary", which may be another year's).
 */
export function eventDateOverReply(
  parsed: ParsedArticle,
  focus: readonly FocusTerm[],
  ranked: readonly ScoredSentence[],
  answered: string | null,
): ReadAnswer | null {
  const vague = answered !== null && isVagueDate(answered);
  if (answered !== null && !vague) return null;
  const sole = soleEventDate(parsed, focus, ranked);
  if (!sole) return null;
  return vague && isVagueDate(sole.text.replace(/\b\d{4}\b/g, '')) ? null : sole;
}
