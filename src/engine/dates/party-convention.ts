/**
 * "The Republican convention in July", "until her party's July convention", "the Velmoran
 * Party's convention in Port Alden in July": a party's nominating convention is a scheduled
 * event named ahead of it, and one already held is named with its year or as the last one. Its
 * month, fewer than six months ahead, is the coming one however the clause around it is told
 * (a plot to unseat the leader at the party convention in July, told in April, was read as last July).
 */

/**
 * A party's convention right before its month, perhaps with its city between ("in Philadelphia
 * in July"): the party word (a party's name, "national", "nominating") then up to two words.
 */
const PARTY_CONVENTION_BEFORE_MONTH =
  /\b(?:[Pp]arty['’]s|[Pp]arties['’]|[Pp]arty|[Nn]ational|[Nn]ominating|Republican|Democratic|GOP)\s+(?:[\w.’'-]+\s+){0,2}?[Cc]onventions?\s+(?:(?:in|at)\s+(?:[A-Z][\w.’'-]*,?\s+){1,3})?(?:in|during|until|through|before|after|by)\s+$/;

/** How far back from the month the convention may be named (its party word, city and all). */
const REACH = 90;

/** Whether a party's convention is named right before the month starting at `at` in `text`. */
export function partyConventionBefore(text: string, at: number): boolean {
  return PARTY_CONVENTION_BEFORE_MONTH.test(text.slice(Math.max(0, at - REACH), at));
}
