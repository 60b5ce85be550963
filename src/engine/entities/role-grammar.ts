/**
 * Roles of people, read from the sentences with the grammar news writing uses to say who someone
 * is. It takes people (names and aliases) and sentence text in, and gives roles out, so it does
 * not depend on how names were found:
 *
 * - a title or description before the name: "Prime Minister Rishi Sunak", "Dunmore chairman
 *   Tom Vane", "former astronaut Ada Brill", "Arts Council president and CEO X";
 * - a list after a plural role: "first-team players A, B and C", "suspects A and B";
 * - a world ranking before the name: "world No 1 X";
 * - a squad implied by plural team-mates: "X and his Riverton team-mates" → "Riverton player";
 * - an appositive before the name: "Reid's lawyer, Sam Perrow," / "her sister, Princess Adela,";
 * - an appositive after it: "X, the US envoy for Iran," / "X, 45, landlord of the pub,";
 * - a relative clause: "X, who is the chief executive of Y";
 * - a predicate: "X was deputy head to Y", "X will be named as the school's head";
 * - a later definite description that refers back: "... under Carr when the manager resigned"
 *   gives Carr "manager" when nothing else gave him a role, and an office before a speech verb
 *   does too ("The Prime Minister said"); a bare "the manager said" never (as often someone the
 *   article does not name);
 * - the lead's description of someone the next sentence names ("A midwife has admitted ... .
 *   Jane X refused ...").
 * - roles stated with a verb (role-agents.ts): an office held ("who heads Y" → head of Y,
 *   "Riverton, coached by X" → coach of Riverton), "his role as Y", counsel in a court report
 *   ("X, prosecuting,"), marriage ("A is married to B" → husband of A), a shared "co-" role.
 *
 * The title and photo captions are read too: they give roles to the people the body names.
 * Design notes: docs/decisions/013-roles-by-news-grammar.md.
 *
 * Roles are short and as written: an appositive keeps its article ("the US envoy for Iran"); a
 * title before the name has none, and a description that refers back drops its "the".
 */

import { courtRole, agentNoun, isOfficeBy, isMarryingVerb, genderedKin, spouseNoun } from './role-agents.js';
import { isSayingVerb } from '../lexicon/speech.js';
import { DETERMINERS } from '../lexicon/determiners.js';
import { isModifier, singular } from './role-nouns.js';
import type { Gender, Person } from '../schema.js';
import { lookupPlace } from '../lexicon/places.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { lookupOrganization, isOrgCueWord, isTrailingOrgNoun } from '../lexicon/organizations.js';
import { isSingleOffice, isTitleAbbreviation } from '../lexicon/titles.js';
import type { Token } from './tokenize.js';
import type { Sentence, Occurrence, Tok, NameList } from './roles/types.js';
import { rolePhrase, afterAsides } from './roles/phrase.js';
import {
  ADVERBS,
  isWord,
  PREPOSITIONS,
  BOUNDARY,
  RELATIVES,
  CLAUSE_VERBS,
  TIME_WORDS,
  ROLE_PREPOSITIONS,
  TRAILING,
  isCapitalised,
  isPossessiveMark,
  isFunctionWord,
  isPersonNoun,
  isCompoundModifier,
  CLAUSE_OPENERS,
  isPreposition,
  APPOINTED,
  POSSESSIVE_PRONOUNS,
  PRONOUN_OF,
  COPULA,
  isOrdinal,
  AUXILIARIES,
  GENERIC,
  CLOSING_QUOTES,
  TWO_WORD_COPULA_HEADS,
  DEICTIC_DAYS,
  RELATIVE_TIMES,
  TIME_NOUNS,
  NAME_TITLES,
  OFFICE_REACH,
} from './roles/words.js';
import { slice, tokenize, roleTokens, isTitleCased, containsWord } from './roles/tokens.js';
import { opensSentence, walkLeft, isLoneName } from './roles/heads.js';
import { unowned, cuesOf, findOccurrences, antecedent, CUE } from './roles/occurrences.js';
import { listsOf, listRole, listAppositive, otherOfKind, sharedRoles } from './roles/lists.js';
import { titlesBefore, titleSpan, rankingBefore, pluralAbbreviationBefore } from './roles/titles.js';

/** "X, the US envoy for Iran," and "X, who is the chief executive of Y". */
function appositionAfter(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  // "X (the county's top prosecutor) said", "X – the county's top prosecutor – said": an
  // appositive in brackets or between dashes; "(pictured)" and "(D-N.Y.)" have no person noun.
  const open = t[o.end]?.text ?? '';
  if (open === '(' || open === '—' || open === '–') {
    const bracketed = rolePhrase(s, o.end + 1);
    if (bracketed) return bracketed;
  }
  let k = afterAsides(s, o.end);
  if (t[k]?.text !== ',') return null;
  k++;
  // "X, prosecuting, said": counsel named as a British court report names them.
  const court = courtRole(t[k]?.lower ?? '');
  const closes = t[k + 1]?.text === ',' || t[k + 1]?.text === '.' || isSayingVerb(t[k + 1]?.lower ?? '');
  if (court && closes) return court;
  // "X, representing the union,", "X, who heads the agency,": a verb of holding an office.
  if (OFFICE_PARTICIPLES.has(t[k]?.lower ?? '')) return officeClause(s, k);
  if (t[k]?.lower === 'who') {
    let verb = k + 1;
    while (ADVERBS.has(t[verb]?.lower ?? '')) verb++;
    if (OFFICE_VERBS.has(t[verb]?.lower ?? '')) return officeClause(s, verb);
    const team = playsFor(s, verb);
    if (team) return team;
    // "who has managed the club since 2019": the perfect with "since" or "for" is an office still held.
    if ((t[verb]?.lower === 'has' || t[verb]?.lower === 'have') && heldSince(s, verb + 2))
      return officeClause(s, verb + 1);
    // "who is the chief executive of Y", "who was appointed as Y's chief executive".
    k = afterLinkingVerb(s, k + 1);
    if (k < 0) return null;
  }
  // "Nell, also a retired teacher,", "X, now a lecturer,": the adverb is no part of the role.
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  return rolePhrase(s, k);
}

/**
 * Verbs whose subject holds an office over their object ("heads the agency", "chairs the
 * committee", "represents the union"), in the present: "led the team to victory" or "ran the
 * marathon" is something done once, and "founded the firm" tells a deed more than a role.
 */
const OFFICE_VERBS = new Set(
  'heads leads runs chairs manages coaches captains directs edits owns represents presents hosts commands governs oversees'.split(
    ' ',
  ),
);
const OFFICE_PARTICIPLES = new Set(
  'heading leading running chairing managing coaching captaining directing editing representing presenting hosting commanding overseeing'.split(
    ' ',
  ),
);

/** Tokens `from` to `to` are capitalised words and dots only: a title before a name ("Mr.", "Norland Sen."). */
function isTitleOnly(t: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(t[k]?.cap || t[k]?.text === '.')) return false;
  return true;
}

/**
 * The verb of an office and its object, as written ("heads the agency", "representing the union"):
 * the object is a noun phrase (an article, a possessive or a capitalised name first, never a
 * preposition: "running for office" is no office held), cut before a time or a second phrase.
 */
