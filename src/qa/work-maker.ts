import { lemma } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { isStopWord, words } from './text.js';

/**
 * "Who wrote <Book>?" in "<Name>’s <Book> details ...", "who wrote the column?" in "In Sen.
 * <Name>’ column on ...": news writing credits a work to its maker with a possessive before it and
 * lets the verb of making go unsaid. So for a question asking who made the thing it names (write,
 * direct, deliver, ...), a name whose possessive stands right before that thing (its modifiers
 * allowed between, no small word) made it, though the sentence never uses the question's verb.
 * The thing is the question's object, the words right after its verb: session 15's first try took
 * any word of the question and credited "the response to <Name>’s address" with the response.
 */
export function makerOfAskedWork(sentence: string, end: number, q: ParsedQuestion): boolean {
  if (q.type !== 'person' || !q.verb || !MAKING.has(q.verb)) return false;
  const work = objectOf(q.text, q.verb);
  if (work.size === 0) return false;
  // A possessive closes the name ("’s", or "’" after an s), then up to three modifiers.
  const after = /^['’]s?((?:\s+[\p{L}\p{N}-]+){1,4})/u.exec(sentence.slice(end));
  const next = after?.[1]?.trim().split(/\s+/) ?? [];
  const at = next.findIndex((w) => work.has(lemma(w)));
  return at >= 0 && !next.slice(0, at).some(isStopWord);
}

/** Verbs of making a work or a speech, as lemmas. */
const MAKING = new Set(
  'write author pen publish direct produce compose deliver give make create film draw design paint record sing'
    .split(' ')
    .map(lemma),
);

/** The lemmas of the question's object: its words after the verb, up to the first small word after a content word. */
function objectOf(question: string, verb: string): Set<string> {
  const tokens = words(question);
  const at = tokens.findIndex((t) => lemma(t) === verb);
  const out = new Set<string>();
  for (const t of tokens.slice(at + 1)) {
    if (isStopWord(t) || /^(?:the|a|an)$/i.test(t)) {
      if (out.size > 0) break;
      continue;
    }
    out.add(lemma(t));
  }
  return at < 0 ? new Set() : out;
}
