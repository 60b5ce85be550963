/**
 * Where each person is named: the cue words that decide which scans a sentence needs, and the
 * occurrences of people's names and aliases in a sentence's tokens, in text order.
 */

import { MARRYING_VERBS } from '../role-agents.js';
import { isTitle, isHonorific, isTitleAbbreviation, titleGender } from '../../lexicon/titles.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { isGenerationalSuffix } from '../../lexicon/particles.js';
import type { Person } from '../../schema.js';
import type { Tok, Sentence, Occurrence } from './types.js';
import { tokenize } from './tokens.js';
import { NAME_TITLES, isCapitalised } from './words.js';

/**
 * Words without which a whole-sentence scan cannot match: "his role as", "her team-mates", "he
 * manages", "marriage", "co-owner", "the manager", "an employee". One pass per sentence sets a
 * bit for each, so most sentences skip most scans (the scans were a third of the role pass).
 */
export const CUE = {
  possessivePronoun: 1,
  subjectPronoun: 2,
  marriage: 4,
  teamMates: 8,
  co: 16,
  the: 32,
  indefinite: 64,
} as const;
const CUE_WORDS: ReadonlyMap<string, number> = new Map([
  ['his', CUE.possessivePronoun],
  ['her', CUE.possessivePronoun],
  ['their', CUE.possessivePronoun],
  ['he', CUE.subjectPronoun],
  ['she', CUE.subjectPronoun],
  ['marriage', CUE.marriage],
  ...[...MARRYING_VERBS].map((v) => [v, CUE.marriage] as const),
  ['team-mates', CUE.teamMates],
  ['teammates', CUE.teamMates],
  ['the', CUE.the],
  ['a', CUE.indefinite],
  ['an', CUE.indefinite],
]);

/** An owner list of `n` tokens, none owned yet: a packed array of small integers, filled by push. */
export function unowned(n: number): number[] {
  const owner: number[] = [];
  for (let k = 0; k < n; k++) owner.push(-1);
  return owner;
}

export function cuesOf(tokens: readonly Tok[]): number {
  let cues = 0;
  for (const t of tokens) {
    // Every cue word starts with one of a few letters: most tokens need no look-up.
    const c = t.lower.charCodeAt(0);
    if (c === 116 || c === 104 || c === 97 || c === 115 || c === 109 || c === 119)
      cues |= CUE_WORDS.get(t.lower) ?? 0;
    else if (c === 99 && t.lower.startsWith('co-')) cues |= CUE.co;
  }
  return cues;
}

/**
 * A name form as tokens, without leading honorifics, and for an alias without a leading title
 * ("President Biden" → "Biden"): the role walk reads those. A person's own name keeps a first
 * word that may be a given name ("Dean Cole") and a noble title ("Prince Edmund"), but not a
 * title the entity stage left in front of a full name ("Sergeant Ruth Mallin" after "Detective"):
 * then the title is read as the role it is.
 */
function formTokens(form: string, alias: boolean): string[] {
  const words = tokenize(form).map((t) => t.text);
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k] ?? '';
    const title = isTitle(w) && !NAME_TITLES.has(lowerCase(w));
    if (w === '.' || isHonorific(w) || (title && (alias || (words.length - k > 2 && !isFirstName(w))))) k++;
    else break;
  }
  return words.slice(k);
}

/** Does the form stand, unclaimed and whole, at token `i`? */
function matchAt(s: Sentence, i: number, tokens: string[]): boolean {
  const n = tokens.length;
  for (let j = 0; j < n; j++) if (s.tokens[i + j]?.text !== tokens[j] || s.owner[i + j] !== -1) return false;
  // A name is a whole capitalised run: "Hale" inside "Hale Street" is not the person.
  const next = s.tokens[i + n];
  if (abbreviatedTitleBeforeName(s, i + n, tokens[n - 1] ?? '')) return false;
  // "X Jr.", "X III": a generational suffix ends the name as an honorific does.
  if (
    next &&
    isGenerationalSuffix(next.lower) &&
    (next.lower.startsWith('i') ? next.text === next.text.toUpperCase() : true)
  )
    return true;
  return !(isCapitalised(next) && !isHonorific(next?.text ?? '') && next?.text !== 'I');
}

/**
 * "Norland Sen. Jo Vale": the entity stage sometimes takes a place and an abbreviated title for a
 * name of its own ("Norland Sen", alias "Sen"). A form that ends in an abbreviated title, with its
 * dot and a capitalised word after it, is that title before the next person's name, not a person:
 * read as one, it would own the title and keep it from the name it belongs to.
 */
function abbreviatedTitleBeforeName(s: Sentence, after: number, last: string): boolean {
  return isTitleAbbreviation(last) && s.tokens[after]?.text === '.' && isCapitalised(s.tokens[after + 1]);
}

