/**
 * Roles given to a pronoun that stands for the person named before it: "in his capacity as Y",
 * "her post as Y", "she was named Y", "he heads Y", "his team-mates", and whether a name is a
 * preposition's object (so a later "he" is someone else).
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import type { Gender } from '../../schema.js';
import { isModifier } from '../role-nouns.js';
import type { Sentence, Occurrence } from './types.js';
import { afterLinkingVerb } from './predicates.js';
import {
  APPOINTED,
  POSSESSIVE_PRONOUNS,
  PRONOUN_OF,
  isCapitalised,
  ADVERBS,
  COPULA,
  isWord,
  isPersonNoun,
  isCompoundModifier,
} from './words.js';
import { rolePhrase } from './phrase.js';
import { slice } from './tokens.js';
import { OFFICE_VERBS, overNamedBody, officeClause } from './offices.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_SMALL = /^\p{Ll}/u;

const PRONOUN_GENDER = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * "He is the club's chairman", "She was appointed chief executive in 2019": a sentence whose
 * subject is "he" or "she" (first, or after "But" or "And") and whose predicate is a role.
 */
export function pronounPredicate(s: Sentence): { gender: string; role: string } | null {
  const t = s.tokens;
  const at = t[0]?.lower === 'but' || t[0]?.lower === 'and' ? 1 : 0;
  const gender = PRONOUN_GENDER.get(t[at]?.lower ?? '');
  if (!gender) return null;
  const k = afterLinkingVerb(s, at + 1);
  if (k < 0) return null;
  // A noun phrase with its article ("a professor", "the club's chairman"), or the complement of an
  // appointment ("was appointed chairman"): "she was homeless" is a state, not a role.
  const before = s.tokens[k - 1]?.lower ?? '';
  const first = s.tokens[k]?.lower ?? '';
  if (!(DETERMINERS.has(first) || APPOINTED.has(before) || before === 'as')) return null;
  const role = rolePhrase(s, k);
  return role ? { gender, role } : null;
}

/** Nouns for the post someone holds, in "in his role as chairman", "during her time as coach". */
export const CAPACITY_NOUNS: ReadonlySet<string> = new Set([
  'role',
  'capacity',
  'time',
  'tenure',
  'stint',
  'spell',
  'term',
  'post',
  'position',
  // "in her years as mayor", "over his career as a senator": the span of a post held.
  'years',
  'career',
]);
const CAPACITY_PREPOSITIONS = new Set(['in', 'during', 'since', 'throughout']);
/**
 * Nouns for a post held, as the object of a verb: "leaving his role as coach". Not "job": a job
 * is lost, sought or applied for as often as held ("lost his job as a porter").
 */
export const POSTS: ReadonlySet<string> = new Set([
  'role',
  'post',
  'position',
  'capacity',
  'tenure',
  'stint',
  'spell',
  'term',
  // "marked his debut as captain", "ended her career as a ferry pilot", "her 12 years as a
  // councillor": the first match, the whole working life and the span of a post are held too.
  'debut',
  'years',
  'career',
]);

/**
 * "In his role as chairman", "during her time as coach", "in her capacity as mayor": a post held,
 * written as a prepositional phrase, with the token it starts at. A post lost or left ("lost his
 * job as a driver") is no such phrase.
 */
export function capacities(s: Sentence): { at: number; role: string }[] {
  const t = s.tokens;
  const out: { at: number; role: string }[] = [];
  for (let i = 0; i + 4 < t.length; i++) {
    if (!CAPACITY_PREPOSITIONS.has(t[i]?.lower ?? '')) continue;
    let k = i + 1;
    if (!POSSESSIVE_PRONOUNS.has(t[k]?.lower ?? '')) continue;
    k++;
    // "his first season as", "her long tenure as": one word may qualify the noun.
    if (!CAPACITY_NOUNS.has(t[k]?.lower ?? '') && CAPACITY_NOUNS.has(t[k + 1]?.lower ?? '')) k++;
    if (!CAPACITY_NOUNS.has(t[k]?.lower ?? '') || t[k + 1]?.lower !== 'as') continue;
    const role = rolePhrase(s, k + 2);
    if (role) out.push({ at: i, role });
  }
  return out;
}

