/**
 * "The March on Washington", "the March of Dimes", "a March for Life rally": a march named as an
 * event or a body takes a capitalised name after "on", "of" or "for", which the month never does
 * (it is "March of 2015", "March of last year", "in March on Monday").
 */

/** "On", "of", "for" or "against", then a capitalised word that is no month or weekday. */
const MARCH_NAME_AFTER =
  /^\s+(?:on|of|for|against)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|This|Last|Next)\b)[A-Z]/;

/** A word that makes what follows a time: "in March on the hill", "since March of this year". */
const TIME_WORD_BEFORE =
  /\b(?:in|since|until|till|by|from|through|during|before|after|early|late|mid|last|next|this|that|each|every)\s*-?\s*$/i;

/** Whether "March" at this place names a march rather than the month. */
export function namesAMarch(name: string, before: string, after: string): boolean {
  return name === 'March' && MARCH_NAME_AFTER.test(after) && !TIME_WORD_BEFORE.test(before);
}
