/**
 * Whom a definite description opening a sentence refers to when the sentence before has a named
 * subject: that subject, whether or not it already has a role. News writing keeps one person as
 * the topic from sentence to sentence and names them again by a description instead of the name
 * ("Ivo Marsh spent the morning in Dunmore. The Norland senator told ...", "Tara Quill is
 * touring the north. The billionaire developer began by ..."). The older readers
 * (sentence-subject.ts) give such a description to that subject only when the subject has no role
 * or holds an office of the description's kind; this one is asked last, when they found no one,
 * and takes the subject whenever nothing in the roles read so far says it is someone else:
 *
 * - the description opens its sentence (first, past a dateline or past a short opening phrase and
 *   its comma), and no name comes before it there;
 * - the subject is the sentence before's (its opening name or the speaker after its report), or,
 *   when that sentence opens on "he"/"she" and names no one, the one before that's, of that gender;
 * - the subject holds no other public office ("Gov." is not "the senator") and no role of the
 *   same kind naming another place ("Norland Sen." is not "the Westport senator");
 * - no one else named by now holds a role of that kind, unless of another place (then it may be
 *   theirs);
 * - the sentence before does not make a described person a clause's subject ("X says the
 *   candidate has ..." is about the candidate);
 * - the subject is not named again later in the description's own sentence ("The senator met X").
 *
 * Holds 12 of 12 people changed on all training text (PolNeAR train 9, eng.train 3; fixed sample
 * PolNeAR 0-599: 7 of 7; blind, PolNeAR 600-839 and eng.train: 5 of 5). A first version, with
 * no report guard and another holder counted only when their role named the description's place
 * too, held 9 of 11 on the fixed sample (a spokeswoman given her candidate's "former governor", a
 * campaign chairman given the nominee's "GOP presidential nominee"). ADR 013, session 20.
 * Exported so that other readers of descriptions (QA evidence) can ask the same question.
 */

import type { Gender } from '../../schema.js';
import type { Sentence } from './types.js';
import type { ReadSoFar } from './sentence-subject.js';
import { subjectBefore, subjectPosition } from './sentence-subject.js';
import { kindOf, mentions, otherOffice } from './referents.js';
import { sameOffice } from './office-kinds.js';
import { lookupPlace } from '../../lexicon/places.js';
import { GENERIC, isPersonNoun, isWord } from './words.js';
import { verbLike } from './descriptions.js';
import { descriptionSpeaks } from './reported-speaker.js';
import { isSayingVerb } from '../../lexicon/speech.js';

/** A description as this reader needs it: where it starts and ends, its head and proper words. */
export interface DescriptionAt {
  /** Sentence index. */
  si: number;
  /** Token index of its "the". */
  start: number;
  /** Token index past it. */
  end: number;
  /** Head noun, singular and lower-case. */
  head: string;
  /** Its capitalised qualifiers ("Norland" in "the Norland senator"). */
  proper: readonly string[];
}

/** Capitalised words of a role other than its head's kind: "Norland" in "Norland Sen.". */
function properOf(role: string): string[] {
  return role
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !/\.$/.test(w) && w.length > 1)
    .slice(0, -1);
}

const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * "X delivered his speech. He vowed ... . The senator has ...": when the sentence before opens on
 * "he" or "she" and names no one, the subject two sentences back, of that gender or of none known.
 */
function throughPronoun(
  read: ReadSoFar,
  si: number,
  at: number,
  genders: readonly Gender[],
): number | undefined {
  if ((read.bySentence.get(si) ?? []).some((o) => o.end <= at)) return undefined;
  const prev = read.parsed[si - 1];
  const gender = SUBJECT_PRONOUNS.get(prev?.tokens[0]?.lower ?? '');
  if (!prev || !gender || si < 2 || (read.bySentence.get(si - 1) ?? []).length > 0) return undefined;
  const p = subjectBefore(read, si - 1, 0);
  const g = p === undefined ? null : (genders[p] ?? null);
  return p !== undefined && (g === null || g === gender) ? p : undefined;
}

/** Does sentence `si` name someone other than `p` after a saying verb that follows `p`? */
function reportsOnAnother(read: ReadSoFar, si: number, p: number): boolean {
  const s = read.parsed[si];
  const here = read.bySentence.get(si) ?? [];
  const own = here.find((o) => o.person === p);
  if (!s || !own) return false;
  let said = -1;
  for (let k = own.end; k < s.tokens.length && said < 0; k++)
    if (isSayingVerb(s.tokens[k]?.lower ?? '')) said = k;
  return said >= 0 && here.some((o) => o.person !== p && o.start > said);
}

/**
 * Does a sentence hold a definite description of a person that is a clause's subject, past its
 * first word ("X says the candidate has always ...")? Then that person, not X, is what it is about.
 */
function describesAnother(s: Sentence | undefined): boolean {
  if (!s) return false;
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i]?.lower !== 'the') continue;
    for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
      const w = t[k];
      if (!w || !isWord(w) || s.owner[k] !== -1) break;
      if (isPersonNoun(w.text) && !GENERIC.has(w.lower)) {
        if (verbLike(t, k + 1)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * The person the description refers back to as the subject before it, or undefined. `named`
 * says who was named by now (a description never refers ahead).
 */
export function subjectDescribedAgain(
  read: ReadSoFar,
  d: DescriptionAt,
  named: (person: number) => boolean,
  genders: readonly Gender[] = [],
): number | undefined {
  const s: Sentence | undefined = read.parsed[d.si];
  if (!s || d.si === 0 || !subjectPosition(s, d.start)) return undefined;
  // A description that speaks is as often someone new ('"...," the senator said').
  if (descriptionSpeaks(s, d.end)) return undefined;
  const p = subjectBefore(read, d.si, d.start) ?? throughPronoun(read, d.si, d.start, genders);
  if (p === undefined) return undefined;
  // "X said the coach, Y, had resigned.": a person reported on after the subject speaks may be meant.
  if (reportsOnAnother(read, d.si - 1, p)) return undefined;
  // "The senator met X": the subject named again in the same sentence is someone the description is not.
  if ((read.bySentence.get(d.si) ?? []).some((o) => o.person === p && o.start >= d.end)) return undefined;
  const own = read.roles[p] ?? [];
  if (own.some((r) => otherOffice(r, d.head))) return undefined;
  // "Norland Sen. X ... . The Westport senator": the same office of another place is someone else.
  if (
    d.proper.length > 0 &&
    own.some((r) => {
      if (!sameOffice(kindOf(r), d.head)) return false;
      const places = properOf(r);
      return places.length > 0 && !d.proper.some((w) => mentions([r], w));
    })
  )
    return undefined;
  // Someone else holding that office may be meant, unless their role is of another place
  // ("Westport Sen." is not "the Norland senator").
  const places = d.proper.filter((w) => lookupPlace(w) !== undefined);
  const ofKind = (k: number) =>
    (read.roles[k] ?? []).some((r) => {
      if (!sameOffice(kindOf(r), d.head)) return false;
      const theirs = properOf(r).filter((w) => lookupPlace(w) !== undefined);
      return !(places.length > 0 && theirs.length > 0 && !theirs.some((w) => places.includes(w)));
    });
  if (read.roles.some((_, k) => k !== p && named(k) && ofKind(k))) return undefined;
  // "X says the candidate has ...": the sentence before reports on someone it describes, who is its topic.
  if (describesAnother(read.parsed[d.si - 1])) return undefined;
  return p;
}