function officeClause(s: Sentence, verb: number): string | null {
  const t = s.tokens;
  // "X, Managing Director, Y": a capitalised participle is part of a title, not a verb.
  if (t[verb]?.cap) return null;
  const first = t[verb + 1];
  if (!first || !isWord(first) || PREPOSITIONS.has(first.lower) || s.owner[verb + 1] !== -1) return null;
  if (!(DETERMINERS.has(first.lower) || first.cap)) return null;
  let end = verb + 1;
  let preps = 0;
  while (end < t.length && end - verb <= 10) {
    const w = t[end];
    if (!w || BOUNDARY.has(w.text) || RELATIVES.has(w.lower) || CLAUSE_VERBS.has(w.lower)) break;
    if (w.text === '.' && end === t.length - 1) break;
    if (s.owner[end] !== -1) {
      const name = s.owner[end];
      let after = end;
      while (s.owner[after] === name) after++;
      // "leads Mr. Vale's council": a possessor's name qualifies the body led, so the walk goes on.
      if (t[after]?.possessive) {
        end = after + 1;
        continue;
      }
      // "leads Mr. Vale in the polls": a person after no more than a title is the object, and one
      // leads a rival in a race but heads no person as an office.
      if (isTitleOnly(t, verb + 1, end)) return null;
      break;
    }
    // "owns the yard and retains a jockey": a second verb phrase; "Health and Social Care" goes on.
    if (w.lower === 'and' && !t[end + 1]?.cap) break;
    if (PREPOSITIONS.has(w.lower)) {
      const timed = /^\d/.test(t[end + 1]?.text ?? '') || TIME_WORDS.test(t[end + 1]?.lower ?? '');
      if (!ROLE_PREPOSITIONS.has(w.lower) || ++preps === 2 || timed) break;
    }
    end++;
  }
  while (end > verb + 2 && TRAILING.has(t[end - 1]?.lower ?? '')) end--;
  if (end <= verb + 1) return null;
  // "heads the agency" is read as the role it states, "head of the agency".
  const agent = agentNoun(t[verb]?.lower ?? '');
  return agent ? `${agent} of ${slice(s, verb + 1, end)}` : slice(s, verb, end);
}

/**
 * A perfect participle of an office ("managed", "led") at `k - 1`, whose clause says since when
 * or for how long ("since 2019", "for a decade") within ten tokens: an office held until now.
 */
function heldSince(s: Sentence, k: number): boolean {
  const t = s.tokens;
  const participle = t[k - 1]?.lower ?? '';
  if (!isOfficeBy(participle) || !agentNoun(participle)) return false;
  for (let j = k; j < t.length && j - k < 10; j++) {
    const w = t[j];
    if (!w || BOUNDARY.has(w.text) || w.text === '.') return false;
    if (
      w.lower === 'since' ||
      (w.lower === 'for' &&
        /^(?:\d|a$|the$|two|three|four|five|six|seven|eight|nine|ten|more|over|nearly|almost)/.test(
          t[j + 1]?.lower ?? '',
        ))
    )
      return true;
  }
  return false;
}

/**
 * "X, who plays for Riverton," and "X currently plays for Northam": a player of the team, in the
 * present (the squad someone is in now; "played for" tells a past career). The team is a run of up
 * to four capitalised words after "for" (and maybe "the"), no one's name and no possessor
 * ("plays for Riverton's youth side" names a side, not the club's squad); the role is "Riverton
 * player", as sports pages write it before a name.
 */
function playsFor(s: Sentence, verb: number): string | null {
  const t = s.tokens;
  if (t[verb]?.text !== 'plays' || t[verb + 1]?.lower !== 'for') return null;
  const start = t[verb + 2]?.lower === 'the' ? verb + 3 : verb + 2;
  let end = start;
  while (end < t.length && end - start < 4 && isCapitalised(t[end]) && isWord(t[end]) && s.owner[end] === -1)
    end++;
  if (end === start || isPossessiveMark(t[end]) || isFunctionWord(t[start]?.lower ?? '')) return null;
  return `${slice(s, start, end)} player`;
}

/**
 * Is the verb's object a named body ("manages Riverton", "heads the Westshire Trust")? A main
 * clause's "heads the ball into the net", "leads the race" or "hosts a party" is an act, which
 * match reports and captions write in the present as often as an office.
 */
function overNamedBody(s: Sentence, verb: number): boolean {
  const t = s.tokens;
  const k = t[verb + 1]?.lower === 'the' ? verb + 2 : verb + 1;
  return isCapitalised(t[k]) && isWord(t[k]) && s.owner[k] === -1;
}

/**
 * "Riverton, coached by X", "the inquiry into the crash, led by former judge X", "a firm founded
 * by X": a passive participle of an office, then "by" and the name (past a short title), makes
 * the name the holder of that office over the noun phrase before it. The phrase is the proper
 * name right before the participle, or the phrase from its article (not an article inside one of
 * its prepositional phrases) cut before its first preposition: "leader of the inquiry".
 */
function officeBy(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  // "the front, led by Vale's party": what the name's possessive owns holds the office, not the person.
  if (isPossessiveMark(t[o.end])) return null;
  let by = o.start - 1;
  // "coached by Dutchman X", "led by former judge X": a title of up to three words between.
  for (let n = 0; n < 3 && by >= 0 && t[by]?.lower !== 'by'; n++) {
    const w = t[by];
    if (!w || !isWord(w) || s.owner[by] !== -1) return null;
    if (!(w.cap || isModifier(w.text) || isPersonNoun(w.text) || isCompoundModifier(w))) return null;
    by--;
  }
  const participle = t[by - 1];
  if (t[by]?.lower !== 'by' || !participle || !isOfficeBy(participle.lower)) return null;
  const agent = agentNoun(participle.lower);
  if (!agent) return null;
  let last = by - 2;
  if (t[last]?.text === ',') last--;
  let start = -1;
  for (let j = last; j >= 0 && last - j < 12; j--) {
    const w = t[j];
    if (!w || !isWord(w) || s.owner[j] !== -1 || CLAUSE_VERBS.has(w.lower) || RELATIVES.has(w.lower)) break;
    if (CLAUSE_OPENERS.has(w.lower) && !DETERMINERS.has(w.lower)) break;
    if (DETERMINERS.has(w.lower) && !isPreposition(t[j - 1]?.lower ?? '')) {
      start = j;
      break;
    }
  }
  if (start < 0) {
    // No article: a proper name ("Riverton", "Porto"), no longer than a few capitalised words.
    let j = last;
    while (j >= 0 && last - j < 4 && isCapitalised(t[j]) && isWord(t[j]) && s.owner[j] === -1) j--;
    if (j === last || isFunctionWord(t[j + 1]?.lower ?? '')) return null;
    return `${agent} of ${slice(s, j + 1, last + 1)}`;
  }
  let end = start + 1;
  while (end <= last && !isPreposition(t[end]?.lower ?? '')) end++;
  while (end > start + 1 && TRAILING.has(t[end - 1]?.lower ?? '')) end--;
  return end > start + 1 ? `${agent} of ${slice(s, start, end)}` : null;
}

const PRONOUN_GENDER = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * "He is the club's chairman", "She was appointed chief executive in 2019": a sentence whose
 * subject is "he" or "she" (first, or after "But" or "And") and whose predicate is a role.
 */
