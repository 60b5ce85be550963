/**
 * Descriptions that only ever stand for someone the article leaves unnamed. News names a source it
 * cannot identify by what it is ("the source", "the insider", "the person") and, when several
 * spoke, by its order ("the second official"). Such a description is never a
 * way of referring back to a person the article names: a named person is called by name or role,
 * not "the source". So it speaks as written, never through the search for a recent subject, which
 * finds whoever the passage is about (often the person the source talks about). Issue 11: unnamed
 * sources shown as written.
 */

/** Heads that describe a person by their anonymity alone. */
const ANONYMOUS_HEADS = new Set(['source', 'sources', 'insider', 'insiders', 'person']);

/**
 * Words that set one unnamed speaker apart from another of the same kind: "the second official".
 * Not "first" ("the first lady") nor "latter"/"former", which point back at named people.
 */
const ORDER_WORDS = new Set(['second', 'third', 'fourth']);

/**
 * Is this definite description ("the source", "the second official") one that only an unnamed
 * speaker carries? `text` is the description as written, `head` its lower-case head noun.
 */
export function describesOnlyUnnamed(text: string, head: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words[0] !== 'the' && words[0] !== 'this' && words[0] !== 'that') return false;
  if (ANONYMOUS_HEADS.has(head) && words.length <= 3) return true;
  // "the second official", "the other aide": an order word right after the article.
  return words.length === 3 && ORDER_WORDS.has(words[1] ?? '');
}
