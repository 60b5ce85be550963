/**
 * "In October, the senator proposed a tax", "On Sept. 20, the board voted to close the pier",
 * written in early September: a date set at the head of its sentence, before the subject, dates
 * the verb of the main clause that follows it. When that clause is told in the past, the date
 * lies behind publication however near its next occurrence is. The near-ahead exceptions for a
 * yearless month or day ("agreed to join in March", "the vote was set for Oct. 2": a past verb
 * that does not take the date itself) do not apply, as nothing stands between the date and the
 * verb it dates. Over all training text (PolNeAR train, eng.train) a yearless month, month-day
 * or named day at the head of a sentence told in the past lay behind publication 86 times of 86;
 * 1 reading changed (a fronted month just ahead, read as the coming one before), right (ADR 018,
 * session 19).
 */

/**
 * Only a preposition (and "early", "late", "mid") before the date at the head of the sentence,
 * perhaps after a linking word ("But in October, ...", "Then on Sept. 20 ...").
 */
const FRONTED_BEFORE =
  /^\s*[“"‘']?(?:(?:But|And|Then|So|Yet|Later|Earlier|Back)\s*,?\s+)?(?:in|on|during|by|early|late|mid)(?:[\s-]+(?:early|late|mid))?[\s-]+(?:the\s+)?$/i;

/** Whether the date after `before` opens its sentence as an adjunct of the clause that follows. */
export function frontsItsSentence(before: string): boolean {
  return FRONTED_BEFORE.test(before);
}
