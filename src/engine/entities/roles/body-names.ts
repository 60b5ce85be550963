/**
 * The name of a body inside a role's prepositional phrase, which may hold prepositions of its own:
 * "the director of the Norland Bureau of Trade", "the head of the Dorvik Union for Families". A
 * capitalised word right before "of", "for" or "and" is part of such a name (news capitalises a
 * body's name word by word, its function words aside), so the preposition is the name's, not the
 * role's, and the person noun is further left. A lower-case word before "in" ("the commander of
 * Norland troops in Dorvik") is the object of the role's own phrase, which "in" then places.
 */

import type { Sentence } from './types.js';
import { isPersonNoun, isWord } from './words.js';

/** Prepositions and the conjunction a body's capitalised name is written with. */
const NAME_LINKS = new Set(['of', 'for', 'and']);

/**
 * Is the preposition at `j` inside a body's name, or a phrase placing the role's object, so that
 * the walk to the role's head goes on past it?
 */
export function isInnerPreposition(s: Sentence, j: number): boolean {
  const t = s.tokens;
  const before = t[j - 1];
  const after = t[j + 1];
  if (!before || !isWord(before) || s.owner[j - 1] !== -1) return false;
  // "Assistant Minister for Trade", "a supporter in Dorvik": a person noun before the
  // preposition is the role's head, and the phrase is the role's own.
  if (isPersonNoun(before.lower) || isPersonNoun(before.text)) return false;
  const lower = t[j]?.lower ?? '';
  // "Bureau of Trade", "Union for Families": capitalised on both sides.
  if (NAME_LINKS.has(lower)) return before.cap && after?.cap === true && isWord(after);
  // "troops in Dorvik": a lower-case noun placed by a capitalised name.
  return lower === 'in' && !before.cap && after?.cap === true && isWord(after);
}
