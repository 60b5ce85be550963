import type { ParsedArticle } from '../engine/schema.js';
import { descriptionSetBefore } from '../engine/entities/roles/set-before.js';
import { findName } from './text.js';

/**
 * "who is Ana Ruiz?" in "... the harbour board's new chair, Ana Ruiz, said": the description news
 * writing sets off before a name (the grammar is the role stage's, engine/entities/roles/set-before.ts).
 */

/**
 * The description set before one of the person's full names, with its sentence: the first full
 * mention in the article that has one.
 */
export function roleSetBefore(
  parsed: ParsedArticle,
  names: readonly string[],
): { text: string; sentence: number } | null {
  for (const [index, s] of parsed.sentences.entries()) {
    for (const name of names) {
      if (!name.includes(' ')) continue;
      const at = findName(s, name);
      if (at < 0) continue;
      const text = descriptionSetBefore(s.slice(0, at), s.slice(at + name.length));
      if (text) return { text, sentence: index };
    }
  }
  return null;
}
