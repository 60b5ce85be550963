/**
 * "The Ohio senator sought to calm the crowd, saying ...": a participle after a comma takes the
 * main clause's subject, and that subject may be a definite description of a person (role noun as
 * head, capitalised modifiers allowed: a state, a party) rather than a name. The description is
 * read where it opens the sentence, its head followed by a lower-case word (the clause's verb).
 */

import { isRoleNoun } from '../lexicon/titles.js';
import type { Mention } from './mentions/index.js';
import { PHRASE_ENDERS } from './anonymous.js';

/** Modifiers a description may hold before its head ("former Republican presidential"). */
const MAX_MODIFIERS = 4;
const SMALL_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const MODIFIER = /^[\p{L}\d][\p{L}\d.-]*$/u;
/** Joining words that carry the phrase on past its head ("The senator and his wife ..."). */
const JOINS = new Set(['and', 'or', 'which', 'whose']);

/** The description opening `clause` as its subject ("The Ohio senator"), or null. */
export function describedSubjectOpening(clause: string): Mention | null {
  const words = clause.trim().split(/\s+/);
  if (words[0] !== 'The') return null;
  for (let k = 1; k <= MAX_MODIFIERS + 1 && k < words.length - 1; k++) {
    const word = words[k]!;
    if (!MODIFIER.test(word)) return null;
    const next = words[k + 1]!;
    // The head's next word opens the predicate: lower case, and no preposition or conjunction
    // carrying the phrase on ("The minister of energy, Ann Pell, said ..." is an appositive's frame).
    const verbNext = SMALL_WORD.test(next) && !PHRASE_ENDERS.has(next) && !JOINS.has(next);
    if (SMALL_WORD.test(word) && isRoleNoun(word) && !word.endsWith('s') && verbNext) {
      const text = words.slice(0, k + 1).join(' ');
      return { kind: 'nominal', text, head: word, definite: true };
    }
  }
  return null;
}
