/**
 * Past participles that open a reduced relative clause after an appositive's head noun but do
 * not end in "-ed", which participles.ts tests for: "a lawyer known for his cases", "an aide seen
 * as a rival", "a banker born in Westport", "a donor best known for ...". English forms these
 * participles irregularly (a closed class of strong verbs), and news writing uses them after a
 * role to say how the person is known or where from, exactly as "based in" and "regarded as".
 * Verbs of considering take their complement with no preposition ("a coach considered the best in
 * the league", "an envoy deemed a risk"), so after one of those any word opens the clause.
 * Holds 6 of 6 people changed on all training text (PolNeAR train and eng.train, dumped before and
 * after; ADR 013, session 21), all in PolNeAR 0-599, two of them with no role before: a hacker cut
 * before "known as", a radio host and a president's appointee (twice) cut before "considered", a
 * citizen cut before "born", a doctor cut before "well known".
 */

/** Irregular past participles of verbs that take a preposition after them in such a clause. */
const IRREGULAR_PARTICIPLES = new Set(
  'known seen thought held shown given taken born chosen written drawn sworn caught brought sought kept found made'.split(
    ' ',
  ),
);

/** Verbs of considering, whose participle takes a complement with no preposition. */
const CONSIDERING = new Set(['considered', 'deemed']);

/** Adverbs that stand before such a participle ("best known", "well known", "long seen"). */
export const PARTICIPLE_ADVERBS = new Set(['best', 'well', 'long']);

/**
 * Does the lower-case `word`, followed by `next`, open a reduced relative clause that the "-ed"
 * test misses: an irregular participle before its preposition or "as", or a verb of considering
 * before its complement?
 */
export function opensIrregularClause(
  word: string,
  next: string,
  isPreposition: (w: string) => boolean,
): boolean {
  if (CONSIDERING.has(word)) return /^[a-z]/.test(next);
  return IRREGULAR_PARTICIPLES.has(word) && (isPreposition(next) || next === 'as');
}
