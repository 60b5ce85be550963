/**
 * A month naming a futures contract or a delivery ("March cocoa futures", "the November
 * contract", "for June loading", "a second May cargo", "July positions"): markets trade and ship
 * for months to come, so the month is the coming one (the current month included), never the one
 * past, however the sentence around it is told ("closed lower", "was bought last week").
 */

/** The contract or delivery noun after the month, perhaps after an exchange or commodity name. */
const CONTRACT_AFTER =
  /^\s+(?:[A-Z][\w.&-]*\s+){0,2}(?:[a-z-]+\s+)?(?:futures?|contracts?|deliver(?:y|ies)|positions?|cargo(?:es)?|shipments?|loadings?|options?|crude|arrivals?|lifting|tender)\b/;

/** Whether the text right after a bare month names what is traded or shipped for that month. */
export function namesContractMonth(after: string): boolean {
  return CONTRACT_AFTER.test(after);
}
