/**
 * A title whose "of" or "for" phrase stands between it and the name with no comma, as wire copy
 * writes it: "the director of the harbour authority Ada Vell said", "chairman of the farmers'
 * union party Tomas Rek". The phrase's object ends in a lower-case common noun, and the name after
 * it stands in apposition to the title. When the word before the name is a title or a person noun
 * ("a spokesman for Mayor X", "a backer of the singer X"), or the name goes on into a possessive
 * or a capitalised word ("the aide of the Vell campaign's X", "the founder of the firm Acme
 * Partners"), the name is the phrase's object or part of a body's name, and no role is read.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { isTitle } from '../../lexicon/titles.js';
import { walkLeft } from './heads.js';
import { slice } from './tokens.js';
import type { Occurrence, Sentence, Tok } from './types.js';
import {
  ADVERBS,
  CLAUSE_PREPOSITIONS,
  isFunctionWord,
  isPersonNoun,
  isPossessiveMark,
  isPreposition,
  isWord,
} from './words.js';

/** At most this many words stand in the phrase's object between "the" and the name. */
const MAX_OBJECT_WORDS = 5;

/** Verb forms and adverbs ("said", "recently") never end a noun phrase's object. */
const VERB_OR_ADVERB = /(?:ed|ly)$/;

/** Could `w`, outside any name, be a word inside the phrase's object (no function word, verb or person)? */
function isObjectWord(w: Tok | undefined): w is Tok {
  return (
    w !== undefined &&
    isWord(w) &&
    !isFunctionWord(w.lower) &&
    !DETERMINERS.has(w.lower) &&
    !isPreposition(w.lower) &&
    !CLAUSE_PREPOSITIONS.has(w.lower) &&
    !ADVERBS.has(w.lower) &&
    !isTitle(w.text) &&
    !isPersonNoun(w.lower)
  );
}

/** The title and its "of"/"for" phrase right before the name at `o`, with no comma between, or null. */
export function ofPhraseTitleBefore(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  const after = t[o.end];
  if (after && (isPossessiveMark(after) || (isWord(after) && after.cap))) return null;
  const last = t[o.start - 1];
  if (!isObjectWord(last) || last.cap || s.owner[o.start - 1] !== -1 || VERB_OR_ADVERB.test(last.lower))
    return null;
  let k = o.start - 1;
  while (k > 0 && t[k - 1]?.lower !== 'the') {
    if (o.start - k >= MAX_OBJECT_WORDS || !isObjectWord(t[k - 1]) || s.owner[k - 1] !== -1) return null;
    k--;
  }
  const preposition = t[k - 2]?.lower;
  if (preposition !== 'of' && preposition !== 'for') return null;
  const head = t[k - 3];
  if (!head || !isWord(head) || head.cap || s.owner[k - 3] !== -1 || !isPersonNoun(head.lower)) return null;
  return slice(s, walkLeft(s, k - 3), o.start);
}
