import type { ParsedArticle } from '../engine/schema.js';
import { lemma } from './lexicon.js';
import { namesOf } from './facts.js';
import { isStopWord, words } from './text.js';

/**
 * "What is the title of Vela's new book?", "what was the name of the group's ferry?": news
 * writing gives a thing's name in apposition right after the noun that describes it ("her new
 * book, The Long Quay, came out ..."; "the ferry Northern Star"). So the capitalised run right
 * after the asked noun, in a sentence holding the question's other words, is the name.
 */
export function nameOfThing(
  parsed: ParsedArticle,
  question: string,
): { text: string; sentence: number } | null {
  const m = NAME_QUESTION.exec(question);
  if (!m?.[1]) return null;
  const content = words(m[1]).filter((w) => !isStopWord(w));
  const head = content.at(-1);
  if (!head) return null;
  const others = content.slice(0, -1).map(lemma);
  const headRoot = lemma(head);
  // "the campaign Manafort joined": a person's name after the noun starts a clause; a thing's
  // name is no one the article names as a person.
  const people = parsed.people.flatMap((p) => namesOf(p));
  // (A title may hold a name inside it: "The Case for Brandt" is still a title.)
  const isPerson = (name: string) => people.some((p) => name === p || name.startsWith(`${p} `));
  for (const [index, s] of parsed.sentences.entries()) {
    const roots = new Set(words(s).map(lemma));
    if (!others.every((o) => roots.has(o))) continue;
    for (const t of s.matchAll(NOUN_THEN_NAME)) {
      const name = t[2]?.trim();
      if (!t[1] || !name || lemma(t[1]) !== headRoot || NOT_A_NAME.test(name) || isPerson(name)) continue;
      return { text: name, sentence: index };
    }
  }
  return null;
}

/** "his campaign Monday", "the campaign, Mr. Brook said": a day, a month or a title, not a name. */
const NOT_A_NAME =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const NAME_QUESTION =
  /^\s*what\s+(?:is|was|are|were)\s+the\s+(?:full\s+)?(?:name|title)\s+of\s+(.+?)\s*\??\s*$/i;

/**
 * A lower-case noun, an optional comma and quotation mark, then a capitalised run that may hold
 * the small words titles keep in lower case ("The Case for Harbours").
 */
const NOUN_THEN_NAME =
  /\b(\p{Ll}+)(?:,\s+|\s+)[“"]?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|for|the|and|a|an|in|on|to|with)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)*)/gu;
