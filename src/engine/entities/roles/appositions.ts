/**
 * Appositions: after a name ("X, the US envoy for Iran,", "X, 45, landlord of the pub,", a
 * relative clause, an affiliation "X of Acme") and before it ("Reid's lawyer, Sam Perrow,").
 */

import { courtRole } from '../role-agents.js';
import { isSayingVerb } from '../../lexicon/speech.js';
import { lookupPlace } from '../../lexicon/places.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { lookupOrganization, isOrgCueWord, isTrailingOrgNoun } from '../../lexicon/organizations.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { singular } from '../role-nouns.js';
import type { Sentence, Occurrence, Tok } from './types.js';
import { isHonorific } from '../../lexicon/titles.js';
import { rolePhrase, afterAsides } from './phrase.js';
import { OFFICE_PARTICIPLES, officeClause, OFFICE_VERBS, playsFor, heldSince } from './offices.js';
import {
  ADVERBS,
  isWord,
  isFunctionWord,
  isPossessiveMark,
  TIME_WORDS,
  isPersonNoun,
  GENERIC,
  CLOSING_QUOTES,
  PREPOSITIONS,
  isCapitalised,
  CLAUSE_VERBS,
  RELATIVES,
  ROLE_PREPOSITIONS,
} from './words.js';
import { afterLinkingVerb } from './predicates.js';
import { opensReportingClause } from './reporting.js';
import { opensSubjectDescription } from './subject-description.js';
import { slice } from './tokens.js';
import { walkLeft } from './heads.js';
import { isYear, possessorStart } from './possessors.js';
import { afterAffiliation } from './affiliated.js';
import { pastOfficeClause } from './past-offices.js';
import { isInnerPreposition } from './body-names.js';

/** "X, the US envoy for Iran," and "X, who is the chief executive of Y". */
export function appositionAfter(s: Sentence, o: Occurrence): string | null {
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
  // Not "X, managing director of Y,": before a person noun the participle qualifies it.
  if (OFFICE_PARTICIPLES.has(t[k]?.lower ?? '') && !isPersonNoun(t[k + 1]?.lower ?? ''))
    return officeClause(s, k);
  if (t[k]?.lower === 'who') {
    let verb = k + 1;
    while (ADVERBS.has(t[verb]?.lower ?? '')) verb++;
    if (OFFICE_VERBS.has(t[verb]?.lower ?? '')) return officeClause(s, verb);
    const team = playsFor(s, verb);
    if (team) return team;
    // "who has managed the club since 2019": the perfect with "since" or "for" is an office still held.
    if ((t[verb]?.lower === 'has' || t[verb]?.lower === 'have') && heldSince(s, verb + 2))
      return officeClause(s, verb + 1);
    // "who headed the FDIC until 2011": an office held before (session 21).
    const past = pastOfficeClause(s, verb);
    if (past) return past;
    // "who is the chief executive of Y", "who was appointed as Y's chief executive".
    k = afterLinkingVerb(s, k + 1);
    if (k < 0) return null;
  }
  // "Nell, also a retired teacher,", "X, now a lecturer,": the adverb is no part of the role.
  while (ADVERBS.has(t[k]?.lower ?? '')) k++;
  // "with Prime Minister X, a spokesman said.": the source of the sentence, someone else.
  if (opensReportingClause(s, k)) return null;
  // "After lunch with X, the senator told ...": the main clause's subject, not X's role.
  if (opensSubjectDescription(s, k)) return null;
  return rolePhrase(s, k);
}

/** Prepositions that tie a speaker to the body they speak for: "X of Northway Bank said". */
const AFFILIATION_PREPOSITIONS = new Set(['of', 'from', 'at', 'with']);

/**
 * A speaker's body, with no role noun: "X of Northway Bank said", "X, from bookmakers Cobalt,
 * confirmed". The body is a capitalised name that is no known place and shows itself a body, and
 * a verb of saying follows it, which is where news writing ties a source to the body it speaks for.
 */
