/**
 * "What is the name of <the/X's> <noun>?" answered by a name the article does not give to that
 * noun (issue 12, ADR 015 session 19).
 *
 * News gives a thing or person its name right beside the noun it is: in apposition ("his podcast,
 * “Harbour Talk,”", "the firm, Tarn Boats"), or before or after it in a few words ("the Tarn Boats
 * firm"). So a reply to "what is the name of ...?" is the name only when it is written as a name
 * (a capital, a figure or a quotation mark first) within a few words of the asked noun in its
 * sentence. A lowercase word, or a name standing far from the noun, names something else; the
 * honest reply is that the article does not say.
 *
 * Over all training questions (PolNeAR train 2-839), of the 14 such questions it fires on 5 wrong
 * replies: 3 unanswerable questions turn honest, 2 wrong names become "not found"; the 9 right
 * replies all stand beside their noun and are kept.
 */

/** "What is/was the name(s) of <phrase>": the phrase that names the asked thing. */
const NAME_OF = /^\s*what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(.+?)\s*\??\s*$/i;
/** The noun phrase ends before a relative clause or a preposition. */
const PHRASE_END = /\s+(?:who|whom|whose|that|which|in|at|on|for|from|with|by|during|under)\b.*$/i;
/** Words that may stand between the noun and its name: "podcast, “Harbour Talk”", "firm called". */
const NEAR_WORDS = 4;
/** A name begins with a capital or a figure, perhaps inside a quotation mark. */
const NAME_START = /^[“"‘'(]?[\p{Lu}\d]/u;

/** The asked noun of a "what is the name of ...?" question, lowercased; null for other questions. */
export function nameOfNoun(question: string): string | null {
  const m = NAME_OF.exec(question);
  if (!m?.[1]) return null;
  const words = m[1].replace(PHRASE_END, '').split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.replace(/['’]s$/u, '').replace(/[^\p{L}\d-]/gu, '');
  return last ? last.toLowerCase() : null;
}

/** Whether a word of the sentence is the asked noun (its plural or possessive too). */
function isNoun(word: string, noun: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}\d-]/gu, '');
  return (
    w === noun || w === `${noun}s` || w === `${noun}es` || w.replace(/s$/, '') === noun.replace(/s$/, '')
  );
}

/**
 * Whether the reply fails to name the asked noun: it is not written as a name, or no occurrence
 * of the noun stands within a few words of it. False when the question asks no such thing or the
 * reply cannot be found in the sentence (nothing to judge).
 */
export function nameNotOfNoun(answer: string, sentence: string, question: string): boolean {
  const noun = nameOfNoun(question);
  if (!noun) return false;
  const text = answer.trim();
  if (!NAME_START.test(text)) return true;
  const bare = text.replace(/^[“"‘'(]+|[”"’')]+$/gu, '');
  const at = sentence.indexOf(bare);
  if (at < 0) return false;
  const before = sentence
    .slice(0, at)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-(NEAR_WORDS + 1));
  const after = sentence
    .slice(at + bare.length)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, NEAR_WORDS + 1);
  return ![...before, ...after].some((w) => isNoun(w, noun));
}
