/**
 * Offices stated with a verb: "who heads the agency", "Riverton, coached by X", "X, who plays for
 * Riverton", an office held "since 2019", and the office clause after such a verb.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { agentNoun, isOfficeBy } from '../role-agents.js';
import { isModifier } from '../role-nouns.js';
import type { Tok, Sentence, Occurrence } from './types.js';
import {
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
} from './words.js';
import { slice } from './tokens.js';

/**
 * Verbs whose subject holds an office over their object ("heads the agency", "chairs the
 * committee", "represents the union"), in the present: "led the team to victory" or "ran the
 * marathon" is something done once, and "founded the firm" tells a deed more than a role.
 */
export const OFFICE_VERBS = new Set(
  'heads leads runs chairs manages coaches captains directs edits owns represents presents hosts commands governs oversees'.split(
    ' ',
  ),
);
export const OFFICE_PARTICIPLES = new Set(
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
export function officeClause(s: Sentence, verb: number): string | null {
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
export function heldSince(s: Sentence, k: number): boolean {
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
export function playsFor(s: Sentence, verb: number): string | null {
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
export function overNamedBody(s: Sentence, verb: number): boolean {
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
export function officeBy(s: Sentence, o: Occurrence): string | null {
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
