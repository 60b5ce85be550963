/**
 * The lead's description of someone the next sentence names: "A former nurse has admitted ... .
 * Jane Roe refused ...". The description is the lead's subject; the person is the first one the
 * next sentence names who is not named in the lead and is no preposition's object ("In an
 * interview with X, Y said": Y is the subject the description anticipates, X only the occasion).
 */

import type { Occurrence, Sentence } from './types.js';
import { ledeDescription } from './descriptions.js';
import { isPrepositionObject } from './pronouns.js';

/** The person the description opening sentence `lead` is about, and that description; null when none. */
export function ledeReferent(
  parsed: readonly Sentence[],
  bySentence: ReadonlyMap<number, readonly Occurrence[]>,
  body: number,
  lead: number,
): { person: number; role: string } | null {
  const s = parsed[lead];
  const role = s && body > lead + 1 ? ledeDescription(s) : null;
  if (!role) return null;
  const inLead = new Set((bySentence.get(lead) ?? []).map((o) => o.person));
  const next = parsed[lead + 1];
  const named = (bySentence.get(lead + 1) ?? []).find(
    (o) => !inLead.has(o.person) && !isPrepositionObject(next, o),
  );
  return named ? { person: named.person, role } : null;
}
