/**
 * More cues of a stated purpose or ground, for "why" questions (session 13). Each returns where
 * the reason starts; reason.ts decides where it ends.
 *
 * - "as a way to", "as a means of": the purpose an act is meant to serve ("rang every bell in
 *   town as a way to wake the ferryman"). "way" alone is not a purpose ("on the way to", "the
 *   way to win"), which is why reason.ts skips "to" after it; with "as a" before it, on all 840
 *   PolNeAR train articles 13 of 13 were purposes.
 * - "in hopes of", "in the hope that": the outcome an act aims at ("knocked on every door in
 *   hopes of a late swing"). On PolNeAR train, 16 of 16 were purposes.
 * - ", citing ..." and a sentence opening on "Citing ...": the ground given for the act of the
 *   main clause ("the mill shut early, citing the heat"). Citing a source ("the paper reported,
 *   citing officials") is attribution, not a reason, and is left out. On PolNeAR train, 27
 *   "citing" were found, 22 of them not a source, 20 of those 22 a ground.
 * - "its main goal was to ...", "our aim is not to ... but to ...", "the second reason is that
 *   ...": an aim or a reason named with a possessive or an ordinal, then "is/was" and a clause.
 *   reason.ts already reads a bare "the aim is"; an aim in an "if" or "whether" clause is only
 *   supposed ("if the aim is to win"). On PolNeAR train, 7 of 7 such phrases beyond the bare
 *   form stated the aim or the reason.
 */

export interface ReasonStart {
  start: number;
  /** A sentence-opening phrase ends at its comma; the others run to the end of their clause. */
  fronted: boolean;
}

const PURPOSE_PHRASE = /\b(?:as an? (?:way|means) (?:to|of)|in (?:the )?hopes? (?:of|that))\b/gi;

const STATED_AIM =
  /(?<!\b(?:if|whether)\s+)\b(?:the|his|her|their|its|our|my)\s+(?:(?:main|end|real|stated|ultimate|primary|chief|first|second|third|other|only|overall|key|whole)\s+)?(?:aim|goal|purpose|objective|reason|motive|rationale|intent|intention)\s+(?:is|was)\s+(?:(?:only|simply|not)\s+)?(?:that|to)\b/gi;

const CITING = /(?:,\s+|^\W*)(citing)\s+/gi;

/** What a reporter cites for where a fact came from, not why someone acted. */
const SOURCE =
  /^(?:\S+\s+){0,3}?(?:sources?|documents?|outlets?|reports?|reporting|data|participants|officials|people|persons?|records|emails|filings)\b/i;

export function reasonCueStarts(sentence: string): ReasonStart[] {
  const out: ReasonStart[] = [];
  for (const re of [PURPOSE_PHRASE, STATED_AIM]) {
    for (const m of sentence.matchAll(re)) out.push({ start: m.index, fronted: false });
  }
  for (const m of sentence.matchAll(CITING)) {
    const after = sentence.slice(m.index + m[0].length);
    if (SOURCE.test(after)) continue;
    const start = m.index + m[0].search(/citing/i);
    out.push({ start, fronted: !sentence.slice(0, start).includes(',') });
  }
  return out;
}
