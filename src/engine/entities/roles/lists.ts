/**
 * Lists of names: where a list of people runs, the plural role before it that each name in it
 * holds ("first-team players A, B and C"), "and other ..." kinds, an apposition after a list,
 * and a "co-" role shared with the names after "alongside" or "with".
 */

import type { Sentence, Occurrence, NameList, Tok } from './types.js';
import { afterAsides, rolePhrase } from './phrase.js';
import {
  isCapitalised,
  isWord,
  isPersonNoun,
  isPluralRole,
  singularTitle,
  oneHolderOf,
  PREPOSITIONS,
  BOUNDARY,
  CLAUSE_VERBS,
  NUMBER_WORDS,
} from './words.js';
import { slice } from './tokens.js';
import { headBefore, opensSentence, walkLeft } from './heads.js';
import { titleBefore } from './titles.js';

/**
 * The lists of names of one sentence ("players A, B and C"), each occurrence with the list it
 * belongs to. One pass over the occurrences in text order: two names are in the same list when
 * only ",", "and", "&" or ", and" stands between them. Linear in the number of names, however
 * long the list.
 */
export function listsOf(s: Sentence, occ: readonly Occurrence[]): Map<Occurrence, NameList> {
  const out = new Map<Occurrence, NameList>();
  let list: NameList | null = null;
  let prev: Occurrence | null = null;
  for (const o of occ) {
    // Ages and short asides after a name stay in the list: "A, 28 (left), and B, 27", and so
    // do a name's state or town ("A of Norland and B of Vexley") and an abbreviated title before
    // the next name ("A and Sen. B").
    const end = prev ? placeAfter(s, afterAsides(s, prev.end)) : 0;
    const gap = prev ? titledStart(s, o.start) - end : 0;
    const a = prev ? s.tokens[end] : undefined;
    const linked =
      prev !== null &&
      ((gap === 1 && (a?.text === ',' || isJoint(a))) ||
        (gap === 2 && a?.text === ',' && isJoint(s.tokens[end + 1])));
    if (list && linked) {
      list.size++;
      list.end = o.end;
      list.conjoined ||= isJoint(s.tokens[titledStart(s, o.start) - 1]);
    } else list = { start: o.start, end: o.end, size: 1, conjoined: false };
    out.set(o, list);
    prev = o;
  }
  return out;
}

/** "and" or "&": a module function, as a closure made per call is named at run time under tsx. */
function isAnd(t: Tok | undefined): boolean {
  return t !== undefined && (t.lower === 'and' || t.text === '&');
}

/**
 * A word that closes a list of names: "and", "&", or "or". A plural role before names joined by
 * "or" is held by each of them as by names joined by "and" ("front-runners A or B", "Democratic
 * candidates A or B": the sentence weighs one against the other, but the role is each one's).
 */
function isJoint(t: Tok | undefined): boolean {
  return isAnd(t) || t?.lower === 'or';
}

/** Past "of Norland" after a name (up to three capitalised words no one's name), when a list's joint follows. */
function placeAfter(s: Sentence, k: number): number {
  const t = s.tokens;
  if (t[k]?.lower !== 'of' || !isCapitalised(t[k + 1]) || s.owner[k + 1] !== -1) return k;
  let e = k + 1;
  while (e < t.length && e - k <= 3 && isCapitalised(t[e]) && isWord(t[e]) && s.owner[e] === -1) e++;
  const joint = t[e];
  return joint && (joint.text === ',' || joint.lower === 'and') ? e : k;
}

/** Where a name's abbreviated title starts ("Sen." before it), else the name's own start. */
function titledStart(s: Sentence, start: number): number {
  const t = s.tokens;
  const abbreviated =
    t[start - 1]?.text === '.' && t[start - 2]?.cap === true && isPersonNoun(t[start - 2]?.text ?? '');
  return abbreviated && s.owner[start - 2] === -1 ? start - 2 : start;
}

/**
 * Words that single out members of a plural role: "politicians — most notably A and B", "six
 * suspects — namely A, B and C". "Such as" and "including" are left out: they name a sample that
 * illustrates a class ("worn by stars such as A and B") more than people holding a role.
 */
const INTRODUCERS = new Set(['namely', 'notably', 'especially', 'particularly', 'chiefly']);

/** Where the word or two introducing a list's members start, or `k + 1` when there are none. */
function introducerStart(s: Sentence, k: number): number {
  const t = s.tokens;
  if (!INTRODUCERS.has(t[k]?.lower ?? '')) return k + 1;
  return t[k - 1]?.lower === 'most' ? k - 1 : k;
}

/** Counts written before "other" in "X and four other nurses". */
const OTHER_COUNTS = new Set(
  'one two three four five six seven eight nine ten several many some dozens hundreds'.split(' '),
);

/**
 * "Dean Ward and four other nurses were held", "Ann Vale and other party officials": a person
 * joined to "other" and a plural role is one of that kind. The role is the noun phrase up to that
 * plural head (a few lower-case words, no phrase after it), with the head in the singular.
 */