function pronounPredicate(s: Sentence): { gender: string; role: string } | null {
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
const CAPACITY_NOUNS = new Set([
  'role',
  'capacity',
  'time',
  'tenure',
  'stint',
  'spell',
  'term',
  'post',
  'position',
]);
const CAPACITY_PREPOSITIONS = new Set(['in', 'during', 'since', 'throughout']);
/**
 * Nouns for a post held, as the object of a verb: "leaving his role as coach". Not "job": a job
 * is lost, sought or applied for as often as held ("lost his job as a porter").
 */
const POSTS = new Set(['role', 'post', 'position', 'capacity', 'tenure', 'stint', 'spell', 'term']);
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

/**
 * "In his role as chairman", "during her time as coach", "in her capacity as mayor": a post held,
 * written as a prepositional phrase, with the token it starts at. A post lost or left ("lost his
 * job as a driver") is no such phrase.
 */
function capacities(s: Sentence): { at: number; role: string }[] {
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
function possessedPosts(s: Sentence): { at: number; gender: Gender; role: string }[] {
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
function teamOfMates(s: Sentence): { at: number; gender: Gender; role: string }[] {
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
function pronounOffices(s: Sentence): { at: number; gender: Gender; role: string }[] {
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
  while (lower < object.length && /^\p{Ll}/u.test(object[lower] ?? '')) lower++;
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
function pronounClauseOffices(s: Sentence): { at: number; gender: Gender; role: string }[] {
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
function isPrepositionObject(s: Sentence | undefined, o: Occurrence): boolean {
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
function marriages(
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

const NAMING_VERBS = new Set(['named', 'identified']);
const NAMING_AUXILIARIES = new Set(
  'was were is are has have had been being later formally officially yesterday today locally'.split(' '),
);

/**
 * "The victim was named as X", "The two suspects have been identified as A and B": the subject
 * a name is given to, from the names (or their list) at `first`. "The man was named as X" says
 * nothing, and the subject must be a noun phrase of its own (an article or the sentence start).
 */
function namedAs(s: Sentence, first: number): string | null {
  const t = s.tokens;
  if (t[first - 1]?.lower !== 'as' || !NAMING_VERBS.has(t[first - 2]?.lower ?? '')) return null;
  let head = first - 3;
  while (head > 0 && NAMING_AUXILIARIES.has(t[head]?.lower ?? '')) head--;
  const w = t[head];
  if (!w || s.owner[head] !== -1 || head === first - 3) return null;
  const noun = w.cap && opensSentence(s, head) ? w.lower : w.text;
  if (!(isPersonNoun(noun) || isPersonNoun(noun, true)) || GENERIC.has(singular(w.lower))) return null;
  const start = walkLeft(s, head);
  const before = t[start - 1];
  if (before && !DETERMINERS.has(before.lower) && before.text !== ',') return null;
  return slice(s, start, head + 1);
}

/** Prepositions that tie a speaker to the body they speak for: "X of Northway Bank said". */
const AFFILIATION_PREPOSITIONS = new Set(['of', 'from', 'at', 'with']);

/**
 * A speaker's body, with no role noun: "X of Northway Bank said", "X, from bookmakers Cobalt,
 * confirmed". The body is a capitalised name that is no known place and shows itself a body, and
 * a verb of saying follows it, which is where news writing ties a source to the body it speaks for.
 */
function affiliation(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  let k = afterAsides(s, o.end);
  const comma = t[k]?.text === ',';
  if (comma) k++;
  const from = k;
  const preposition = t[k]?.lower ?? '';
  if (!AFFILIATION_PREPOSITIONS.has(preposition)) return null;
  k++;
  if (t[k]?.lower === 'the') k++;
  const noun = t[k];
  const kind =
    noun !== undefined && isWord(noun) && !noun.cap && !isFunctionWord(noun.lower) && t[k + 1]?.cap;
  if (kind) k++;
  // "X, of Millbrook, said" and "X from Leeds said" say where X lives, as often as not of a place
  // no list holds: between commas, or after "from", the body needs its kind ("bookmakers Cobalt").
  else if (comma || preposition === 'from') return null;
  const body = k;
  while (k < t.length && k - body < 4 && t[k]?.cap && s.owner[k] === -1 && !isPossessiveMark(t[k])) k++;
  if (k === body) return null;
  const name = slice(s, body, k);
  if (lookupPlace(name) !== undefined || TIME_WORDS.test(lowerCase(name))) return null;
  // "X of Springfield said" is where X lives as often as "X of Rabobank said" is whom X speaks
  // for: a bare name counts only when it shows a body (a known organisation, or a word such as
  // "Bank" or "Institute" in it); with its kind before it ("bookmakers Cobalt") it always does.
  const last = t[k - 1]?.text ?? '';
  if (!kind && lookupOrganization(name) === undefined && !isOrgCueWord(last) && !isTrailingOrgNoun(last))
    return null;
  let verb = k;
  if (t[verb]?.text === ',') verb++;
  // '..., said X of the Policy Institute.': the speaker after the verb, then the body and the
  // clause's end (in PolNeAR train, 7 of the 7 such speakers with a body that shows itself one).
  const inverted =
    INVERTING_VERBS.has(t[o.start - 1]?.lower ?? '') &&
    (t[k] === undefined || t[k]?.text === ',' || (t[k]?.text === '.' && k === t.length - 1));
  if (!inverted && !isSayingVerb(t[verb]?.lower ?? '')) return null;
  return slice(s, from, k);
}

/** Verbs of saying written before their subject ('"...," said X'). */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'explained', 'wrote', 'writes']);

/** "Reid's lawyer, Sam Perrow," and "her father, Prince Osric,": the appositive comes first. */
function appositionBefore(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  // The name closes the appositive with a comma or a dash, or ends the sentence ("said the firm's
  // lawyer, X.").
  const after = afterAsides(s, o.end);
  const closes =
    t[after]?.text === ',' ||
    t[after]?.text === '—' ||
    ((t[after]?.text === '.' || !t[after]) && after >= t.length - 1);
  if (t[o.start - 1]?.text !== ',' || !closes) return null;
  // "A spokesman for Westshire Fire Service, X,": the head before one role preposition.
  const ofPhrase = prepositionalHead(s, o.start - 2);
  const head = ofPhrase ?? o.start - 2;
  const end = o.start - 1;
  const w = t[head];
  if (ofPhrase === null) {
    const member = oneOfKind(s, head);
    if (member !== null) return member;
  }
  // A head in capitals is a title ("The Prime Minister, X,", "The PM, X,"), never a name.
  if (!w || !isPersonNoun(w.text) || GENERIC.has(w.lower) || s.owner[head] !== -1) return null;
  if (w.text !== w.lower && !DETERMINERS.has(t[walkLeft(s, head) - 1]?.lower ?? '')) return null;
  const start = walkLeft(s, head);
  // The phrase must open where a noun phrase can: the sentence start, an article or possessive, a preposition.
  const opensPhrase = (k: number) => {
    const before = t[k - 1];
    // "her sister, X, and mother, Y,": a second appositive shares the first one's possessive.
    const second = before?.lower === 'and' && t[k - 2]?.text === ',' && (s.owner[k - 3] ?? -1) !== -1;
    // '"...," the minister's spokesman, X, wrote': right after a quotation, the attribution's subject.
    const afterQuote =
      CLOSING_QUOTES.has(before?.text ?? '') ||
      (before?.text === ',' && CLOSING_QUOTES.has(t[k - 2]?.text ?? ''));
    return (
      !before ||
      afterQuote ||
      // "said Vale's deputy campaign manager, X,", "(Vale's niece, X, ...)".
      isSayingVerb(before.lower) ||
      before.text === '(' ||
      DETERMINERS.has(before.lower) ||
      PREPOSITIONS.has(before.lower) ||
      before.lower === 'another' ||
      second ||
      // "alerted Vale's chief of staff, X, to ...": a possessor opens a noun phrase after any word.
      ownedFrom(k)
    );
  };
  // A name and its possessive mark open the role ("Vale's", "Ms. Vale's").
  const ownedFrom = (k: number) => {
    let j = k;
    while (j < head && j - k <= 3 && isCapitalised(t[j]) && isWord(t[j])) j++;
    return j > k && isPossessiveMark(t[j]);
  };
  const withArticle = (k: number) => (DETERMINERS.has(t[k - 1]?.lower ?? '') ? k - 1 : k);
  if (opensPhrase(start)) return slice(s, withArticle(start), end);
  if (ofPhrase !== null) return null;
  // "A Harbour Street building caretaker, X,": nouns the walk does not know, between an article and the head.
  for (let k = start - 1; k >= Math.max(0, head - 4); k--) {
    const w = t[k];
    if (!w || !isWord(w) || CLAUSE_VERBS.has(w.lower) || PREPOSITIONS.has(w.lower) || s.owner[k] !== -1)
      return null;
    // "another fraternity brother, X," opens as "a fraternity brother" does.
    if (DETERMINERS.has(w.lower) || w.lower === 'another') return k + 1 < head ? slice(s, k, head + 1) : null;
  }
  return null;
}

/**
 * "One of his advisers, X," and "one of the league's lawyers, X,": an appositive that picks one
 * from a plural person noun makes X one of that kind, the head in the singular ("adviser", "the
 * league's lawyer"). A possessive pronoun or a bare article says nothing of its own and is left
 * out; an article that opens a possessor is kept with it.
 */
function oneOfKind(s: Sentence, head: number): string | null {
  const t = s.tokens;
  const w = t[head];
  if (!w || w.cap || s.owner[head] !== -1 || isPersonNoun(w.text) || !isPersonNoun(w.text, true)) return null;
  const start = walkLeft(s, head);
  let from = start;
  while (from > 0 && DETERMINERS.has(t[from - 1]?.lower ?? '')) from--;
  if (t[from - 1]?.lower !== 'of' || t[from - 2]?.lower !== 'one') return null;
  let owned = false;
  for (let k = start; k < head; k++) if (isPossessiveMark(t[k])) owned = true;
  const opening = owned ? from : start;
  const qualifiers = opening < head ? `${slice(s, opening, head)} ` : '';
  return `${qualifiers}${singular(w.lower)}`;
}

/**
 * The head of an appositive that ends in one role prepositional phrase ("a spokesman for Westshire
 * Fire Service", "the chief executive of Acme"), given the phrase's last token: the person noun
 * right before "of", "for", "at", "to", "from" or "with", within six tokens that hold no verb, no
 * punctuation and no one's name. Null when the appositive has no such phrase.
 */
function prepositionalHead(s: Sentence, last: number): number | null {
  const t = s.tokens;
  for (let j = last; j >= Math.max(1, last - 6); j--) {
    const w = t[j];
    if (!w || !isWord(w) || s.owner[j] !== -1 || CLAUSE_VERBS.has(w.lower) || RELATIVES.has(w.lower))
      return null;
    if (PREPOSITIONS.has(w.lower)) {
      if (!ROLE_PREPOSITIONS.has(w.lower) || j === last) return null;
      const head = t[j - 1];
      return head && s.owner[j - 1] === -1 && isPersonNoun(head.lower) ? j - 1 : null;
    }
  }
  return null;
}

/** "X was deputy head to Y", "X will be named as Riverton's new head teacher". */
function predicate(s: Sentence, o: Occurrence): string | null {
  // The object of a preposition is no subject ("pictured with X (right) is the favourite").
  if (PREPOSITIONS.has(s.tokens[o.start - 1]?.lower ?? '')) return null;
  // "if X becomes president", "until X is elected president": a condition, not a role held.
  if (isConditionSubject(s, o.start)) return null;
  // '"Vale is a dreamer," she said': a copula inside a quotation is the speaker's opinion.
  if (isQuoted(s, o.start)) return null;
  // "X, 58, has been appointed chairman": past the age and its closing comma first.
  let from = afterAsides(s, o.end);
  if (from > o.end && s.tokens[from]?.text === ',') from++;
  // "X currently manages Riverton": an office held, in the present, over a named body.
  let verb = from;
  while (ADVERBS.has(s.tokens[verb]?.lower ?? '')) verb++;
  if (OFFICE_VERBS.has(s.tokens[verb]?.lower ?? '') && overNamedBody(s, verb)) return officeClause(s, verb);
  const team = playsFor(s, verb);
  if (team) return team;
  const k = afterLinkingVerb(s, from);
  return k < 0 ? null : rolePhrase(s, k);
}

/** Is token `k` inside a quotation opened earlier in the sentence (more opening marks than closing before it)? */
function isQuoted(s: Sentence, k: number): boolean {
  let open = 0;
  let straight = 0;
  for (let j = 0; j < k; j++) {
    const w = s.tokens[j]?.text;
    if (w === '“') open++;
    else if (w === '”') open = Math.max(0, open - 1);
    else if (w === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** Openers of a clause whose predicate is supposed, not stated: "if X is president". */
const CONDITIONALS = new Set(['if', 'unless', 'until', 'whether', 'lest']);

/** A subject starting at `start` is a conditional clause's: "if", "unless" ... within the four words before it, no punctuation between. */
function isConditionSubject(s: Sentence, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const w = s.tokens[k];
    if (!w || !isWord(w)) return false;
    if (CONDITIONALS.has(w.lower)) return true;
  }
  return false;
}

/**
 * Past the verb that links a subject to its role, from `k`: a copula ("is", "has been", "serves
 * as"), or auxiliaries and adverbs around one verb and then "as" ("will be confirmed as", "was
 * appointed as", "previously served as"). An object in between ("lost his job as a porter") is
 * another construction: the role is the job's, not the person's. -1 when there is none.
 */
function afterLinkingVerb(s: Sentence, from: number): number {
  const t = s.tokens;
  let k = from;
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  // The verb and "as" first: "was appointed as" is no copula "was" before "appointed".
  const as = afterVerbAs(s, k);
  if (as >= 0) k = as;
  else {
    const one = t[k]?.lower ?? '';
    // The two-word forms all start with one of these: the pair is only built for them.
    if (TWO_WORD_COPULA_HEADS.has(one) && COPULA.has(`${one} ${t[k + 1]?.lower ?? ''}`)) k += 2;
    else if (COPULA.has(one)) k += 1;
    else return -1;
    while (ADVERBS.has(t[k]?.lower ?? '')) k++;
    // "was named chief executive", "has been elected president", "was sworn in as" aside.
    if (APPOINTED.has(t[k]?.lower ?? '')) {
      k++;
      // "was named this week as a head of ...": a time between the participle and its "as".
      const w = t[k]?.lower ?? '';
      const time = DEICTIC_DAYS.has(w)
        ? 1
        : RELATIVE_TIMES.has(w) && TIME_NOUNS.has(t[k + 1]?.lower ?? '')
          ? 2
          : 0;
      if (time > 0 && t[k + time]?.lower === 'as') k += time + 1;
    }
  }
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  return k;
}

/**
 * "Acme named Tom Reed as finance director", "the board appointed X as chairman": the object of an
 * appointment verb takes the post after "as", as the subject of "was named chairman" does.
 */
function appointedAs(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  if (!APPOINTED.has(t[o.start - 1]?.lower ?? '') || t[o.end]?.lower !== 'as') return null;
  return rolePhrase(s, o.end + 1);
}

/** Past "as" after auxiliaries and adverbs around exactly one verb, or -1. */
function afterVerbAs(s: Sentence, k: number): number {
  const t = s.tokens;
  let j = k;
  let verbs = 0;
  while (j < k + 4 && t[j] && t[j]?.text === t[j]?.lower && isWord(t[j]) && t[j]?.lower !== 'as') {
    const w = t[j]?.lower ?? '';
    if (DETERMINERS.has(w)) return -1;
    // "stepped down as", "took over as", "stayed on as": the verb's particle is no second verb.
    const particle = verbs === 1 && PARTICLES.has(w);
    if (!particle && !AUXILIARIES.has(w) && !ADVERBS.has(w) && ++verbs > 1) return -1;
    j++;
  }
  return verbs === 1 && t[j]?.lower === 'as' ? j + 1 : -1;
}

/** Particles of phrasal verbs of taking or leaving a post ("step down", "take over", "stay on"). */
const PARTICLES = new Set(['down', 'over', 'on', 'in', 'up', 'back', 'aside']);

/**
 * The lead's unnamed subject. News often opens on a description and names the person in the next
 * sentence: "A former nurse has admitted ... . Jane Roe refused ...", "The sister of X
 * has quit the band ... . Tessa Bale, 41, said ...", "X was sued last week by a Danish actor
 * who says ... . Ivo Brandt alleges ...". The description is a noun phrase headed by a person
 * noun (not "man" or "woman", which say nothing) that either opens the sentence as its subject,
 * with a verb after it, or is introduced by "a" and followed by "who". Given without its article.
 */
function ledeDescription(s: Sentence): string | null {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (!w || w.cap || s.owner[i] !== -1 || !isPersonNoun(w.text) || GENERIC.has(w.lower)) continue;
    const start = walkLeft(s, i);
    const article = t[start - 1]?.lower ?? '';
    // "The sister of ex-footballer Y": one short "of" phrase may follow the head.
    let end = i + 1;
    if (t[end]?.lower === 'of') {
      let k = end + 1;
      while (
        k < t.length &&
        k - end <= 5 &&
        (t[k]?.cap ||
          DETERMINERS.has(t[k]?.lower ?? '') ||
          isPersonNoun(t[k]?.text ?? '') ||
          isModifier(t[k]?.text ?? '') ||
          isCompoundModifier(t[k]))
      )
        k++;
      if (k > end + 1) end = k;
    }
    const next = t[end];
    const opens = (start === 0 && article === '') || (start === 1 && DETERMINERS.has(article));
    const subject =
      opens && isWord(next) && !next?.cap && !PREPOSITIONS.has(next?.lower ?? '') && next?.lower !== 'and';
    const introduced = (article === 'a' || article === 'an') && next?.lower === 'who';
    if (subject || introduced) return slice(s, start, end);
  }
  return null;
}

/**
 * A description that names one office rather than any member of a group: its head is a capitalised
 * title ("the Prime Minister") or the holder of an office there is one of ("the chancellor", "the
 * mayor", "the coach"), or a modifier or proper noun qualifies it ("the chief executive", "the
 * Acme boss"), where "the official" or "the spokesman" could be anyone.
 */
function isOffice(s: Sentence, from: number, head: number): boolean {
  if (s.tokens[head]?.cap || isSingleOffice(s.tokens[head]?.lower ?? '')) return true;
  for (let k = from; k < head; k++) {
    const w = s.tokens[k];
    if (w && (w.cap || isModifier(w.lower))) return true;
  }
  return false;
}

interface Description {
  /** Token index of its "the". */
  start: number;
  head: number;
  /** Token index past it: past the head, or past its place ("the senator from Norland"). */
  end: number;
  /** As written, without "the" or an age ("the 61-year-old finance minister" → "finance minister"). */
  text: string;
  /** It names one office ("the Prime Minister", "the chief executive"), not any member of a group. */
  office: boolean;
  /**
   * A bare description that speaks ("the manager said"): as often someone the article never names
   * (of a shop or a bar as much as of a club), so it refers back to no one.
   */
  bareSpeaker?: boolean;
  /**
   * It speaks after a comma, ending a reported clause ("X is careless, the deputy mayor
   * said"): a name in that clause is what is reported on, seldom the speaker.
   */
  reports?: boolean;
}

/**
 * Frequent irregular past forms, which no ending shows ("the senator lost", "the minister
 * spoke"): general English, written by hand.
 */
const IRREGULAR_PASTS = new Set(
  `became began bought brought built came cast caught chose drew drove fell felt fought found gave
got grew heard held hit hung kept knew led left lent let lost made meant met paid put quit ran
rang read rode rose ran sang sat saw sent set shook shot sold sought spent split spoke stood stole
struck swore took taught thought threw understood went won wore wrote`.split(/\s+/),
);

/** A word that can be a finite verb by its form: an auxiliary, a saying verb, a past form, a negated auxiliary. */
function finiteByForm(lower: string): boolean {
  return (
    CLAUSE_VERBS.has(lower) ||
    isSayingVerb(lower) ||
    IRREGULAR_PASTS.has(lower) ||
    (lower.endsWith('ed') && lower.length > 3) ||
    /n['’]t$/.test(lower)
  );
}

/**
 * Does a finite verb start at `j`, so that the description before it is the clause's subject?
 * An auxiliary, a saying verb or a past form ("declined", "lost"), past an adverb ("also
 * said", "quickly denied"); an -s form ("wants", "enjoys") unless a verb follows it, when it is
 * a plural noun ("the absentee ballots are"). Anything else is most often a noun the description
 * qualifies ("the parent company", "the great recession", "the terrorist group"), which no list of
 * person nouns can tell apart.
 */
function verbLike(t: readonly Tok[], j: number): boolean {
  let k = j;
  // "the minister herself took", "the senator only narrowly lost": past a reflexive and two adverbs.
  if (REFLEXIVES.has(t[k]?.lower ?? '')) k++;
  for (let n = 0; n < 2 && isAdverb(t[k]?.lower ?? ''); n++) k++;
  const w = t[k];
  if (!w || !isWord(w) || w.cap) return false;
  const lower = w.lower;
  if (finiteByForm(lower)) return true;
  if (!/[^su]s$/.test(lower) || lower.length < 4) return false;
  const after = t[k + 1]?.lower ?? '';
  const afterNext = t[k + 2];
  // "the terrorist attacks of ...": a plural noun before its "of" phrase, which verbs seldom take.
  if (after === 'of') return false;
  // "the relative calm ... the relative doldrums also deprive": a plural noun, an adverb, then the
  // verb in lower case; a verb's adverb is followed by its object's article or "to" instead.
  const verbAfterAdverb =
    isAdverb(after) &&
    afterNext !== undefined &&
    isWord(afterNext) &&
    !afterNext.cap &&
    !isFunctionWord(afterNext.lower);
  return !finiteByForm(after) && !verbAfterAdverb;
}

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
const VERB_ADVERBS = new Set([
  'only',
  'just',
  'never',
  'already',
  'even',
  'again',
  'first',
  'finally',
  'later',
]);

/** An adverb that may stand between a subject and its verb: a listed one or an -ly form. */
function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || VERB_ADVERBS.has(lower) || (lower.endsWith('ly') && lower.length > 4);
}

/** Past what may stand between a subject and its verb: ", 61," or ", who took office last year,". */
function afterSubjectAside(s: Sentence, j: number): number {
  const t = s.tokens;
  if (t[j]?.text !== ',') return j;
  if (/^\d{1,3}$/.test(t[j + 1]?.text ?? '') && t[j + 2]?.text === ',') return j + 3;
  if (t[j + 1]?.lower !== 'who') return j;
  for (let k = j + 2; k < t.length && k <= j + 14; k++) {
    const w = t[k];
    if (!w || s.owner[k] !== -1 || (BOUNDARY.has(w.text) && w.text !== ',')) return j;
    if (w.text === ',') return k + 1;
  }
  return j;
}

const isAge = (t: Tok | undefined) => t !== undefined && /^\d+-year-old$/.test(t.lower);

/** Definite descriptions that can be a clause's subject: "the coach resigned", "The Dunmore captain entered". */
function descriptions(s: Sentence): Description[] {
  const out: Description[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]?.lower !== 'the') continue;
    const prev = t[i - 1];
    // The speaker after an inverted verb of saying ('"...," said the prime minister') or after
    // "according to"; else a clause's subject: first in the sentence, or after a comma, a closing
    // quote mark ('"...," the prime minister said') or a word that opens a clause.
    const inverted =
      (prev !== undefined && isSayingVerb(prev.lower)) ||
      (prev?.lower === 'to' && t[i - 2]?.lower === 'according');
    if (
      prev &&
      !inverted &&
      !(prev.text === ',' || CLOSING_QUOTES.has(prev.text) || CLAUSE_OPENERS.has(prev.lower))
    )
      continue;
    // The phrase: names, modifiers, compounds and role nouns, no further than five words. A finite
    // verb ends it, though WordNet lists a few as nouns of people ("the Sixers have" is no "have").
    let j = i + 1;
    while (j < t.length && j - i <= 5 && (s.owner[j] === -1 || isLoneName(s, j))) {
      const w = t[j];
      const ok =
        w !== undefined &&
        !CLAUSE_VERBS.has(w.lower) &&
        (isCapitalised(w) ||
          isModifier(w.text) ||
          isPersonNoun(w.text) ||
          isCompoundModifier(w) ||
          isOrdinal(w));
      if (!ok) break;
      j++;
    }
    const head = j - 1;
    const w = t[head];
    // "The senator from Norland said", "the mayor of Westport has": the place or body an office
    // is of, capitalised and no one's name, belongs to the description and tells it apart.
    if (
      (t[j]?.lower === 'from' || t[j]?.lower === 'of') &&
      isCapitalised(t[j + 1]) &&
      s.owner[j + 1] === -1 &&
      !isPersonNoun(t[j + 1]?.text ?? '')
    ) {
      let e = j + 1;
      while (e < t.length && e - j <= 3 && isCapitalised(t[e]) && isWord(t[e]) && s.owner[e] === -1) e++;
      // Only a place or body known as one: "the son of German immigrants" is no office of a place.
      const named = slice(s, j + 1, e);
      const body = lookupPlace(named) !== undefined || lookupOrganization(named) !== undefined;
      if (body || isOrgCueWord(t[e - 1]?.text ?? '')) j = e;
    }
    // A capitalised head is an office only when it is a known title ("the Prime Minister"), and
    // never a noble title, which is part of a name ("the Queen").
    if (
      !w ||
      head <= i ||
      !isPersonNoun(w.text) ||
      GENERIC.has(w.lower) ||
      (w.cap && NAME_TITLES.has(w.lower))
    )
      continue;
    const office = isOffice(s, i + 1, head);
    const end = j;
    // An age describes the person, not the role: "the 61-year-old finance minister".
    const from = isAge(t[i + 1]) && i + 2 <= head ? i + 2 : i + 1;
    // A quote's speaker ('"...," said the United boss') is as often someone other than the
    // person the text just named: only an office named without a club or body refers back.
    const quoted = inverted || CLOSING_QUOTES.has(prev?.text ?? '');
    if (quoted && properWords(s, i + 1, end).length > 0) continue;
    if (inverted) {
      // The speaker ends the clause: only an office, as for any description that speaks.
      const closing = t[j];
      if (office && (!closing || closing.text === ',' || closing.text === '.'))
        out.push({ start: i, head, end, text: slice(s, from, end), office });
      continue;
    }
    // The subject of a verb: what follows (past an age or a relative clause between commas) is a
    // lower-case word that is no preposition or conjunction.
    j = afterSubjectAside(s, j);
    const next = t[j];
    if (
      !next ||
      next.text !== next.lower ||
      !isWord(next) ||
      PREPOSITIONS.has(next.lower) ||
      next.lower === 'and' ||
      !verbLike(t, j)
    )
      continue;
    // "the source added", "the official said": a bare speaking description is as often someone
    // the article never names, so it gives no role to the person named before it. An office
    // ("The Prime Minister said", "the chief executive added", "the Acme boss said") is one
    // person, most often the one just named.
    const speaks =
      isSayingVerb(next.lower) || (ADVERBS.has(next.lower) && isSayingVerb(t[j + 1]?.lower ?? ''));
    // "X is careless, the deputy mayor said": the speaker of a reported clause.
    const reports = speaks && prev?.text === ',';
    out.push({
      start: i,
      head,
      end,
      text: slice(s, from, end),
      office,
      bareSpeaker: speaks && !office,
      reports,
    });
  }
  return out;
}

function lastWordOf(form: string): string {
  const at = form.lastIndexOf(' ');
  return at < 0 ? form : form.slice(at + 1);
}

/** Head noun of a role, singular and lower-case, for comparing a description with known roles. */
export function roleHeadNoun(role: string): string | null {
  const words = tokenize(role).filter(isWord);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i]?.lower ?? '')) {
      end = i;
      break;
    }
  }
  const head = words[end - 1];
  return head ? singular(head.lower) : null;
}

/** Titles written shortened ("Sen.", "Gov."), by the noun they stand for. */
const ABBREVIATED_KINDS = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['atty', 'attorney'],
  ['amb', 'ambassador'],
  ['prof', 'professor'],
]);

