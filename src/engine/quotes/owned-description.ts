/**
 * "Koval's spokesman said", "the mayor's aide told reporters", "his lawyer said": a description
 * owned by a person names someone else, whom the owner employs or is related to, never the owner.
 * When the article has given no one that role, the speaker is the description as written, not the
 * person the passage is about (who is, most often, the owner). A place or a body as owner ("the
 * nation's top diplomat", "the company's chief executive") is left alone: there the description is
 * often the office of someone the article named just before.
 */

import { lowerCase } from '../lexicon/lower-case.js';
import { isRoleNoun } from '../lexicon/titles.js';

const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);
/** A possessive word: "Koval's", "mayor’s", "Jones'". */
const POSSESSIVE = /^(.+?)(?:['’]s|s['’])$/;
const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * The owner the description's words before its head name, when it is a person and the head a noun
 * for a person (a role noun: "spokesman", "wife", "lawyer"): a possessive pronoun ("his"), a role
 * noun ("the mayor's") or a capitalised word `isPerson` confirms. Null when the description has no
 * owner or the owner is not known to be a person.
 */
export function personOwner(text: string, head: string, isPerson: (name: string) => boolean): string | null {
  // Only a noun for a person ("spokesman", "wife", "lawyer"): "his home", "her plans" are things.
  if (!isRoleNoun(lowerCase(head))) return null;
  const words = text.split(/\s+/);
  const headAt = words.lastIndexOf(head);
  if (headAt < 0) return null;
  for (const word of words.slice(0, headAt)) {
    const lower = lowerCase(word);
    if (OWNER_PRONOUNS.has(lower)) return lower;
    const owner = POSSESSIVE.exec(word)?.[1];
    if (!owner) continue;
    if (OPENS_CAPITAL.test(owner)) return isPerson(owner) ? owner : null;
    return isRoleNoun(lowerCase(owner)) ? owner : null;
  }
  return null;
}