export function otherOfKind(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  let k = afterAsides(s, o.end);
  if (t[k]?.lower !== 'and') return null;
  k++;
  if (OTHER_COUNTS.has(t[k]?.lower ?? '') || /^\d+$/.test(t[k]?.text ?? '')) k++;
  if (t[k]?.lower !== 'other') return null;
  const from = k + 1;
  for (let head = from; head < from + 4; head++) {
    const w = t[head];
    if (!w || w.cap || !isWord(w)) return null;
    if (isPluralRole(w)) return singularTitle(slice(s, from, head + 1));
  }
  return null;
}

/**
 * A plural role before a list as one member's: the head in the singular and a count before it
 * left out ("Two veteran analysts A and B" → "veteran analyst").
 */
function oneOfList(role: string | null): string | null {
  if (!role) return null;
  const words = role.split(' ');
  const first = words[0]?.toLowerCase() ?? '';
  const counted = words.length > 1 && (NUMBER_WORDS.has(first) || first === 'both' || /^\d+$/.test(first));
  return singularTitle(counted ? words.slice(1).join(' ') : role);
}

/** "four nurses at the Riverton clinic — A, B, C and D": the plural role that opens a list. */
export function listRole(s: Sentence, o: Occurrence, list: NameList | undefined): string | null {
  if (!list) return null;
  const { start, size, conjoined } = list;
  if (size < 2 || !conjoined) return null;
  // "coaches A and B": the plural right before the first name ("President A, B and C" is A's title).
  // "Candidates A, B and C" opening a sentence, whose capital says nothing.
  const before = headBefore(s, start);
  const plural = s.tokens[before];
  if (isPluralRole(plural)) {
    // "Senators A and B", "defenders A and B": each holds the role in the singular, as "Sens. A
    // and B" gives each "Sen." (a plural is no one person's role: "Ajax defenders" for one man).
    return oneOfList(titleBefore(s, { ...o, start, end: start }, true));
  }
  if (plural?.cap && opensSentence(s, before) && isPluralRole({ ...plural, text: plural.lower }))
    return oneOfList(titleBefore(s, { ...o, start, end: start }, true));
  // "(Assistants) A and B", "players at Dunmore — A, B", "politicians — most notably A and B":
  // past a word introducing examples, then a dash, colon or bracket.
  let k = introducerStart(s, start - 1) - 1;
  const introduced = k < start - 1;
  while (k >= 0 && /^[—–:(),-]$/.test(s.tokens[k]?.text ?? '')) k--;
  if (k === start - 1 && !introduced) return null;
  // "players at Riverton —": one short prepositional phrase may follow the plural noun.
  let head = k;
  if (isCapitalised(s.tokens[head]) && PREPOSITIONS.has(s.tokens[head - 1]?.lower ?? '')) head -= 2;
  const w = s.tokens[head];
  if (!isPluralRole(w)) return null;
  return oneHolderOf(slice(s, walkLeft(s, head), k + 1));
}

/**
 * "X became co-founder of Y alongside A, B and C", "a co-owner with A": the names a shared role is
 * shared with hold it too. The role is the "co-" phrase as written; up to seven words ("his former
 * team-mates") may stand between the preposition and the list.
 */
export function sharedRoles(
  s: Sentence,
  here: readonly Occurrence[],
  lists: ReadonlyMap<Occurrence, NameList>,
): { role: string; partners: Occurrence[] }[] {
  const t = s.tokens;
  const out: { role: string; partners: Occurrence[] }[] = [];
  const at = new Map(here.map((o) => [o.start, o]));
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (!w?.lower.startsWith('co-') || !isPersonNoun(w.lower) || s.owner[i] !== -1) continue;
    for (let k = i + 1; k < t.length && k - i <= 8; k++) {
      const x = t[k];
      if (!x || BOUNDARY.has(x.text) || x.text === '.' || CLAUSE_VERBS.has(x.lower)) break;
      if (x.lower !== 'alongside' && x.lower !== 'with') continue;
      // The role as written up to the preposition: "co-owner of Riverton".
      const role = slice(s, i, k);
      let j = k + 1;
      while (j < t.length && j - k <= 7 && !at.has(j) && isWord(t[j]) && s.owner[j] === -1) j++;
      const first = at.get(j);
      const list = first ? lists.get(first) : undefined;
      if (first)
        out.push({
          role,
          partners: list ? here.filter((o) => o.start >= list.start && o.end <= list.end) : [first],
        });
      break;
    }
  }
  return out;
}

/**
 * "A and B, both nurses,", "A and B, the club's joint owners,": a plural appositive after a list
 * joined by "and" belongs to every name in it.
 */
export function listAppositive(s: Sentence, list: NameList): string | null {
  if (list.size < 2 || !list.conjoined) return null;
  const t = s.tokens;
  let k = afterAsides(s, list.end);
  if (t[k]?.text !== ',') return null;
  k++;
  if (t[k]?.lower === 'both' || t[k]?.lower === 'all') k++;
  // "A and B, two veteran speechwriters,": a count of them, as "both" is.
  else if (NUMBER_WORDS.has(t[k]?.lower ?? '')) k++;
  const role = rolePhrase(s, k, true);
  return role && oneHolderOf(role);
}
