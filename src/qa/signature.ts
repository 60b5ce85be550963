import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ParsedQuestion } from './question.js';
import { words } from './text.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "Where is <name> from?" on a letters page: a letter is signed with the writer's name on a line
 * of its own and the home town on the next ("Ada Kell." / "Port Arlen, Ore."). So when the best
 * sentence for the question is the name alone and the next is a town and state alone, that town is
 * the answer. On PolNeAR train 0-599, 9 of 9 name-only lines followed by a "Town, St." line are
 * such signatures.
 */

const FROM_QUESTION = /^\s*where\s+(?:is|was|are|were)\s+.+\s+from\s*\??\s*$/i;

/** "Port Arlen, Ore.", "Deerbrook, N.Y.": a capitalised town of up to four words, a comma, a short state. */
const TOWN_AND_STATE =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}, \p{Lu}[\p{L}.]{0,8}(?: \p{Lu}[\p{L}.]{0,8})?$/u;

/** The sentence is the question's name and nothing else: every word capitalised, every name word there. */
function isNameAlone(sentence: string, q: ParsedQuestion): boolean {
  const tokens = words(sentence);
  const names = q.focus.filter((f) => f.name);
  if (names.length === 0 || tokens.length > 5 || !tokens.every((t) => /^\p{Lu}/u.test(t))) return false;
  const lower = new Set(tokens.map((t) => t.toLowerCase()));
  return names.every((f) => lower.has(f.word.toLowerCase()));
}

export function signedHomeTown(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  if (q.type !== 'place' || !FROM_QUESTION.test(q.text)) return null;
  const top = ranked[0];
  if (!top || !isNameAlone(parsed.sentences[top.index] ?? '', q)) return null;
  const next = (parsed.sentences[top.index + 1] ?? '').trim();
  if (!TOWN_AND_STATE.test(next)) return null;
  return { text: next, sentence: top.index + 1, coverage: top.coverage };
}
