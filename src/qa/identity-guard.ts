/**
 * "Who is Ana Ruiz?" asks what she is: her role, her post, what the article calls her. When the
 * identity readers (identity.ts) find nothing, the scorer may still pick a phrase from a sentence
 * naming her, and a bare name there ("Harbour Board", "Norland", "Kell University") is the body she
 * works for, the place she is in or someone else, never what she is: "not found" is the honest reply.
 */
export function isBareName(answer: string): boolean {
  const words = answer.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && NAME_SMALL_WORD.test(w)));
}

/** Lowercase words inside a body's name: "Centre for Harbour Studies", "Bank of Norland". */
const NAME_SMALL_WORD = /^(?:of|for|and|the|on|de|&)$/;
