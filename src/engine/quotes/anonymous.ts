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
const PHRASE_ENDERS = new Set([
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

/** Words that open or join noun phrases, never a modifier inside one. */
const NOT_MODIFIERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'and',
  'or',
  'but',
  'as',
  'than',
  'said',
  'says',
]);

/** Words after a description that name the person it introduced: "an aide, Jo Vane," / "a man named Jo Vane". */
const NAMED_AFTER = /^\s*(?:,\s*\p{Lu}|\(?\s*\p{Lu}\p{Ll}+\s+\p{Lu}|(?:named|called)\b)/u;

/**
 * Does this sentence bring in an unnamed person with this head noun ("they were met by an
 * organizer", "a nurse at the clinic stayed late")? A later "the organizer said" then refers back
 * to that newcomer: news writing introduces an unnamed person with an indefinite article and
 * names them again with the definite one, and the named subject of a nearby sentence is someone
 * else. Up to three modifiers may stand between ("a young campaign organizer"); a name given right
 * after ("an aide, Jo Vane,", "a man named Jo Vane") makes the person a named one, left to the name.
 */
export function introducesHead(sentence: string, head: string): boolean {
  const words = head.replace(/[^\p{L}-]/gu, '');
  if (!words) return false;
  const re = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,3}?${words}(?![\p{L}-])`,
    'giu',
  );
  for (const m of sentence.matchAll(re)) {
    // "a meeting with the organizer": the modifiers must stay inside the one noun phrase.
    const between = m[0].trim().toLowerCase().split(/\s+/).slice(1, -1);
    if (between.some((w) => PHRASE_ENDERS.has(w) || NOT_MODIFIERS.has(w))) continue;
    if (!NAMED_AFTER.test(sentence.slice((m.index ?? 0) + m[0].length))) return true;
  }
  return false;
}
