/**
 * Marriages stated in a sentence: "X married Y", "X is married to Y", "her marriage to Y", read
 * with the partners (a list of names included), whom they married and the marriage's order.
 */

import type { Gender } from '../../schema.js';
import { isMarryingVerb } from '../role-agents.js';
import type { Occurrence, Sentence, NameList } from './types.js';
import {
  isOrdinal,
  PRONOUN_OF,
  isPossessiveMark,
  BOUNDARY,
  AUXILIARIES,
  ADVERBS,
  CLAUSE_VERBS,
  RELATIVES,
} from './words.js';

/** Words that order a marriage among others: "her last marriage", "his second marriage". */
const MARRIAGE_ORDER = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'last',
  'latest',
  'previous',
  'current',
  'recent',
  'most',
]);

/** A marriage read in a sentence: the partners (list included) and whom they married. */
interface Marriage {
  /** Token index of the one who married, or of the pronoun or possessive that stands for them. */
  subject: number;
  /** The person the subject's name belongs to, or -1 for a pronoun. */
  person: number;
  /** The gender a pronoun or possessive speaks of. */
  gender: Gender;
  /** Occurrences of the partners. */
  partners: Occurrence[];
  /** "X is married to Y": the sentence says of X that X is Y's spouse. */
  stated: boolean;
}

/**
 * "X married Y", "X is married to Y", "X wed six men - namely A, B and C", "her marriage to Y",
 * "X's 2010 marriage to Y": the names after the verb (or after "to", for the noun) are X's
 * spouses. The subject is the name right before the verb (past auxiliaries, adverbs or an age),
 * "he" or "she", or a possessive before the noun; "a marriage to Y" says nothing of whose.
 */
export function marriages(
  s: Sentence,
  here: readonly Occurrence[],
  lists: ReadonlyMap<Occurrence, NameList>,
): Marriage[] {
  const t = s.tokens;
  const out: Marriage[] = [];
  const at = new Map(here.map((o) => [o.start, o]));
  const partnersFrom = (o: Occurrence) => {
    const list = lists.get(o);
    return list ? here.filter((x) => x.start >= list.start && x.end <= list.end) : [o];
  };
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (!w) continue;
    if (w.lower === 'marriage') {
      let j = i - 1;
      while (
        j > i - 4 &&
        (isOrdinal(t[j]) || /^\d{4}$/.test(t[j]?.text ?? '') || MARRIAGE_ORDER.has(t[j]?.lower ?? ''))
      )
        j--;
      // "X's second marriage was to A, and a 1994 marriage to B ...": a marriage with no
      // possessor, after one that had one in the same sentence, is the same person's.
      const previous = out.at(-1);
      const possessor = PRONOUN_OF.has(t[j]?.lower ?? '')
        ? { subject: j, person: -1, gender: PRONOUN_OF.get(t[j]?.lower ?? '') ?? null }
        : isPossessiveMark(t[j]) && (s.owner[j - 1] ?? -1) !== -1
          ? { subject: j - 1, person: s.owner[j - 1] ?? -1, gender: null }
          : previous
            ? { subject: previous.subject, person: previous.person, gender: previous.gender }
            : null;
      if (!possessor) continue;
      // "her 1994 marriage to Y", "her second marriage came in 1987 to Y".
      for (let k = i + 1; k < t.length && k - i <= 7; k++) {
        if (BOUNDARY.has(t[k]?.text ?? '') || t[k]?.text === '.') break;
        const o = t[k]?.lower === 'to' ? at.get(k + 1) : undefined;
        if (o) {
          out.push({ ...possessor, partners: partnersFrom(o), stated: false });
          break;
        }
      }
      continue;
    }
    if (!isMarryingVerb(w.lower)) continue;
    // The one who married: right before the verb, past auxiliaries, adverbs and an age.
    let j = i - 1;
    let copula = false;
    while (
      j >= 0 &&
      (AUXILIARIES.has(t[j]?.lower ?? '') || ADVERBS.has(t[j]?.lower ?? '') || t[j]?.lower === 'got')
    ) {
      if (/^(?:is|was|are|were|been|be)$/.test(t[j]?.lower ?? '')) copula = true;
      j--;
    }
    if (t[j]?.text === ',' && /^\d{1,3}$/.test(t[j - 1]?.text ?? '') && t[j - 2]?.text === ',') j -= 3;
    const pronoun = t[j]?.lower === 'he' || t[j]?.lower === 'she';
    const person = pronoun ? -1 : (s.owner[j] ?? -1);
    if (!pronoun && person === -1) continue;
    // The partners: the first names after the verb, before the clause ends.
    let found: Occurrence | undefined;
    for (let k = i + 1; k < t.length && k - i <= 8; k++) {
      found = at.get(k);
      if (found) break;
      const x = t[k];
      if (!x || (BOUNDARY.has(x.text) && x.text !== '—' && x.text !== '–') || x.text === '.') break;
      if (CLAUSE_VERBS.has(x.lower) || RELATIVES.has(x.lower) || x.lower === 'and' || x.lower === 'but')
        break;
      if ((s.owner[k] ?? -1) !== -1) break;
    }
    if (!found) continue;
    out.push({
      subject: j,
      person,
      gender: pronoun ? (PRONOUN_OF.get(t[j]?.lower ?? '') ?? null) : null,
      partners: partnersFrom(found),
      stated: copula && t[i + 1]?.lower === 'to',
    });
  }
  return out;
}
