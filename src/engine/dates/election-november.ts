/**
 * "Turnout in the primaries says little about a win in November", "she is marching toward November
 * with a weak opponent", written in March of an election year: the November of the coming general
 * election, not the one just past. A calendar fact of U.S. politics: federal general elections are
 * held in November of even-numbered years, and through the campaign news names that vote by its
 * month alone ("the party's chances in November", "the seats up in November"). In the first months
 * of the election year the November just past is the nearer, so a clause with no tense of its own
 * (no cue: "needs", "lead", "there's") was read as last November; election.ts's vote-month rule
 * only trusts a clause that has a present, modal or future cue, as for any other month.
 *
 * Here: a bare "November" in an article published from January to October of an even year, in a
 * sentence about a vote or a contest, in a clause neither told in the past nor borrowing a past
 * from its neighbours, and not after "from" or "since" (a figure's change "from November", a span
 * since then). A past clause keeps the past ("the union endorsed her in November", "his talks,
 * all in November, included one in Ohio").
 *
 * Counted over all training text (PolNeAR train 0-840 and eng.train, `eval/date-readings.ts
 * --brief` diffed before and after, every changed reading read): see ADR 018, session 21.
 */
import { monthIndexOf, ymdOf } from './calendar.js';
import type { OwnTense, Tense } from './clause.js';
import { VOTE_TALK } from './election.js';
import { monthOccurrence } from './occurrence.js';

const NOVEMBER = 11;

/** How far ahead the election's November may lie: from January of the election year. */
const MOST_MONTHS_AHEAD = 10;

/** Words of a contest beside election.ts's vote talk: its outcome and its sides. */
const CONTEST_TALK = /\b(?:victor(?:y|ies)|opponents?)\b/i;

/** "From November", "since November": counted from a past point. */
const COUNTED_FROM_BEFORE = /\b(?:from|since)\s+(?:(?:early|late|mid)[-\s]+)?$/i;

/**
 * Whether a bare month in `sentence` (its clause's own tense `own`, the tense around it `around`,
 * `before` the text just before it) is the coming election's November.
 */
export function electionNovember(
  month: number,
  published: number,
  own: OwnTense,
  around: Tense,
  sentence: string,
  before: string,
): boolean {
  if (month !== NOVEMBER || own === 'past' || around === 'past' || COUNTED_FROM_BEFORE.test(before))
    return false;
  const { year, month: now } = ymdOf(published);
  const coming = monthOccurrence(NOVEMBER, published, 'future');
  const ahead = coming - monthIndexOf(year, now);
  const comingYear = Math.floor(coming / 12);
  return (
    ahead >= 1 &&
    ahead <= MOST_MONTHS_AHEAD &&
    comingYear % 2 === 0 &&
    (VOTE_TALK.test(sentence) || CONTEST_TALK.test(sentence))
  );
}
