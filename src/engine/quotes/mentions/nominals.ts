/**
 * Noun phrases that name a speaker by description: a capitalised title run after a determiner ("the
 * Health Minister said") and a noun phrase ending before the verb ("the 46-year-old", "police").
 */

import { lowerCase } from '../../lexicon/lower-case.js';
import type { Mention } from './types.js';
import {
  isTitleOrRole,
  bare,
  DEFINITE,
  isPossessive,
  CLAUSE_WORDS,
  NOMINAL_STOPS,
  DETERMINERS,
  GROUP_NOUNS,
} from './words.js';
import { AGE_NOUN } from './speakers.js';
import { servesThrough } from './serving.js';
import { bareGroupAsWritten } from './bare-group.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;
const SMALL_LETTERS_COMMA = /^\p{Ll}+,$/u;

/**
 * "the Health Minister said", "the Deputy Police Chief said": a capitalised run of title words after
 * a determiner names a role, not a person. It is a description whose head is its last word.
 */
export function titleRunEndingAt(words: string[]): Mention | null {
  let i = words.length - 1;
  while (i >= 0 && i > words.length - 6 && OPENS_CAPITAL.test(words[i]!) && isTitleOrRole(bare(words[i]!)))
    i--;
  if (i === words.length - 1 || i < 0) return null;
  const det = lowerCase(words[i]!);
  if (!DEFINITE.has(det) && !isPossessive(words[i]!)) return null;
  const head = lowerCase(bare(words[words.length - 1]!));
  return { kind: 'nominal', text: words.slice(i).join(' '), head, definite: true, ...withArticle(words, i) };
}

/**
 * "the paper's editorial board": a phrase that starts at a possessive owner keeps the article
 * before the owner when shown, as written; resolution still reads the phrase from the owner on.
 */
function withArticle(words: string[], owner: number): { written?: string } {
  if (!isPossessive(words[owner]!)) return {};
  // "a rival firm's": up to two plain lower-case words may stand between the article and the owner.
  for (let k = owner - 1; k >= 0 && k >= owner - 3; k--) {
    const word = words[k]!;
    if (ARTICLES.has(word.toLowerCase())) return { written: words.slice(k).join(' ') };
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || CLAUSE_WORDS.has(word)) break;
  }
  return {};
}

/** Articles and demonstratives a possessive owner may stand after ("the city's", "a rival's"). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** Prepositions that attach a noun phrase to the speaker noun before it ("a member of the public"). */
const NOMINAL_LINKS = new Set(['of', 'for', 'at', 'from', 'with']);

export function nominalEndingAt(words: string[]): Mention | null {
  const last = words[words.length - 1];
  if (!last) return null;
  const head = lowerCase(bare(last));
  if (!/^[\p{Ll}][\p{L}-]*$/u.test(bare(last)) && !AGE_NOUN.test(head)) return null;
  // "A city official responded by": a phrase ending in a preposition has no head noun.
  if (CLAUSE_WORDS.has(head) || NOMINAL_STOPS.has(head)) return null;
  for (let i = words.length - 2; i >= Math.max(0, words.length - 7); i--) {
    const w = bare(words[i]!);
    const lw = lowerCase(w);
    // "the report should be published but said": a verb or conjunction ends the noun phrase;
    // "the letter seen by reporters said": so does a passive agent.
    if (CLAUSE_WORDS.has(lw) || lw === 'by') break;
    if (DETERMINERS.has(lw) || isPossessive(w)) {
      const definite = DEFINITE.has(lw) || isPossessive(w);
      const phrase: Mention = {
        kind: 'nominal',
        text: words.slice(i).join(' '),
        head,
        definite,
        ...withArticle(words, i),
      };
      // "One local resident", "a spokesperson for the ministry": the speaker is the
      // noun before the preposition; what follows only tells which one.
      const link = lowerCase(bare(words[i - 1] ?? ''));
      if ((NOMINAL_LINKS.has(link) || link === 'to') && words[i - 1] === link) {
        const outer = nominalEndingAt(words.slice(0, i - 1));
        // "a senior aide to the mayor": "to" links only after a person's noun (not "a letter to").
        const linked = link !== 'to' || (outer?.kind === 'nominal' && servesThrough(link, outer.head));
        if (outer?.kind === 'nominal' && outer.text.includes(' ') && linked)
          return {
            ...outer,
            text: words
              .slice(words.length - phrase.text.split(' ').length - 1 - outer.text.split(' ').length)
              .join(' '),
          };
      }
      return phrase;
    }
    // "the tall, soft-spoken engineer": a comma between two adjectives right after the
    // determiner and right before the head stays inside the phrase; any other comma ends it.
    const adjectiveList =
      i === words.length - 3 &&
      SMALL_LETTERS_COMMA.test(words[i]!) &&
      DETERMINERS.has(lowerCase(bare(words[i - 1] ?? '')));
    if (/[;:.!?]$/.test(words[i]!) || (words[i]!.endsWith(',') && !adjectiveList)) break;
  }
  if (GROUP_NOUNS.has(head)) {
    const written = bareGroupAsWritten(words);
    return { kind: 'nominal', text: written ?? head, head, definite: false };
  }
  return null;
}