/** A role's kind: its head noun, a shortened title read in full ("Norland Sen." → senator). */
function kindOf(role: string): string | null {
  let kind = kinds.get(role);
  if (kind === undefined) {
    const head = roleHeadNoun(role);
    kind = head === null ? null : (ABBREVIATED_KINDS.get(head.replace(/\.$/, '')) ?? head);
    // The same roles are asked about for every description of an article: a small cache, emptied when full.
    if (kinds.size >= 10_000) kinds.clear();
    kinds.set(role, kind);
  }
  return kind;
}

const kinds = new Map<string, string | null>();

/**
 * The person a definite description refers back to ("the Prime Minister" after "Prime Minister
 * Rishi Sunak"): of the people named before `sentence` (or in it), the one most recently first
 * named whose role has the same head noun. Null when no one or more than one fits equally.
 */
export function personForDescription(
  description: string,
  sentence: number,
  people: readonly Person[],
): Person | null {
  const head = roleHeadNoun(description.replace(/^(?:the|a|an)\s+/i, ''));
  if (!head) return null;
  const fits = people.filter(
    (p) => p.firstSentence <= sentence && p.roles.some((r) => roleHeadNoun(r) === head),
  );
  if (fits.length === 0) return null;
  const latest = Math.max(...fits.map((p) => p.firstSentence));
  const at = fits.filter((p) => p.firstSentence === latest);
  return at.length === 1 ? (at[0] ?? null) : null;
}

