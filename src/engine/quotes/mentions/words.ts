/**
 * The closed word classes the speaker readers share (pronouns, determiners, group nouns, the words
 * that stop a noun phrase or open a clause) and the small token tests built on them: a bare word,
 * a name token, a possessive, a run of titles only.
 */

import { DETERMINERS as BASE_DETERMINERS } from '../../lexicon/determiners.js';
import { ADVERB_ALTERNATION, NON_NAME_CAPITALS, TITLE_WORDS, ORG_HEADS } from '../lexicon.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isHonorific, isRoleNoun } from '../../lexicon/titles.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
/** Noun-phrase openers, plus the numerals that open an unnamed source ("one official said"). */
export const DETERMINERS = new Set([...BASE_DETERMINERS, 'one', 'another']);
export const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
/** Bare plurals and mass nouns that speak as a group ("officials said", "police said"). */
export const GROUP_NOUNS = new Set([
  'police',
  'officials',
  'sources',
  'experts',
  'authorities',
  'organizers',
  'organisers',
  'investigators',
  'prosecutors',
  'critics',
  'residents',
  'witnesses',
  'analysts',
  'researchers',
  'scientists',
  'doctors',
  'officers',
  'protesters',
  'supporters',
  'aides',
  'lawyers',
  'people',
  'parents',
  'students',
  'members',
  'democrats',
  'republicans',
  'leaders',
  'observers',
  'economists',
  'diplomats',
  'reports',
  'others',
  'some',
  'many',
  'both',
  'all',
  'firefighters',
  'paramedics',
  'rescuers',
  'troops',
  'soldiers',
  'activists',
]);
export const NOMINAL_STOPS = new Set([
  'in',
  'on',
  'at',
  'during',
  'to',
  'of',
  'for',
  'from',
  'with',
  'by',
  'after',
  'before',
  'when',
  'while',
  'that',
  'who',
  'which',
  'and',
  'but',
  'as',
  'about',
]);

/** Auxiliaries, conjunctions and adverbs that never sit inside a noun phrase naming a speaker. */
export const CLAUSE_WORDS = new Set([
  'should',
  'would',
  'could',
  'will',
  'can',
  'may',
  'might',
  'must',
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'not',
  'but',
  'and',
  'or',
  'so',
  'then',
  'than',
  'also',
  'that',
  'which',
  'who',
  'it',
  'they',
  'he',
  'she',
  'we',
  'there',
  'here',
  'now',
  'again',
  'too',
]);

const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’.-]*$|^(?:al|el|bin|de|van|von|d|O)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u;
export const ADVERBS_AT_END = new RegExp(`\\s+(?:${ADVERB_ALTERNATION})$`, 'i');

export function bare(word: string): string {
  return word.replace(/^[("'“‘[]+|[)"'”’\],.;:!?]+$/g, '');
}

export function isNameToken(word: string): boolean {
  return (
    NAME_TOKEN.test(word) && !NON_NAME_CAPITALS.has(lowerCase(word).replace(/’/g, "'").replace(/[.,]$/, ''))
  );
}

/** Strips a possessive ending: "Smith's" names Smith but the phrase is about something Smith owns. */
export function isPossessive(word: string): boolean {
  return /['’]s$|s['’]$/.test(word);
}

/** True when every word of a name is a title or role word ("Mayor", "Deputy Spokesman"). */
export function isOnlyTitles(words: string[]): boolean {
  // After an honorific comes a name, even one that is also a title word ("Mr. King", "Dr. Bishop").
  if (words.length >= 2 && isHonorific(words[words.length - 2]!)) return false;
  const lowered = words.map((w) => lowerCase(w).replace(/\.$/, ''));
  // "Health Ministry" is made of title words but names an organisation.
  return lowered.every((w) => TITLE_WORDS.has(w)) && !lowered.some((w) => ORG_HEADS.has(w));
}

export function isTitleOrRole(word: string): boolean {
  const w = lowerCase(word);
  return TITLE_WORDS.has(w) || isRoleNoun(w);
}
