import { lemma } from './lexicon.js';
import { isStopWord } from './text.js';
import type { ParsedQuestion } from './question.js';

/**
 * "Which outlet published the story?" in "a Harbour Times story", "which network hosted the
 * debate?" in "the KTV presidential debate", "which paper ran the editorial?" in "an editorial in
 * the Vell Courier": a body's name written right before the question's thing (up to three words
 * between, no punctuation) or right after "<thing> in/from" is the body the thing belongs to, so
 * it answers an organisation question though the sentence never uses the question's verb.
 * Of 40 sampled "<capitalised> ... <poll|story|report|editorial|debate|interview|...>" runs on
 * PolNeAR train outside the blind ranges, 11 began with a body's name; the 10 with no small word
 * between name the thing's maker, host or owner (ADR 015, session 14).
 */
export function ownerOfAskedThing(sentence: string, start: number, end: number, q: ParsedQuestion): boolean {
  if (q.type !== 'organisation') return false;
  const things = new Set(q.focus.filter((f) => !f.name && f.lemma !== q.verb).map((f) => f.lemma));
  if (things.size === 0) return false;
  // Words between are modifiers ("presidential", "Democratic"): a small word ("after the
  // debate") puts the name in another phrase.
  const after = /^(?:['’]s?)?((?:\s+[\p{L}-]+){1,4})/u.exec(sentence.slice(end));
  const next = after?.[1]?.trim().split(/\s+/) ?? [];
  const thingAt = next.findIndex((w) => things.has(lemma(w)));
  if (thingAt >= 0 && !next.slice(0, thingAt).some(isStopWord)) return true;
  const before = /(\p{L}+)\s+(?:in|from)\s+(?:the\s+)?$/u.exec(sentence.slice(0, start));
  return Boolean(before?.[1] && things.has(lemma(before[1])));
}
