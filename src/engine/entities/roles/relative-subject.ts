/**
 * A relative clause about a name refers to that person by its pronoun: in "X, who called Y after
 * the winner was announced, said ...", "who" is X, so a description inside the clause is someone
 * else (X is never both the clause's "who" and a noun phrase in it). Such a description gives no
 * role to the name the clause hangs on.
 */

import type { Occurrence, Sentence } from './types.js';

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose']);

/** Is token `at` inside a relative clause opened right after occurrence `o` (", who ...") and not yet closed by a comma? */
export function insideRelativeOf(s: Sentence, o: Occurrence, at: number): boolean {
  const t = s.tokens;
  if (t[o.end]?.text !== ',' || !RELATIVE_PRONOUNS.has(t[o.end + 1]?.lower ?? '') || at <= o.end + 1)
    return false;
  for (let k = o.end + 2; k < at; k++) if (t[k]?.text === ',' || t[k]?.text === ';') return false;
  return true;
}
