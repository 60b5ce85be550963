/** Unplanned events (attacks, disasters, disturbances): named by their date only once they have happened. */

/**
 * A happening no one names by its day before it comes, right after a date, perhaps after a word or
 * two ("the Sept. 2 blast", "the June 3 harbour fire", "the April 9 quay incident"): an attack, a
 * disaster or a disturbance is dated only once it has happened. A closed class of unplanned events.
 */
export const HAPPENING_AFTER =
  /^\s+(?:[A-Za-z.-]+\s+){0,2}(?:(?:terror(?:ist)?\s+)?attacks?|bombings?|shootings?|massacres?|killings?|murders?|assassinations?|riots?|crash(?:es)?|explosions?|blasts?|ambush(?:es)?|raids?|incidents?|uprising|coup|earthquake|quake|floods?|fire|storm|hurricane|tornado|derailment|collapse)\b/;

/**
 * A happening right before its month ("the harbour fire in June", "attacks in Paris in
 * November"): an attack, disaster or disturbance is told once it has happened, so its month is
 * the last such month, however the sentence around it is told.
 */
export const HAPPENING_BEFORE_MONTH =
  /\b(?:(?:terror(?:ist)?\s+)?attacks?|bombings?|shootings?|massacres?|killings?|murders?|assassinations?|riots?|crash(?:es)?|explosions?|blasts?|ambush(?:es)?|raids?|uprising|coup|earthquake|quake|floods?|fire|storm|hurricane|tornado|derailment|collapse)\s+(?:(?:in|at|near|on)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?(?:in|during|last)\s+$/;