export function affiliation(s: Sentence, o: Occurrence): string | null {
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

/** Past an honorific at `k` ("Mr.", "Ms", "Dr."), with its dot, else `k`. */
function honorificEnd(t: readonly Tok[], k: number): number {
  if (!isHonorific(t[k]?.text ?? '')) return k;
  return t[k + 1]?.text === '.' ? k + 2 : k + 1;
}

/** Nouns for a body that news names in apposition right after it ("the daily, The Courier,"). */
export const NAMED_BODY_NOUNS = new Set(
  'newspaper paper daily weekly magazine journal academy school college university hospital agency channel network'.split(
    ' ',
  ),
);

/** Demonstratives, which DETERMINERS also holds. */
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);

/** Verbs of saying written before their subject ('"...," said X'). */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'explained', 'wrote', 'writes']);

/** "Reid's lawyer, Sam Perrow," and "her father, Prince Osric,": the appositive comes first. */
export function appositionBefore(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  // The name closes the appositive with a comma or a dash, or ends the sentence ("said the firm's
  // lawyer, X.").
  // "the judge, X of the Norland District Court,": the body or place the name is written with
  // goes with the name (affiliated.ts).
  const after = afterAffiliation(s, afterAsides(s, o.end));
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
  // A name and its possessive mark open the role ("Vale's", "Ms. Vale's"): the honorific's dot
  // is passed as the walk left passed it ("when Mr. Vale's running mate, X, spoke").
  const ownedFrom = (k: number) => {
    let j = honorificEnd(t, k);
    const from = j;
    while (j < head && j - from <= 3 && isCapitalised(t[j]) && isWord(t[j])) j++;
    return j > from && isPossessiveMark(t[j]);
  };
  // A demonstrative before a name's possessive is a conjunction ("said that Vale’s aide, X,"):
  // "that" or "this" does not point at a person's name as it does at "year's" or "the firm's".
  const withArticle = (k: number) => {
    const before = t[k - 1]?.lower ?? '';
    if (!DETERMINERS.has(before) || (DEMONSTRATIVES.has(before) && ownedFrom(k))) return k;
    return k - 1;
  };
  if (opensPhrase(start)) return slice(s, withArticle(start), end);
  if (ofPhrase !== null) return null;
  // "A Harbour Street building caretaker, X,": nouns the walk does not know, between an article and the head.
  for (let k = start - 1; k >= Math.max(0, head - 4); k--) {
    const w = t[k];
    // "the party's 2012 nominee, X,", "Norland's recently elected president, X,": a possessor
    // opens the phrase as an article does (possessors.ts), and a year qualifies the head.
    if (isPossessiveMark(w)) {
      const from = possessorStart(s, k);
      return from === -1 ? null : slice(s, from, head + 1);
    }
    if (isYear(w)) continue;
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
  // "a columnist for the guild's monthly magazine, Voce Westia,": a name after a noun for a
  // publication or school renames that, not the person the phrase opens on.
  if (NAMED_BODY_NOUNS.has(t[last]?.lower ?? '')) return null;
  for (let j = last; j >= Math.max(1, last - 9); j--) {
    const w = t[j];
    // "the head of the ministry's office of fisheries": a possessive inside the phrase is part of it.
    if (isPossessiveMark(w) && isWord(t[j - 1])) continue;
    if (!w || !isWord(w) || s.owner[j] !== -1 || CLAUSE_VERBS.has(w.lower) || RELATIVES.has(w.lower))
      return null;
    // "the director of the Norland Bureau of Trade": a preposition inside the body's name.
    if (j < last && isInnerPreposition(s, j)) continue;
    if (PREPOSITIONS.has(w.lower)) {
      if (!ROLE_PREPOSITIONS.has(w.lower) || j === last) return null;
      const head = t[j - 1];
      if (head && s.owner[j - 1] === -1 && isPersonNoun(head.lower)) return j - 1;
      // "of trade" after "division": a phrase inside the one that names the body; walk on to
      // the person noun before the first "of", within the window.
      if (w.lower === 'of' && head && !head.cap && isWord(head)) continue;
      return null;
    }
  }
  return null;
}
