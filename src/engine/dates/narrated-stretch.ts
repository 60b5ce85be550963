import type { RuleContext } from './rule.js';

/**
 * A stretch counted forward ("over the next six months", "the next two weeks") in a sentence that
 * narrates the past counts from the past moment the story is telling, not from the day it was
 * published: a reporter looking ahead from today writes the future or the present ("will spend the
 * next six months", "is set to rise over the next two years"), so a sentence told wholly in the
 * past ("she said he placed calls over the next six months") puts the stretch's start back at the
 * event. Which past event starts it is seldom the last one dated (counted from that, such
 * stretches were wrong more often than right: ADR 018, anchored-rules.ts), so the stretch is found
 * but left without a value.
 */
export function toldFromPastMoment(forward: boolean, sentence: string, ctx: RuleContext): boolean {
  if (!forward || ctx.tense() !== 'past') return false;
  const own = ctx.ownTense();
  if (own !== 'past' && own !== 'neutral') return false;
  return FINITE_PAST.test(sentence) && !NOT_NARRATED.test(sentence);
}

/**
 * A verb form that is past and finite whatever stands around it. An -ed word may be a participle
 * ("a group aligned with the mayor accounts for ..."), which tells nothing of the sentence's time.
 */
const FINITE_PAST = /\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t|said|told)\b/i;

/**
 * A present, a modal or a future anywhere in the sentence: it looks at today or ahead, and a
 * stretch in it may well count from today ("the office projects deficits that will rise").
 */
const NOT_NARRATED =
  /\b(?:is|are|am|isn['’]t|aren['’]t|has|have|hasn['’]t|haven['’]t|will|won['’]t|would|wouldn['’]t|shall|may|might|can|could|must|should|going to|says|say)\b|['’](?:s|re|ve|ll)\b/i;
