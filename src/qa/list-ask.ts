/**
 * Does the question ask for several people or things at once? "Which two officials met ...?",
 * "Who were the delegates?", "Which networks aired it?" want every name the evidence joins
 * ("A and B", "A, B and C"); "Which network aired it?" wants one, and a list there is wrong.
 *
 * Read from the question's own words only: a count of two or more before the kind ("which two"),
 * "who were/are", or a plural head noun after "which/what". The head is the
 * kind noun as `askedNoun` reads it, so "which caucus is ...", "what alias did ..." and "what is
 * the name of ..." (an auxiliary or a singular noun ending in s) never read as plural, as the
 * older letter test on the word after "which" did.
 */

/**
 * A count of two or more right after the question word, so it counts the kind asked for: in
 * "where did the two leaders meet?" it counts the subject, and one place answers.
 */
const COUNT = /\b(?:which|what)\s+(?:two|three|four|five|six|seven|eight|nine|ten|both)\b(?!-)/i;
const WHO_PLURAL = /^\s*who\s+(?:were|are)\b/i;

/** Singular nouns that end in s: "campus", "alias", "crisis", "address", "politics", "news". */
const SINGULAR_S = /(?:ss|us|is|as|os|ics|news)$/;

/** A lowercase head noun in the plural: "analysts", "countries", "newspapers", "republicans". */
export function isPluralHead(head: string): boolean {
  const word = head.toLowerCase();
  return word.length > 3 && word.endsWith('s') && !SINGULAR_S.test(word) && !/['’]s$/.test(head);
}

/**
 * Several are wanted. `head` is the question's kind noun as typed (question.ts askedNoun), or
 * null when the question names none; `groupHead` says a plural group name ("Which Republicans
 * voted ...") heads it.
 */
export function asksForSeveral(question: string, head: string | null, groupHead: boolean): boolean {
  if (WHO_PLURAL.test(question) || COUNT.test(question) || groupHead) return true;
  // "both" alone is left out: no training question uses it, and in "who did both candidates
  // attack?" it counts the subject.
  return !!head && isPluralHead(head) && headIsTheKind(question, head);
}

/**
 * The plural head names the kind asked for: it follows "which/what" with no possessive before it
 * ("which state's caucuses" asks for one state) and no name right after it ("which super PAC
 * backs Ivo Tarn": the word is the question's verb).
 */
function headIsTheKind(question: string, head: string): boolean {
  const m = /\b(?:which|what)\s+(.*)$/i.exec(question);
  if (!m?.[1]) return false;
  const words = m[1].split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase().replace(/[?,.!]+$/, '') === head.toLowerCase());
  if (at < 0) return false;
  if (words.slice(0, at).some((w) => /['’]s?$/.test(w))) return false;
  return !/^\p{Lu}/u.test(words[at + 1] ?? '');
}
