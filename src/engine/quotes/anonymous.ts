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

/** Determiners that bring a new, unnamed person into the story: "a man", "an aide", "one user". */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'one', 'another']);

/** Words that end a description's own noun phrase: what follows belongs to a phrase after it. */
export const PHRASE_ENDERS = new Set([
  'to',
  'for',
  'of',
  'with',
  'from',
  'at',
  'in',
  'on',
  'by',
  'close',
  'near',
  'who',
  'that',
]);

/**
 * Does this description, as the tag's subject, bring in someone new ("a top aide said", "an
 * official with the port said", "one user commented")? An indefinite article introduces a
 * referent; it never points back at a person the article names, so the clause's named subject
 * (often the person the words are about) is not its speaker. `isPerson` says the head is a
 * person's noun, not a document's ("a statement said" speaks for its issuer), and the head must
 * stand in the description's own phrase, before any preposition: in "a text message to
 * supporters" the people are the message's audience. An appositive set off by a dash or comma
 * ("Jo Vane — a teacher from Dunloe — says") describes the name before it, so it is left to that
 * name.
 */
export function introducesUnnamed(text: string, head: string, isPerson: boolean): boolean {
  const trimmed = text.trim();
  if (!isPerson || /[—–,-]$/.test(trimmed)) return false;
  const words = trimmed.toLowerCase().split(/\s+/);
  if (!INDEFINITE_OPENERS.has(words[0] ?? '')) return false;
  for (const word of words.slice(1)) {
    if (word === head) return true;
    if (PHRASE_ENDERS.has(word)) return false;
  }
  return false;
}