/** Every place a person is named, longest forms first so "Jo Carden" claims its "Carden". */
export function findOccurrences(people: readonly Person[], sentences: Sentence[]): Occurrence[] {
  const forms: { tokens: string[]; key: string; person: number }[] = [];
  people.forEach((p, i) => {
    const seen = new Set<string>();
    for (const [n, f] of [p.name, ...p.aliases].entries()) {
      const tokens = formTokens(f, n > 0);
      const key = tokens.join(' ');
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      forms.push({ tokens, key, person: i });
    }
  });
  const owners = new Map<string, number[]>();
  for (const f of forms) {
    const list = owners.get(f.key);
    if (list) list.push(f.person);
    else owners.set(f.key, [f.person]);
  }
  const byLength = (a: { tokens: string[] }, b: { tokens: string[] }) => b.tokens.length - a.tokens.length;
  const unique = forms.filter((f) => owners.get(f.key)?.length === 1).sort(byLength);
  // A form two people share ("Obama" for Barack and Michelle, "Vance" for two brothers) is read
  // as the one of them named most recently before it, as a reader would; never as the other.
  const shared = [...new Set(forms.filter((f) => (owners.get(f.key)?.length ?? 0) > 1).map((f) => f.key))]
    .map((key) => ({ tokens: key.split(' '), people: owners.get(key) ?? [] }))
    .sort(byLength);
  const found: Occurrence[] = [];
  const claim = (s: Sentence, si: number, i: number, n: number, person: number) => {
    for (let j = 0; j < n; j++) s.owner[i + j] = person;
    found.push({ person, sentence: si, start: i, end: i + n });
  };
  // The forms by their first word: each token is looked up once, and only the forms that could
  // start there are tried, longest first.
  const byFirst = <F extends { tokens: string[] }>(list: F[]) => {
    const map = new Map<string, F[]>();
    for (const f of list) {
      const key = f.tokens[0] ?? '';
      const at = map.get(key);
      if (at) at.push(f);
      else map.set(key, [f]);
    }
    return map;
  };
  const uniqueByFirst = byFirst(unique);
  const sharedByFirst = byFirst(shared);
  // When every form starts with a capital (names nearly always do), a token in lower case or
  // punctuation cannot start one: only capitalised tokens are looked up.
  const startsCapitalised = (first: string) => first.charCodeAt(0) !== lowerCase(first).charCodeAt(0);
  const capsOnly = forms.every((f) => startsCapitalised(f.tokens[0] ?? ''));
  sentences.forEach((s, si) => {
    const candidates: { i: number; f: (typeof unique)[number] }[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      if (capsOnly && !s.tokens[i]?.cap) continue;
      const forms = uniqueByFirst.get(s.tokens[i]?.text ?? '');
      if (forms) for (const f of forms) candidates.push({ i, f });
    }
    candidates.sort((a, b) => b.f.tokens.length - a.f.tokens.length || a.i - b.i);
    for (const { i, f } of candidates)
      if (matchAt(s, i, f.tokens)) claim(s, si, i, f.tokens.length, f.person);
  });
  if (shared.length === 0) return found.sort(inTextOrder);
  // Each person's occurrences in text order, to find the one named last before a shared form by
  // binary search rather than by a walk over every occurrence.
  const byPerson: Occurrence[][] = people.map(() => []);
  for (const o of found.sort(inTextOrder)) byPerson[o.person]?.push(o);
  sentences.forEach((s, si) => {
    const candidates: { i: number; f: (typeof shared)[number] }[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      if (capsOnly && !s.tokens[i]?.cap) continue;
      const forms = sharedByFirst.get(s.tokens[i]?.text ?? '');
      if (forms) for (const f of forms) candidates.push({ i, f });
    }
    candidates.sort((a, b) => b.f.tokens.length - a.f.tokens.length || a.i - b.i);
    for (const { i, f } of candidates) {
      if (!matchAt(s, i, f.tokens)) continue;
      let latest: Occurrence | undefined;
      // "Mrs. Vale" beside Tom and Ann Vale: the honorific says which of them it is, as the
      // entity stage read it (people.ts); with no one of that gender, the one named last.
      const gender = honorificGenderBefore(s, i);
      const fitting = gender ? f.people.filter((p) => people[p]?.gender === gender) : [];
      for (const p of fitting.length > 0 ? fitting : f.people) {
        const o = lastOccurrenceBefore(byPerson[p] ?? [], si, i);
        if (o && (!latest || inTextOrder(o, latest) > 0)) latest = o;
      }
      if (!latest) continue;
      claim(s, si, i, f.tokens.length, latest.person);
      // A form the honorific decided is no evidence of whom the next bare form names.
      if (fitting.length > 0) continue;
      const list = byPerson[latest.person];
      const o = found[found.length - 1];
      if (list && o) list.splice(lastIndexBefore(list, si, o.end) + 1, 0, o);
    }
  });
  return found.sort(inTextOrder);
}

/** The gender an honorific right before token `i` states ("Mrs." → female, "Mr" → male), or null. */
function honorificGenderBefore(s: Sentence, i: number): Person['gender'] {
  const k = s.tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  const w = s.tokens[k]?.text ?? '';
  return isHonorific(w) ? titleGender(w) : null;
}

const inTextOrder = (a: Occurrence, b: Occurrence) => a.sentence - b.sentence || a.start - b.start;

/** Index of the last occurrence in `list` (text order) that ends by token `i` of sentence `si`, or -1. */
function lastIndexBefore(list: readonly Occurrence[], si: number, i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const o = list[mid];
    if (o && (o.sentence < si || (o.sentence === si && o.end <= i))) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function lastOccurrenceBefore(list: readonly Occurrence[], si: number, i: number): Occurrence | undefined {
  return list[lastIndexBefore(list, si, i)];
}

/**
 * Whom "he" or "she" opening a sentence stands for: of the people the sentence before names, the
 * first of that gender (a subject comes first); else the only one named there, when their gender
 * is unknown. Undefined when no one fits.
 */
export function antecedent(
  people: readonly Person[],
  before: readonly Occurrence[],
  gender: string,
): number | undefined {
  const named = [...new Set(before.map((o) => o.person))];
  const same = named.find((p) => people[p]?.gender === gender);
  if (same !== undefined) return same;
  const only = named.length === 1 ? named[0] : undefined;
  return only !== undefined && (people[only]?.gender ?? null) === null ? only : undefined;
}
