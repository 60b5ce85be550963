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
 * '"We lost the toss," "said Ada Pell." "Then we lost the match."': straight quote marks pair by
 * counting, so one mark missing or doubled puts every later pair out of step, and the narration
 * between two quotations is read as a quotation. Such a span follows the previous quote with
 * nothing between them (two quotations never stand side by side unseparated in news copy) and
 * opens with the tag the reporter wrote after that quote: a lower-case speech verb and its subject
 * ("said the coach."), or a lower-case subject and its verb ("he said.", "a trader said,"). A real
 * quotation opens its sentence with a capital, or, as a fragment, is led into by the narration.
 * `between` is the text from the previous span's closing mark to this span's opening mark, or null
 * when no span comes before it in the paragraph.
 */
export function isTagBetweenQuotes(introducer: string, text: string): boolean {
  if (!ENDS_CLAUSE.test(introducer)) return false;
  const verbFirst = VERB_THEN_SUBJECT.exec(text)?.[1];
  if (verbFirst !== undefined && isSpeechVerb(verbFirst)) return true;
  const verbAfter = SUBJECT_THEN_VERB.exec(text)?.[1];
  return verbAfter !== undefined && isSpeechVerb(verbAfter);
}