/**
 * Roles for each person, from every sentence that names them; the people come back in the same
 * order with `roles` replaced. `sentences` are the clean body sentences the people were found in;
 * `asides` are the article's title and photo captions, which name the people of the story with
 * their roles ("former Dunmore manager Piet Vos") more often than the body does. Asides give
 * roles to the people they name, never people of their own, and no description in them refers back.
 * `sentenceTokens`, when given, are the entity stage's tokens of each body sentence (offsets into
 * that sentence), so the text is not tokenised a second time; a sentence without them is.
 */
export function readRoles(
  people: readonly Person[],
  sentences: readonly string[],
  asides: readonly string[] = [],
  sentenceTokens: readonly (readonly Token[] | undefined)[] = [],
): Person[] {
  // Only sentences that may name someone, and the few sentences after each (a description there
  // can refer back), are tokenised: a plain substring test on each name's last word decides.
  const lastWords = new Set<string>();
  for (const p of people) {
    lastWords.add(lastWordOf(p.name));
    for (const a of p.aliases) lastWords.add(lastWordOf(a));
  }
  const words = [...lastWords].filter((w) => w.length > 1);
  const body = sentences.length;
  // A title cut from the first sentence ("Jo Carden will be confirmed as…") says nothing new.
  const first = sentences[0] ?? '';
  const news = asides.filter((a) => {
    const cut = a.endsWith('…') ? a.slice(0, -1).trimEnd() : a;
    return cut !== '' && !first.startsWith(cut);
  });
  const texts = [...sentences, ...news];
  const hasName = texts.map((text) => words.some((w) => text.includes(w)));
  // A description may refer back to a name up to OFFICE_REACH sentences before it.
  const namedShortlyBefore = (i: number) => {
    for (let back = 1; back <= OFFICE_REACH && i - back >= 0; back++) if (hasName[i - back]) return true;
    return false;
  };
  const parsed: Sentence[] = texts.map((text, i) => {
    // The lead is read whatever it names: it may describe someone the next sentence names.
    const read = i === 0 || hasName[i] || (i < body && namedShortlyBefore(i));
    const known = i < body ? sentenceTokens[i] : undefined;
    const tokens = !read ? [] : known ? roleTokens(text, known) : tokenize(text);
    const titleCase = i >= body && isTitleCased(tokens);
    return { text, tokens, owner: unowned(tokens.length), cues: cuesOf(tokens), titleCase };
  });
  const occ = findOccurrences(people, parsed);
  const bySentence = new Map<number, Occurrence[]>();
  for (const o of occ) {
    const list = bySentence.get(o.sentence);
    if (list) list.push(o);
    else bySentence.set(o.sentence, [o]);
  }
  const lists = new Map<Occurrence, NameList>();
  for (const [si, list] of bySentence) {
    const s = parsed[si];
    if (s) for (const [o, l] of listsOf(s, list)) lists.set(o, l);
  }
  const roles: string[][] = people.map(() => []);
  const add = (person: number, role: string | null) => {
    const trimmed = role && keepAbbreviationDot(role.trim(), role.replace(/[\s,.;:]+$/, '').trim());
    const r = trimmed && genderedKin(trimmed, people[person]?.gender ?? null);
    if (!r || r.length < 2) return;
    const list = roles[person];
    if (list && !list.some((x) => lowerCase(x) === lowerCase(r))) list.push(r);
  };
  const shared: Array<{ person: number; role: string | null }> = [];
  for (const o of occ) {
    const s = parsed[o.sentence];
    if (!s) continue;
    const titles = titlesBefore(s, o);
    for (const title of titles) add(o.person, title);
    // "Vale's chief rival, Sen. X,": an appositive before the title.
    if (titles.length > 0) {
      const span = titleSpan(s, o, false);
      if (span && s.tokens[span.start - 1]?.text === ',')
        add(o.person, appositionBefore(s, { ...o, start: span.start }));
    }
    if (titles.length === 0)
      add(
        o.person,
        rankingBefore(s, o) ??
          listRole(s, o, lists.get(o)) ??
          pluralAbbreviationBefore(s, o) ??
          appositionBefore(s, o),
      );
    add(o.person, appositionAfter(s, o) ?? predicate(s, o) ?? affiliation(s, o) ?? appointedAs(s, o));
    const list = lists.get(o);
    const named = namedAs(s, list?.start ?? o.start);
    if (named) add(o.person, named);
    else if (list) shared.push({ person: o.person, role: listAppositive(s, list) });
    add(o.person, officeBy(s, o));
    add(o.person, otherOfKind(s, o));
  }
  // A description the person shares with the rest of a list ("A and B, two senior officials,")
  // says less than one given to them alone ("A, the deputy secretary,"): it comes after those.
  for (const { person, role } of shared) add(person, role);
  // "X warned fans. He is the club's chairman.": a pronoun's predicate, for the person it stands for.
  parsed.forEach((s, si) => {
    if (si === 0 || si >= body) return;
    const pronoun = pronounPredicate(s);
    if (!pronoun) return;
    const person = antecedent(people, bySentence.get(si - 1) ?? [], pronoun.gender);
    if (person === undefined) return;
    // A role never names its holder: "He was deputy to Saddam" is not Saddam's.
    const holder = people[person];
    const forms = holder ? [holder.name, ...holder.aliases] : [];
    if (!forms.some((f) => f !== '' && pronoun.role.includes(f))) add(person, pronoun.role);
  });
  // "In his role as chairman, X said": the office a person speaks or acts in.
  parsed.forEach((s, si) => {
    if (si >= body) return;
    if (!(s.cues & CUE.possessivePronoun)) return;
    for (const { at, role } of capacities(s)) {
      const here = bySentence.get(si) ?? [];
      // The person the clause is about: named after a phrase that opens the sentence, else before it.
      const person = (at === 0 ? here[0] : here.filter((o) => o.end <= at).at(-1))?.person;
      if (person !== undefined) add(person, role);
    }
  });
  // The lead's description of someone the next sentence names.
  const lede = parsed[0] && body > 1 ? ledeDescription(parsed[0]) : null;
  if (lede) {
    const inLead = new Set((bySentence.get(0) ?? []).map((o) => o.person));
    const named = (bySentence.get(1) ?? []).find((o) => !inLead.has(o.person));
    if (named && (roles[named.person]?.length ?? 0) === 0) add(named.person, lede);
  }
  // Definite descriptions last: only for people nothing else gave a role, and only when the
  // description's head is no other person's role (then it refers to that person instead). A
  // description qualified by a proper noun ("the Dunmore captain", "the Westport forward") is
  // specific enough to add to a person who has roles: the one whose roles name that club or
  // body, or else the person named last before it.
  const heads = new Map<string, number>();
  roles.forEach((list, p) => {
    for (const r of list) {
      const h = roleHeadNoun(r);
      if (h) heads.set(h, p);
    }
  });
  // "The only person it can refer to": of the people named in the sentence before the
  // description or, when it names no one before it, in the nearest sentence back (within
  // `reach`) that names someone, the one with no role yet. A person given a role already is seldom
  // the one a later description introduces ("Ann Vale met Mayor Ivo Lind. The Norland senator
  // said" is Vale's); two or more without one leave it open ("X said Y ... . The senator said",
  // "X believes that the nominee ..."), and so does no one.
  const soleUnroled = (si: number, at: number, reach = 1): number | undefined => {
    let found = false;
    let only = -2;
    const take = (o: Occurrence) => {
      found = true;
      if ((roles[o.person]?.length ?? 0) > 0) return;
      only = only === -2 || only === o.person ? o.person : -1;
    };
    for (const o of bySentence.get(si) ?? []) if (o.end <= at) take(o);
    let from = si;
    for (let back = 1; !found && back <= reach && si - back >= 0; back++) {
      from = si - back;
      for (const o of bySentence.get(from) ?? []) take(o);
    }
    if (only < 0) return undefined;
    // A name the occurrences leave out (a possessive: "after Vale's win, the senator said") is
    // someone with no role it may refer to as well.
    const cut = parsed[si]?.tokens[at]?.start ?? 0;
    let window = (parsed[si]?.text ?? '').slice(0, cut);
    if (from < si) window = `${parsed[from]?.text ?? ''} ${window}`;
    const own = lastWordOf(people[only]?.name ?? '');
    const other = people.some((p, k) => {
      if (k === only || (roles[k]?.length ?? 0) > 0) return false;
      const last = lastWordOf(p.name);
      return last.length > 2 && last !== own && /^\p{Lu}/u.test(last) && containsWord(window, last);
    });
    return other ? undefined : only;
  };
  // Does someone else hold a role of the description's kind with nothing that tells it apart
  // ("Sen." before "the Norland senator"), or that very role ("Norland senator")? Then it may be theirs.
  const kindHeldElsewhere = (head: string, proper: readonly string[], not: number) =>
    roles.some(
      (list, p) =>
        p !== not &&
        list.some((r) => kindOf(r) === head && (!r.includes(' ') || proper.every((w) => mentions([r], w)))),
    );
  // The body sentence each person is first named in (the asides after the body never refer back).
  const firstSeen: number[] = people.map(() => body);
  for (const o of occ) if (o.sentence < (firstSeen[o.person] ?? body)) firstSeen[o.person] = o.sentence;
  // Heads of indefinite noun phrases read so far ("an employee of a car wash"): a later "the
  // employee" refers to that unnamed person, not to whoever was named last.
  const introduced = new Set<string>();
  parsed.forEach((s, si) => {
    if (si >= body) return;
    for (const d of s.cues & CUE.the ? descriptions(s) : []) {
      const head = singular(s.tokens[d.head]?.lower ?? '');
      if (d.reports && (bySentence.get(si) ?? []).some((o) => o.end <= d.start)) continue;
      const proper = properWords(s, d.start + 1, d.end);
      if (proper.length > 0) {
        const holder = heads.get(head);
        // Someone already holds this very role ("Dunmore captain" and "the Dunmore captain"): it is them.
        if (holder !== undefined && proper.every((w) => mentions(roles[holder] ?? [], w))) continue;
        // The person just named, when nothing gave them a role ("Voss ... the Westport
        // defender" beside the Westport manager); else the one whose role names the club.
        // The one person it can refer to, unless another holds a role naming that place or body
        // or a bare role of its kind; else the one whose role of that kind names the club.
        const last = soleUnroled(si, d.start);
        const byOrg = holderOf(roles, head, proper);
        const person =
          last !== undefined && !kindHeldElsewhere(head, proper, last)
            ? last
            : byOrg >= 0
              ? byOrg
              : undefined;
        if (person === undefined) continue;
        add(person, d.text);
        heads.set(head, person);
        continue;
      }
      // A description refers back: only someone named by now can be the holder it means.
      const namedBy = (p: number) => (firstSeen[p] ?? body) <= si;
      if (d.bareSpeaker || heldBy(roles, namedBy, head, modifierWords(s, d.start + 1, d.head))) continue;
      if (introduced.has(head)) continue;
      const reach = d.office ? OFFICE_REACH : 1;
      const last = soleUnroled(si, d.start, reach);
      if (last === undefined) continue;
      add(last, d.text);
      heads.set(head, last);
    }
    if (s.cues & CUE.indefinite) for (const head of indefiniteHeads(s)) introduced.add(head);
  });
  // Roles stated with a verb or a possessive come last: they add to what the grammar above read
  // and never stop a description from referring back.
  // The person a pronoun of that gender stands for, at token `at` of sentence `si`: the last one
  // named before it in the sentence with that gender, else the last whose gender is unknown, else
  // (in the body) the sentence before's; never one of `not` (a marriage's partners are not its
  // subject). A caption stands alone: its pronoun refers within it.
  const referent = (si: number, at: number, gender: Gender, not: ReadonlySet<number> = new Set()) => {
    const before = (bySentence.get(si) ?? [])
      .filter((o) => o.end <= at && !not.has(o.person) && !isPrepositionObject(parsed[si], o))
      .reverse();
    const genderOf = (o: Occurrence) => people[o.person]?.gender ?? null;
    const found =
      before.find((o) => gender !== null && genderOf(o) === gender) ??
      before.find((o) => gender === null || genderOf(o) === null);
    if (found) return found.person;
    const inBody = si > 0 && si < body;
    return inBody && gender !== null ? antecedent(people, bySentence.get(si - 1) ?? [], gender) : undefined;
  };
  // The body, the title and the captions: a caption states roles as the body does.
  parsed.forEach((s, si) => {
    // "X is giving up his role as Riverton coach"; "... because he still manages Y".
    const posts = s.cues & CUE.possessivePronoun ? possessedPosts(s) : [];
    const offices = s.cues & CUE.subjectPronoun ? [...pronounOffices(s), ...pronounClauseOffices(s)] : [];
    for (const { at, gender, role } of [...posts, ...offices]) {
      const person = referent(si, at, gender);
      if (person !== undefined) add(person, role);
    }
    // A role implied by one's team-mates is the weakest statement: only for someone with none.
    const mates = s.cues & CUE.teamMates && s.cues & CUE.possessivePronoun ? teamOfMates(s) : [];
    for (const { at, gender, role } of mates) {
      const person = referent(si, at, gender);
      if (person !== undefined && (roles[person]?.length ?? 0) === 0) add(person, role);
    }
    // "X is married to Y", "her marriage to Y": each partner is the subject's husband or wife.
    if (s.cues & CUE.co)
      for (const { role, partners } of sharedRoles(s, bySentence.get(si) ?? [], lists))
        for (const o of partners) add(o.person, role);
    if (!(s.cues & CUE.marriage)) return;
    const found = marriages(s, bySentence.get(si) ?? [], lists);
    const partners = new Set(found.flatMap((m) => m.partners.map((o) => o.person)));
    for (const m of found) {
      const subject = m.person >= 0 ? m.person : referent(si, m.subject, m.gender, partners);
      const married = subject === undefined ? undefined : people[subject];
      if (subject === undefined || !married) continue;
      const gender = married.gender ?? m.gender;
      for (const o of m.partners) {
        const partner = people[o.person];
        if (!partner || o.person === subject) continue;
        const noun = spouseNoun(partner.gender, gender);
        if (noun) add(o.person, `${noun} of ${married.name}`);
        const own = spouseNoun(gender, partner.gender);
        if (m.stated && m.partners.length === 1 && own) add(subject, `${own} of ${partner.name}`);
      }
    }
  });
  return people.map((p, i) => ({ ...p, roles: roles[i] ?? [] }));
}

