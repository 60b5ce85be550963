/**
 * How far a title or a name answering "which show", "what is the book called" or "which
 * newspaper" runs, whichever reader found it: the candidate finder stops a title at its first
 * comma or lowercase word (“Letters, Mostly Unsent” read as "Letters") and a name after the
 * capitalised "The" it carries ("The Harbour Courier" read as "Harbour Courier").
 */

/** Most words a quoted span may hold to be taken for a title or a coined term, not speech. */
const MAX_TITLE_WORDS = 8;

/**
 * A short span in quotation marks that holds the answer is a title, a slogan or a coined term
 * (“Morning Tide”, “Notes From the Quay”, the “harbour tax”): the reader wants all of it. The
 * marks are left out, as the other readers leave them, and so is the closing comma or full stop
 * that news style puts inside them.
 * Unchanged when the answer is inside no such span, or the span is long enough to be speech.
 */
export function wholeQuotedTitle(answer: string, evidence: string): string {
  const at = evidence.indexOf(answer);
  if (at < 0 || answer.length === 0 || /^[“”]/u.test(answer)) return answer;
  // Curly marks only: a straight mark does not say whether it opens or closes.
  const open = evidence.lastIndexOf('“', at);
  if (open < 0) return answer;
  const close = evidence.indexOf('”', open + 1);
  // The answer must lie wholly inside the marks, with no other quotation opening between.
  if (close < 0 || close < at + answer.length || evidence.slice(open + 1, at).includes('”')) return answer;
  const inner = evidence
    .slice(open + 1, close)
    .trim()
    .replace(/[.,;:]+$/u, '');
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return answer;
  if (!isTitleCased(words) && (words.length > MAX_TERM_WORDS || words.some((w) => SPEECH_WORD.test(w)))) {
    return answer;
  }
  return inner;
}

/** Most words a lowercase coined term or epithet may hold (“a sorry spectacle”). */
const MAX_TERM_WORDS = 4;

/**
 * A pronoun or a form of "be", "have", "will": the quoted words are a clause somebody said
 * (“it was a sorry spectacle”), of which the answer is the part the question asks for.
 */
const SPEECH_WORD =
  /^(?:i|i['’](?:m|ll|ve|d)|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|is|was|are|were|be|been|has|have|had|will|would|can|could|should|do|does|did)$/i;

/** Words a title leaves in lower case: articles, conjunctions and short prepositions. */
const TITLE_SMALL_WORD = /^(?:a|an|the|and|or|nor|but|of|with|for|to|in|on|at|by|from|as|vs\.?|v\.)$/;

/** “Notes From the Quay”: every word capitalised but the small ones, the first one always. */
function isTitleCased(words: readonly string[]): boolean {
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORD.test(w)));
}

/**
 * "The Harbour Courier", "The Quay Review": inside a sentence, a capitalised "The" right before a
 * capitalised name belongs to the name (news style writes "the" in lower case otherwise). The
 * opening word of a sentence or of a quotation is left alone: there every word is capitalised.
 */
export function withTitleArticle(answer: string, evidence: string): string {
  if (!/^\p{Lu}/u.test(answer) || /^The\s/.test(answer)) return answer;
  const at = evidence.indexOf(answer);
  if (at < 4) return answer;
  const before = evidence.slice(0, at);
  const the = /(^|[^\p{L}])The\s$/u.exec(before);
  if (!the) return answer;
  const preceding = before.slice(0, the.index + (the[1]?.length ?? 0)).replace(/\s+$/, '');
  // A sentence or a quotation opens right before "The": a capital there is no sign of a name.
  if (preceding === '' || /[.!?:“"‘(—–]$/u.test(preceding)) return answer;
  return `The ${answer}`;
}