/**
 * "X is giving up his role as Riverton coach", "she took up her post as head teacher": a post
 * held, the object of any verb, read where the capacity phrase does not open the clause (that is
 * `capacities`). With the gender its possessive speaks of, and the token it starts at.
 */
export function possessedPosts(s: Sentence): { at: number; gender: Gender; role: string }[] {
  const t = s.tokens;
  const out: { at: number; gender: Gender; role: string }[] = [];
  for (let i = 0; i + 3 < t.length; i++) {
    if (!POSSESSIVE_PRONOUNS.has(t[i]?.lower ?? '') || CAPACITY_PREPOSITIONS.has(t[i - 1]?.lower ?? ''))
      continue;
    let k = i + 1;
    if (!POSTS.has(t[k]?.lower ?? '') && POSTS.has(t[k + 1]?.lower ?? '')) k++;
    if (!POSTS.has(t[k]?.lower ?? '') || t[k + 1]?.lower !== 'as') continue;
    const role = rolePhrase(s, k + 2);
    if (role) out.push({ at: i, gender: PRONOUN_OF.get(t[i]?.lower ?? '') ?? null, role });
  }
  return out;
}

/**
 * Nouns for the other players of one's own squad. Plural only: a lone "team-mate" is the partner of
 * a pair (a racing driver's, a doubles player's), whose team is no squad of players.
 */
const TEAM_MATES = new Set(['team-mates', 'teammates']);

/**
 * "X and his Riverton team-mates", "X is mobbed by her Dunmore teammates": a player is one of the
 * team the possessive's team-mates play for, so the club before "team-mates" makes them a
 * "Riverton player". Only capitalised words between the pronoun and the noun (a club or country),
 * none of them a person's name.
 */
export function teamOfMates(s: Sentence): { at: number; gender: Gender; role: string }[] {
  const t = s.tokens;
  const out: { at: number; gender: Gender; role: string }[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    // "their" speaks of several people, any of whom the team-mates may belong to.
    if (!POSSESSIVE_PRONOUNS.has(t[i]?.lower ?? '') || t[i]?.lower === 'their') continue;
    let k = i + 1;
    while (k < t.length && k <= i + 3 && isCapitalised(t[k]) && s.owner[k] === -1) k++;
    if (k === i + 1 || !TEAM_MATES.has(t[k]?.lower ?? '')) continue;
    out.push({
      at: i,
      gender: PRONOUN_OF.get(t[i]?.lower ?? '') ?? null,
      role: `${slice(s, i + 1, k)} player`,
    });
  }
  return out;
}

/**
 * "... because he currently manages Riverton": a subject pronoun, then a present verb of holding
 * an office, with the gender the pronoun speaks of and the token it stands at.
 */
export function pronounOffices(s: Sentence): { at: number; gender: Gender; role: string }[] {
  const t = s.tokens;
  const out: { at: number; gender: Gender; role: string }[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    const gender =
      t[i]?.lower === 'he' || t[i]?.lower === 'she' ? (PRONOUN_OF.get(t[i]?.lower ?? '') ?? null) : undefined;
    if (gender === undefined) continue;
    let verb = i + 1;
    while (ADVERBS.has(t[verb]?.lower ?? '')) verb++;
    if (!OFFICE_VERBS.has(t[verb]?.lower ?? '') || !overNamedBody(s, verb)) continue;
    const role = officeClause(s, verb);
    if (role) out.push({ at: i, gender, role });
  }
  return out;
}

/** The words between "he" or "she" and the office in a clause of time ("had been", "was named"). */
const LINKING_WORDS = new Set([
  ...[...COPULA].flatMap((c) => c.split(' ')),
  ...APPOINTED,
  ...ADVERBS,
  'been',
  'in',
]);

