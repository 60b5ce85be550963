import { monthIndexOf, ymdOf } from './calendar.js';
import type { OwnTense } from './clause.js';
import { monthOccurrence } from './occurrence.js';

/** A vote right after a date, perhaps after a word or two ("the Nov. 5 presidential election"). */
export const ELECTION_AFTER =
  /^\s+(?:[A-Za-z.-]+\s+){0,2}(?:elections?|primary|primaries|polls|vote|ballot|caucus(?:es)?|referendum|runoff|election date)\b/;

/** A vote right before its day: "council elections on November 21", "the county's primary Aug. 27". */
export const ELECTION_BEFORE =
  /\b(?:elections?|primary|primaries|polls|vote|ballot|caucus(?:es)?|referendum|runoff)\s+(?:on\s+|in\s+)?$/;

/**
 * Words of a contest still to be decided: voting, winning, candidates and campaigns. A sentence
 * about them that names a bare month ("rivals hope to unseat her in November") is about a vote.
 */
export const VOTE_TALK =
  /\b(?:elect\w*|vot(?:e|es|ers?|ing)|ballots?|polls?|nominee|nomination|ticket|wins?|winning|beat|defeat|campaign\w*|caucus\w*|primar(?:y|ies))\b/i;

/**
 * The outcome of a vote told by a verb that is not past, right before "in" and the month: "must
 * win in November", "a case for electing a new council in November", "competitive in
 * November". A vote's outcome is told this way only while it is still to come (one decided is
 * told "won in November"), so the month is the coming one even when the clause is told in the
 * past ("the mayor said in March that her party must win in November"). Nouns of outcome ("a defeat in
 * June", "a victory in May") are left out: they name a result already had as often as one hoped for.
 */
const OUTCOME_BEFORE_MONTH =
  /\b(?:win|winning|lose|losing|beat|beating|carry|carrying|elect|electing|competitive)\b[^,.;:!?]{0,30}\s(?:in|by)\s+$/i;

/**
 * How far ahead the coming month may lie. A month eleven months ahead is the one just ended
 * ("the club's February accounts", written in March), however the sentence is told.
 */
const MOST_MONTHS_AHEAD = 10;

/**
 * A bare month in a sentence about a vote, told in a clause of its own that is not past (a modal,
 * an infinitive, the present or the future: "their nominee must carry Orlen in November", "they are
 * trying to unseat him in November", written in January), names the coming vote even when the month
 * last passed is nearer. News names a vote still ahead by its month; one behind it tells in the
 * past ("she won in November"). A clause with no tense of its own is left alone: it is as often
 * a poll or a report dated by its month ("her rating is 41 percent, against 38 in January").
 */
export function comingVoteMonth(
  month: number,
  published: number,
  own: OwnTense,
  sentence: string,
  before = '',
): boolean {
  if (own !== 'modal' && own !== 'future' && own !== 'present' && !OUTCOME_BEFORE_MONTH.test(before))
    return false;
  const { year, month: now } = ymdOf(published);
  const ahead = monthOccurrence(month, published, 'future') - monthIndexOf(year, now);
  return ahead >= 1 && ahead <= MOST_MONTHS_AHEAD && VOTE_TALK.test(sentence);
}
