import { singular } from '../../entities/role-nouns.js';
import { isRoleNoun } from '../../lexicon/titles.js';
import { isAgentNoun } from './speakers.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const SMALL_WORD = /^\p{Ll}[\p{L}-]*$/u;

/**
 * "said a senior Ohio official", "said one veteran Iowa GOP strategist", "said two Pentagon
 * officials": a capitalised run that a person's noun follows is a noun adjunct (a state, a party,
 * a department telling which official), not a name. English puts a modifier before its head and
 * never a common noun after a person's name, so the speaker is the whole description, headed by
 * that noun, as written; "said the club's chairman Tom Vane" (the name ends the phrase) stays a
 * name. `end` is the index just past the run in `words`; the word there must be a bare lower-case
 * role or agent noun (singular or plural), with no punctuation between.
 *
 * Issue 11 (session 20, ADR 009). Counted on training text, every firing read: PolNeAR train
 * 0-419 (fixed) 5 firings in 4 articles, the run a modifier in all 5, and 4 quotes in 2 articles
 * move from a state or a committee to the description (all right); PolNeAR train 420-839 (blind)
 * 4 firings in 3 articles, all modifiers, 5 quotes in 2 articles move from a candidate's name or
 * a state to the description (all right); CoNLL eng.train no firing.
 */
export function headsDescriptionAfter(words: readonly string[], end: number): boolean {
  const last = words[end - 1] ?? '';
  if (/[,;:.!?)]$/.test(last)) return false;
  const next = (words[end] ?? '').replace(/[,;:.!?]+$/, '');
  if (!SMALL_WORD.test(next)) return false;
  const one = singular(next);
  return isRoleNoun(one) || isAgentNoun(one);
}
