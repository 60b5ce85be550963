import type { NamedEntity, ParsedArticle, Person } from '../engine/schema.js';
import { namesOf } from './facts.js';
import { findName } from './text.js';

/** "who is Abram Paley?": the person's role as the article gives it, with the sentence that says so. */
export function identityAnswer(
  parsed: ParsedArticle,
  person: Person | null,
  entity: NamedEntity | null,
): { text: string; sentence: number } | null {
  if (person) {
    const role = person.roles[0];
    const names = namesOf(person);
    const mentioning = parsed.sentences.findIndex((s) => names.some((n) => findName(s, n) >= 0));
    if (!role) return null;
    const withRole = parsed.sentences.findIndex(
      (s) => s.includes(role) && names.some((n) => findName(s, n) >= 0),
    );
    const sentence = withRole >= 0 ? withRole : Math.max(0, mentioning);
    return { text: `${person.name}: ${role}`, sentence };
  }
  if (entity) {
    const names = namesOf(entity);
    const sentence = parsed.sentences.findIndex((s) => names.some((n) => findName(s, n) >= 0));
    if (sentence < 0) return null;
    return { text: parsed.sentences[sentence] ?? '', sentence };
  }
  return null;
}
