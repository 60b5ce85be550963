/**
 * The person a sentence is about: its subject, when that is a name. News writing keeps one person
 * as the subject from sentence to sentence and varies how it refers to them ("X said ... . The
 * deputy mayor added ..."): a definite description opening the next clause continues the
 * subject before it rather than a name the sentence only mentions ("X would not say whether he
 * preferred Y or Z").
 */

import type { Occurrence, Sentence } from './types.js';
import { endsDateline } from './heads.js';
import { afterAsides } from './phrase.js';
import { titleSpan } from './titles.js';
import { BOUNDARY, PREPOSITIONS, isWord } from './words.js';
import { kindOf } from './referents.js';
import { sameOffice } from './office-kinds.js';
import { reportedSpeaker } from './reported-speaker.js';

/** Words an opening adverbial may hold before its comma ("Still,", "On Monday,", "In an interview,"). */
const MAX_OPENER = 6;

/**
 * Where the subject may start: the sentence's first token, past a dateline, or past a short
 * opening phrase and its comma that names no one ("Still, X said", "On Tuesday night, X won").
 */
export function subjectPosition(s: Sentence, start: number): boolean {
  const t = s.tokens;
  if (start === 0 || endsDateline(s, start - 1)) return true;
  if (t[start - 1]?.text !== ',' || start - 1 > MAX_OPENER) return false;
  for (let k = 0; k < start - 1; k++) {
    const w = t[k];
    if (!w || !isWord(w) || s.owner[k] !== -1) return false;
  }
  return true;
}

/**
 * The person whose name is the subject of sentence `s` (from its occurrences `here`): the first
 * name, at the subject's place, followed (past an age or a bracket) by a lower-case word that is
 * no preposition or conjunction, the verb. Undefined when the sentence opens otherwise, or names
 * several people as one subject ("X and Y said").
 */
export function subjectPerson(s: Sentence, here: readonly Occurrence[]): number | undefined {
  const first = here.reduce<Occurrence | undefined>(
    (a, o) => (a === undefined || o.start < a.start ? o : a),
    undefined,
  );
  if (!first) return undefined;
  const span = titleSpan(s, first, false);
  if (!subjectPosition(s, span ? span.start : first.start)) return undefined;
  const next = s.tokens[afterAsides(s, first.end)];
  if (!next || !isWord(next) || next.cap || BOUNDARY.has(next.text)) return undefined;
  if (PREPOSITIONS.has(next.lower) || next.lower === 'and' || next.lower === 'or') return undefined;
  return first.person;
}

/** What the role stage has read so far: its sentences, the names in each, and each person's roles. */
export interface ReadSoFar {
  parsed: readonly Sentence[];
  bySentence: ReadonlyMap<number, readonly Occurrence[]>;
  roles: readonly (readonly string[])[];
}

/**
 * The subject of the sentence before sentence `si`, when a description at token `at` opens its own
 * clause before any name ("X would not say whether ... Y or Z. The deputy mayor said ...").
 */
export function subjectBefore(read: ReadSoFar, si: number, at: number): number | undefined {
  if ((read.bySentence.get(si) ?? []).some((o) => o.end <= at)) return undefined;
  const s = read.parsed[si - 1];
  const here = read.bySentence.get(si - 1) ?? [];
  // "Prices will rise, X said.": the speaker after the report is the subject, not a name in it.
  return s && (reportedSpeaker(s, here) ?? subjectPerson(s, here));
}

/**
 * Whom a description refers back to when several people without a role were named before it: the
 * subject of the sentence before, if that subject has no role yet either.
 */
export function continuedSubject(read: ReadSoFar, si: number, at: number): number | undefined {
  const p = subjectBefore(read, si, at);
  return p !== undefined && (read.roles[p]?.length ?? 0) === 0 ? p : undefined;
}

/**
 * "Rep. X backed Y. The Norland congressman said": the subject of the sentence before, when they
 * hold an office of the description's kind (`head`) and no one else `named` by now does. Asked
 * only when no one without a role was named there ("Obama met X. The French president said" is X's).
 */
export function subjectOfKind(
  read: ReadSoFar,
  si: number,
  at: number,
  head: string,
  named: (person: number) => boolean,
): number | undefined {
  const p = subjectBefore(read, si, at);
  const ofKind = (k: number) => (read.roles[k] ?? []).some((r) => sameOffice(kindOf(r), head));
  if (p === undefined || !ofKind(p)) return undefined;
  return read.roles.some((_, k) => k !== p && named(k) && ofKind(k)) ? undefined : p;
}
