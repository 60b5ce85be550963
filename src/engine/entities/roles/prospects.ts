/**
 * Words that say a role is expected rather than held, before the nouns of a contest's outcome:
 * "likely Democratic nominee X", "presumed nominee X", "eventual race winner X". "likely" is as
 * often an adverb ("will likely face Sen. X"), so these are read only when the role's head is one
 * of those outcome nouns. Counted on CoNLL eng.train and PolNeAR train: the walk now takes
 * "likely" 3 times, "presumed" 2, "eventual" 1, all right ("eventual race winner" stays short:
 * the walk stops at "race" first).
 */

const PROSPECT_WORDS = new Set(['likely', 'presumed', 'eventual']);
const OUTCOME_HEADS = new Set(['nominee', 'winner']);

/** Does `word` (lower case) qualify a role whose head noun is `head` (lower case) as a prospect? */
export function isProspectOf(word: string, head: string): boolean {
  return PROSPECT_WORDS.has(word) && OUTCOME_HEADS.has(head);
}
