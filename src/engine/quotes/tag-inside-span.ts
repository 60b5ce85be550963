import { isSpeechVerb } from '../lexicon/speech.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
/**
 * "said Ada Pell.", "added the coach,", "said club chairman Jo Vane": a lower-case speech verb
 * opening the span, then its subject: a capitalised name, an article, or up to two lower-case
 * words before a name. ("said right from the start", "claims based on ..." are no tags.)
 */
const VERB_THEN_SUBJECT = /^(\p{Ll}+)\s+(?:\p{Lu}|(?:the|a|an|one|another)\s|(?:\p{Ll}+\s+){1,2}\p{Lu})/u;
/** "he said.", "a trader said,", "one added.": a pronoun, or a few words an article opens, the verb, a stop or comma. */
const SUBJECT_THEN_VERB =
  /^(?:he|she|they|we|(?:a|an|the|one|another)(?:\s+[\p{L}'’-]+){0,3})\s+(\p{Ll}+)[.,]/u;
/** The narration before the mark ends a clause: where a closing mark stands, not an opening one. */
const ENDS_CLAUSE = /[,.!?]$/;

/**
 * '" We lost the toss, " said the captain, Jo Vane. " Then ...': straight marks pair by counting,
 * and where their spacing gives no direction (marks spaced on both sides, as in tokenised wire
 * copy) one quotation run on without its closing mark puts every later pair out of step, so the
 * reporter's tag between two quotations is read as a quotation. Such a span opens right after a
 * finished clause (the narration before the mark ends in a comma or stop, where a closing mark
 * stands) with a lower-case tag: a speech verb and its subject ("said the coach."), or a pronoun
 * or a few article-led words and the verb ("he said.", "a trader said,"). A real quotation opens
 * its sentence with a capital; a fragment is led into by narration that does not end a clause.
 * `marks.ts` asks this of each pair before closing it and, on a tag, opens the next quotation at
 * the closing mark (the marks back in step); `quotes.ts` asks it of a span left open at the
 * paragraph's end, which no later mark can re-pair. `introducer` is the narration before the
 * opening mark, since the previous quote.
 */
export function isTagBetweenQuotes(introducer: string, text: string): boolean {
  if (!ENDS_CLAUSE.test(introducer)) return false;
  const verbFirst = VERB_THEN_SUBJECT.exec(text)?.[1];
  if (verbFirst !== undefined && isSpeechVerb(verbFirst)) return true;
  const verbAfter = SUBJECT_THEN_VERB.exec(text)?.[1];
  return verbAfter !== undefined && isSpeechVerb(verbAfter);
}
