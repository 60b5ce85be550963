/**
 * "The squad for Saturday's match", "planning for Thursday's meeting", "qualified for Tuesday's
 * debate", "rates for Tuesday's trade": an event named by its day right after "for" is what
 * something is prepared, picked or set for, so it lies ahead of the telling, even when the verb
 * that prepared it is past ("two wingers withdrew from the team picked for Sunday's cup tie").
 * Not when "for" gives a cause: blame, credit or thanks for a day's deed ("claimed responsibility
 * for Thursday's attack", "apologised for Monday's remarks"), nor a happening named after the day.
 */
import { HAPPENING_AFTER } from './happenings.js';

/** "For" right before the date. */
const FOR_BEFORE = /\bfor\s+$/i;

/** A word of blame, credit or penalty up to three words before "for": the day's event is a cause, done. */
const CAUSE_BEFORE_FOR =
  /\b(?:responsib\w*|blam\w*|credit\w*|apolog\w*|prais\w*|thank\w*|critici[sz]\w*|condemn\w*|arrest\w*|charged|convicted|sentenced|fined|punish\w*|rebuk\w*|forgiv\w*|sorry|regret\w*|accountable|compensat\w*|sued|suing|investigat\w*)\s+(?:[\w'’-]+\s+){0,3}for\s+$/i;

/** The text after the day's possessive ("’s", then the event), and the clause text before the day. */
export function awaitedAfterFor(before: string, afterPossessive: string): boolean {
  return FOR_BEFORE.test(before) && !CAUSE_BEFORE_FOR.test(before) && !HAPPENING_AFTER.test(afterPossessive);
}