/**
 * A role trimmed of the punctuation after it keeps a dot that belongs to its last word: an
 * abbreviated title ("Norland Gov.", "Army Capt.") or an initialism ("envoy to the U.N.").
 */
function keepAbbreviationDot(role: string, trimmed: string): string {
  if (role.charCodeAt(trimmed.length) !== 46) return trimmed;
  // "then-Sen.": the title after the prefix is the abbreviation.
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1).replace(/^then-/i, '');
  const dotted = isTitleAbbreviation(last) || /(?:^|[^\p{L}])(?:\p{Lu}\.)+\p{Lu}$/u.test(trimmed);
  return dotted ? `${trimmed}.` : trimmed;
}

/**
 * Heads of the sentence's indefinite noun phrases of a person ("an employee", "a local
 * builder"), singular and lower-case: "a" or "an", up to two lower-case qualifying words, then a
 * person noun. A phrase that is a named person's appositive is someone's role, which `heldBy`
 * already finds; the others introduce someone the article does not name.
 */
function indefiniteHeads(s: Sentence): string[] {
  const t = s.tokens;
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]?.lower !== 'a' && t[i]?.lower !== 'an') continue;
    for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
      const w = t[k];
      if (!w || !isWord(w) || w.cap || s.owner[k] !== -1) break;
      if (isPersonNoun(w.lower) && !isPersonNoun(t[k + 1]?.lower ?? '')) {
        if (!GENERIC.has(w.lower)) out.push(singular(w.lower));
        break;
      }
    }
  }
  return out;
}

