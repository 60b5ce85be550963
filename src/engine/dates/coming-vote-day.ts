import type { OwnTense } from './clause.js';
import { ELECTION_BEFORE } from './election.js';

/**
 * A weekday that dates a vote, in a clause of its own that is not past, is the coming one: "her
 * seat is at stake in the county primary on Tuesday", "we can still win on Tuesday", "if the vote
 * on Tuesday is close", "a real shot to win the state on Tuesday". A vote is told in the present, a
 * modal or an infinitive only while it is still ahead; one decided is told in the past ("won the
 * primary Tuesday", "held caucuses Tuesday"), so the past tense of the sentence around (a "said"
 * after the quotation) is the telling's, not the vote's.
 */

/** Winning or losing right before the day, in the verb's plain form: "to win it on", "can carry the state". */
const OUTCOME_BEFORE_DAY = /\b(?:win|lose|beat|carry)\b[^,.;:!?"“”]{0,30}\s(?:on\s+)?$/i;

/** "Tuesday's primary", "Saturday’s state caucuses": the vote named by its day, after it. */
const VOTE_AFTER_POSSESSIVE_DAY =
  /^['’]s\s+(?:[A-Za-z.-]+\s+){0,2}(?:elections?|primary|primaries|vote|ballot|caucus(?:es)?|referendum|runoff)\b/;

/**
 * A noun of outcome before the day ("the win on Tuesday", "her victory in Tuesday's vote") names a
 * result already had as often as one hoped for (as for months, election.ts): no cue either way.
 */
const OUTCOME_NOUN_BEFORE_DAY =
  /\b(?:the|a|an|his|her|its|their|our|whose)\s+(?:[a-z-]+\s+)?(?:win|victory|loss|defeat|showing)\b[^,.;:!?"“”]{0,30}$/i;

/** Whether a bare weekday between `before` and `after`, in a clause of tense `own`, dates a coming vote. */
export function datesAComingVote(before: string, after: string, own: OwnTense): boolean {
  if (own !== 'present' && own !== 'modal' && own !== 'future') return false;
  if (OUTCOME_NOUN_BEFORE_DAY.test(before)) return false;
  return (
    ELECTION_BEFORE.test(before) || OUTCOME_BEFORE_DAY.test(before) || VOTE_AFTER_POSSESSIVE_DAY.test(after)
  );
}
