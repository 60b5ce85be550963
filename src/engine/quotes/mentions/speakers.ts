/**
 * Which nouns can name a speaker: agent nouns ("the pianist", "the trustee"), sets of people ("the
 * pair"), an age standing for a person ("the 46-year-old"), and the group words that speak only as
 * a group ("officials said").
 */

import { isPersonNoun, singular } from '../../entities/role-nouns.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import { isRoleNoun } from '../../lexicon/titles.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { DOCUMENT_NOUNS, ORG_NOUNS, ORG_HEADS, OUTLET_NOUNS, PARTY_MEMBER } from '../lexicon.js';
import { CLAUSE_WORDS, GROUP_NOUNS } from './words.js';

/** Agent nouns outside the role list ("the columnist", "the librarian", "the nominee"). */
const AGENT_SUFFIX = /(?:ist|ian|ee|man|woman|person)$/;

/**
 * Doer nouns in "-er"/"-or" ("the narrator", "one user"): the suffix also ends things ("the
 * letter", "the power", "the paper"), so only those WordNet gives a person's sense count, and
 * those formed on a speech verb ("a commenter": one who comments).
 */
const DOER_SUFFIX = /(?:er|or)$/;

/**
 * "the defenceman", "the pianist", "the trustee", "the narrator": a noun naming a person by what
 * they do. `doers: false` leaves out the "-er"/"-or" nouns, for a plural: "supporters",
 * "viewers" are as often a phrase's object ("a message to supporters") as a group that speaks,
 * and groups that do speak are listed (GROUP_NOUNS).
 */
export function isAgentNoun(noun: string, doers = true): boolean {
  if (doers && DOER_SUFFIX.test(noun) && (isPersonNoun(noun) || isSpeechVerb(noun.slice(0, -2)))) return true;
  return noun.length > 4 && AGENT_SUFFIX.test(noun);
}
/** Heads that count people as a set ("the two", "the pair", "both"); news uses them for a pair or a few named together. */
const SET_OF_PEOPLE = new Set(['two', 'three', 'four', 'both', 'pair', 'duo', 'trio', 'couple']);

/** "two", "pair", "authors", "lawmakers": a head for several people (a plural of a person's noun), not one. */
export function namesSeveralPeople(head: string): boolean {
  if (SET_OF_PEOPLE.has(head)) return true;
  const one = singular(head);
  return one !== head && (isRoleNoun(one) || isAgentNoun(one));
}

/** "the 46-year-old", "a 19-year-old": an age standing as the noun for a person. */
export const AGE_NOUN = /^\d{1,3}-year-old$/;

/** Group words that speak as "officials said" but describe no one on their own. */
const VAGUE_GROUPS = new Set(['some', 'many', 'both', 'all', 'others', 'reports', 'report']);

/**
 * True when a noun phrase's head names someone who can speak: a person's role ("spokesperson",
 * "father"), an organisation noun ("the ministry"), a group ("officials") or an agent noun
 * ("the shopkeeper"). Documents, things and stray words ("a game", "the warning is") cannot.
 */
export function canSpeak(head: string): boolean {
  const h = lowerCase(head);
  const singular = h.endsWith('ies') ? `${h.slice(0, -3)}y` : h.replace(/(?<=[^s])s$/, '');
  if (CLAUSE_WORDS.has(h) || DOCUMENT_NOUNS.has(singular) || VAGUE_GROUPS.has(h)) return false;
  return (
    AGE_NOUN.test(h) ||
    [h, singular].some(
      (w) =>
        isRoleNoun(w) ||
        ORG_NOUNS.has(w) ||
        ORG_HEADS.has(w) ||
        GROUP_NOUNS.has(w) ||
        OUTLET_NOUNS.has(w) ||
        PARTY_MEMBER.test(w),
    ) ||
    isAgentNoun(singular, singular === h)
  );
}