/** The words qualifying a description's head, lower-case: "prime" in "the Prime Minister". */
function modifierWords(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = s.tokens[k];
    if (w && isWord(w)) out.push(w.lower);
  }
  return out;
}

/**
 * Does someone `named` by now already hold the role a description names? Their role has its head noun and every
 * word qualifying it: "the manager" is held by the "Riverton manager", "the prime minister" is
 * not held by the "foreign minister".
 */
function heldBy(
  roles: readonly string[][],
  named: (person: number) => boolean,
  head: string,
  modifiers: readonly string[],
): boolean {
  return roles.some(
    (list, p) =>
      named(p) &&
      list.some((r) => {
        if (kindOf(r) !== head) return false;
        const words = lowerCase(r).split(/[^\p{L}\p{N}-]+/u);
        return modifiers.every((m) => words.includes(m));
      }),
  );
}

/** Public offices, which one person holds one of at a time: general English, by hand. */
const PUBLIC_OFFICES = new Set(
  `senator governor president representative congressman congresswoman mayor secretary minister
premier chancellor legislator councillor councilman councilwoman`.split(/\s+/),
);

/** A role holding a public office other than `head` ("Norland Gov." beside "the Norland senator"). */
function otherOffice(role: string, head: string): boolean {
  const kind = kindOf(role);
  return kind !== null && kind !== head && PUBLIC_OFFICES.has(kind);
}

