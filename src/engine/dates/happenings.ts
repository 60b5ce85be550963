/** Things told only once they have happened (attacks, disasters, disturbances, polls taken): dated as past. */

/**
 * A happening no one names by its day before it comes, right after a date, perhaps after a word or
 * two ("the Sept. 2 blast", "the June 3 harbour fire", "the April 9 quay incident"): an attack, a
 * disaster or a disturbance is dated only once it has happened. A closed class of unplanned events.
 */
export const HAPPENING_AFTER =
  /^\s+(?:[A-Za-z.-]+\s+){0,2}(?:(?:terror(?:ist)?\s+)?attacks?|bombings?|shootings?|massacres?|killings?|murders?|assassinations?|riots?|crash(?:es)?|explosions?|blasts?|ambush(?:es)?|raids?|incidents?|uprising|coup|earthquake|quake|floods?|fire|storm|hurricane|tornado|derailment|collapse)\b/;

/**
 * A happening right before its month ("the harbour fire in June", "the riots in Orlen
 * in November"): an attack, disaster or disturbance is told once it has happened, so its month is
 * the last such month, however the sentence around it is told.
 */
export const HAPPENING_BEFORE_MONTH =
  /\b(?:(?:terror(?:ist)?\s+)?attacks?|bombings?|shootings?|massacres?|killings?|murders?|assassinations?|riots?|crash(?:es)?|explosions?|blasts?|ambush(?:es)?|raids?|uprising|coup|earthquake|quake|floods?|fire|storm|hurricane|tornado|derailment|collapse)\s+(?:(?:in|at|near|on)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?(?:in|during|last)\s+$/;

/**
 * A poll or survey right before its month ("the Courier's survey in March finds ...", "polls
 * conducted in May"): a poll is reported once it has been taken, so its month is the last such month,
 * however the sentence reporting it is told. Not "at the polls" (the vote).
 */
export const POLL_BEFORE_MONTH =
  /\b(?:poll|survey|surveys|polling|polls\s+(?:conducted|taken|released|published))\s+(?:(?:conducted|taken|released|published|carried out)\s+)?(?:in|during|last)\s+$/i;
