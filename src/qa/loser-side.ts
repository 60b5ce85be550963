/**
 * "Who won the primary?" in "Ada Brook took the primary, defeating Ivo Tarn": the name written
 * right after a word of defeat ("defeating", "beat", "edged out", "a win over") is the side that
 * lost or trails, never the one that won. News writing puts the winner before the verb and the
 * beaten after it; only the passive ("defeated by <X>") turns that round, and a "by" in between
 * is kept out of the cue. On PolNeAR train (outside the blind ranges) 124 such cues are followed
 * by a phrase; none of those phrases names the winner (ADR 015, session 14).
 */

/** A question asking who did the winning: the wh-word right before a verb of winning. */
const ASKS_WINNER =
  /^\s*(?:who|which(?:\s+[\p{L}-]+){1,2})\s+(?:won|wins|beat|beats|defeated|defeats|edged|topped|unseated|ousted)\b/iu;

/** The text before a phrase ends on a word of defeat and at most three words after it (not "by"). */
const AFTER_DEFEAT =
  /\b(?:defeat(?:ing|ed|s)?|beat(?:ing|s)?|edg(?:ing|ed)|unseat(?:ing|ed)|oust(?:ing|ed)|(?:victory|win|lead|edge|triumph)\s+over)\s+(?:(?!by\b)[\p{L}.’'-]+\s+){0,3}$/iu;

export function asksWinner(question: string): boolean {
  return ASKS_WINNER.test(question);
}

/** A phrase that itself opens on the word of defeat ("defeating veteran mayor <B>"): its name is the beaten. */
const OPENS_ON_DEFEAT =
  /^(?:defeat(?:ing|ed|s)?|beat(?:ing|s)?|edg(?:ing|ed)|unseat(?:ing|ed)|oust(?:ing|ed))\s+(?!by\b)/iu;

/** The phrase starting at `start` in `sentence` stands on the beaten side of a word of defeat. */
export function onLosingSide(sentence: string, start: number): boolean {
  return (
    AFTER_DEFEAT.test(sentence.slice(Math.max(0, start - 80), start)) ||
    OPENS_ON_DEFEAT.test(sentence.slice(start))
  );
}