/**
 * Whose a description qualified by a club or body is, of the people whose roles name it: the one
 * whose role of that kind does ("the Norland senator": of "Norland Sen." and "Norland primary
 * winner", the senator), else the first named ("the Dunmore captain" after "Dunmore veteran X").
 * Never one holding another public office there ("Norland Gov."); -1 when none, or when several
 * hold one of that kind.
 */
function holderOf(roles: readonly string[][], head: string, proper: readonly string[]): number {
  let first = -1;
  let ofKind = -1;
  let kinds = 0;
  roles.forEach((list, p) => {
    const named = list.filter((r) => proper.every((w) => mentions([r], w)));
    if (named.length === 0) return;
    // One public office at a time: a Norland governor is not "the Norland senator".
    if (PUBLIC_OFFICES.has(head) && named.some((r) => otherOffice(r, head))) return;
    if (first === -1) first = p;
    if (named.some((r) => kindOf(r) === head)) {
      ofKind = p;
      kinds++;
    }
  });
  if (kinds > 1) return -1;
  return kinds === 1 ? ofKind : first;
}

/** Capitalised words between `from` and `to` (a description's modifiers): "Dunmore" in "the Dunmore captain". */
function properWords(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = s.tokens[k];
    if (w?.cap && !isPersonNoun(w.text) && !isModifier(w.text)) out.push(w.text);
  }
  return out;
}

/** Does one of the roles contain the word, whole? */
function mentions(roles: readonly string[], word: string): boolean {
  return roles.some((r) => r.split(/[^\p{L}\p{N}-]+/u).includes(word));
}
