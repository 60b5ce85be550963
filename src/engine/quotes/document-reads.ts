import { DOCUMENT_NOUNS } from './lexicon.js';
import type { Mention } from './mentions/index.js';

/** "read" and "reads" as a tag's verb, with the comma or stop that may close it. */
const READ_VERB = /^(?:reads?)[,.]?$/i;

/**
 * "“...,” the statement read.", "“...,” reads a letter from the council.": a text's words are read,
 * so after a quote "read"/"reads" is the tag of the document that holds them, as "the statement
 * said" is; the quote goes where a document's words go (its author, or the document as written).
 * "read" is a speech tag only with a document as subject ("he read the report" is no tag), so the
 * verb counts only when the mention next to it is a noun phrase headed by a document noun. The
 * frame before a quote already reads "The letter reads: “...”". Session 19, over PolNeAR train and
 * CoNLL eng.train: 9 quotes in 7 articles read as a document's, all 9 right by the text (an
 * editorial, a statement, an email, a web page's message; none on CoNLL). Holds 9 of 9.
 */
export function isReadVerb(word: string): boolean {
  return READ_VERB.test(word);
}

/** Words that open a noun phrase ("a", "the", "her"). */
const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their)$/i;
/** Words that end the phrase before its head is reached: a preposition or a relative pronoun. */
const PHRASE_END = /^(?:from|by|of|in|on|at|for|to|with|which|that|who)$/i;

/**
 * "reads a letter from the trust", "read the council's statement": the words after "reads" open a
 * noun phrase whose head, within four words and before any preposition, is a document noun.
 */
export function opensWithDocument(words: readonly string[]): boolean {
  if (!DETERMINER.test(words[0] ?? '')) return false;
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const word = words[k]!.replace(/[,.;:!?]+$/, '').toLowerCase();
    if (DOCUMENT_NOUNS.has(word)) return true;
    if (PHRASE_END.test(word) || /[,.;:!?]$/.test(words[k]!)) return false;
  }
  return false;
}

/** Whether a mention next to "read"/"reads" is a document, whose words are what is read. */
export function readsDocument(mention: Mention | null): boolean {
  return mention?.kind === 'nominal' && DOCUMENT_NOUNS.has(mention.head);
}