/**
 * A lower-case "of" object ends the office in the clause: "secretary of state", "secretary of
 * homeland security", "head of the agency". No finite verb ends the clause, so three lower-case
 * words or more after "of" ("while she was secretary of state gave money") run on into the
 * sentence the clause sits in, and the object keeps its first noun only.
 */
function shortOfObject(role: string): string {
  const words = role.split(' ');
  const of = words.indexOf('of');
  if (of < 1) return role;
  const object = words.slice(of + 1);
  let lower = 0;
  while (lower < object.length && OPENS_SMALL.test(object[lower] ?? '')) lower++;
  if (lower < 3) return role;
  const noun = DETERMINERS.has(object[0] ?? '') ? 2 : 1;
  return words.slice(0, of + 1 + noun).join(' ');
}

/** Conjunctions of time that open a clause dating what its subject did by the office held then. */
const TIME_CONJUNCTIONS = new Set(['while', 'when', 'since', 'before', 'after', 'until', 'as']);

/**
 * "... while she was secretary of state", "since he was the mayor of Westport", "when she served
 * as a Norland senator": a clause of time whose subject is "he" or "she" and whose predicate is an
 * office. A bare noun after the verb is one ("was president"); with an article the phrase must say
 * whose office it is, by a capitalised body or place or an "of" phrase, for "when she was a young
 * girl" or "when he was the underdog" is a time of life or a state, not a post.
 */
export function pronounClauseOffices(s: Sentence): { at: number; gender: Gender; role: string }[] {
  const t = s.tokens;
  const out: { at: number; gender: Gender; role: string }[] = [];
  for (let i = 1; i + 2 < t.length; i++) {
    const lower = t[i]?.lower ?? '';
    if ((lower !== 'he' && lower !== 'she') || !TIME_CONJUNCTIONS.has(t[i - 1]?.lower ?? '')) continue;
    const k = afterLinkingVerb(s, i + 1);
    if (k < 0) continue;
    // "as he has emerged as a rival": only a copula or a verb of serving or appointment links.
    let linked = true;
    for (let j = i + 1; j < k; j++) if (!LINKING_WORDS.has(t[j]?.lower ?? '')) linked = false;
    const first = t[k];
    // "as he was becoming chairman": a verb in -ing is an action under way, not a post held.
    if (!linked || !first || !isWord(first) || s.owner[k] !== -1 || first.lower.endsWith('ing')) continue;
    const phrase = rolePhrase(s, k);
    if (!phrase) continue;
    const role = shortOfObject(phrase);
    const bare = !DETERMINERS.has(first.lower);
    const owned = / of |\p{Lu}/u.test(role);
    if (bare || owned) out.push({ at: i, gender: PRONOUN_OF.get(lower) ?? null, role });
  }
  return out;
}

/**
 * Prepositions whose object is no subject. "In" is not one: sports writing names a player "in"
 * apposition ("another club legend in X, who ...").
 */
const OBJECT_PREPOSITIONS = new Set(['of', 'with', 'by', 'to', 'from']);

/**
 * Is the name the object of a preposition, past a short title ("the sister of ex-champion X")?
 * Then it is no clause's subject, and a later "his" or "he" in the clause stands for someone else.
 */
export function isPrepositionObject(s: Sentence | undefined, o: Occurrence): boolean {
  if (!s) return false;
  const t = s.tokens;
  let k = o.start - 1;
  for (let n = 0; n < 4 && k >= 0; n++, k--) {
    const w = t[k];
    if (!w || !isWord(w) || s.owner[k] !== -1) break;
    if (!(w.cap || isModifier(w.text) || isPersonNoun(w.text) || isCompoundModifier(w))) break;
  }
  return OBJECT_PREPOSITIONS.has(t[k]?.lower ?? '');
}
