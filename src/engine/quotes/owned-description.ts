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
import { ORG_HEADS, ORG_NOUNS } from './lexicon.js';

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
  return ownerBefore(text, head, isPerson);
}

/**
 * "Koval's campaign said", "Pell's team told reporters": a body a named person owns (a campaign, a
 * team, an office) speaks as itself, never as the owner, whom the clause and the passage are about.
 * True when the head is a noun for a body and the word right before it a possessive name the article
 * gives a person. A pronoun owner ("her campaign") is left to the description reading, which shows
 * it as written when no one else is the clause's subject; a phrase with words between owner and head
 * ("his now-familiar campaign promise") is as often a misread noun phrase as a body.
 */
export function personOwnsBody(text: string, head: string, isPerson: (name: string) => boolean): boolean {
  const h = lowerCase(head);
  if (!ORG_NOUNS.has(h) && !ORG_HEADS.has(h)) return false;
  const words = text.split(/\s+/);
  const headAt = words.lastIndexOf(head);
  const owner = headAt > 0 ? POSSESSIVE.exec(words[headAt - 1]!)?.[1] : undefined;
  return owner !== undefined && OPENS_CAPITAL.test(owner) && isPerson(owner);
}

/** The person-owner among the words before `head`: a possessive pronoun, role noun or confirmed name. */
function ownerBefore(text: string, head: string, isPerson: (name: string) => boolean): string | null {
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
