import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "What did the crowd chant?", "what did the heckler yell?": news writing quotes what was shouted
 * right after the verb ("a man yelled “Stay home!”", "chanting, “Keep the port open”"). On PolNeAR
 * train articles 0-499, 14 "<yelled|shouted|chanted|screamed|tweeted|...> “...”" all quote the
 * words uttered (one the second half of an exclamation split by its attribution). So the quotation
 * after the question's verb in the sentences holding the question's words, best covered first, is
 * the answer; a sentence that ends on the verb goes on in the next one (the splitter may cut there).
 */
export function utteredWords(
  parsed: ParsedArticle,
  question: string,
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  const asked = ASKS_UTTERED.exec(question)?.[1]?.toLowerCase();
  if (!asked) return null;
  const verb = new RegExp(`\\b${STEMS[asked] ?? asked}\\w*[:,]?\\s*`, 'iu');
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    const at = verb.exec(sentence);
    if (!at) continue;
    const after = sentence.slice(at.index + at[0].length);
    const here = QUOTED.exec(after);
    if (here) return found(here, r.index);
    // "... marched through the square, chanting" | "“Keep the port open,” ...": the next sentence.
    const next = after.trim() === '' ? QUOTED.exec(parsed.sentences[r.index + 1] ?? '') : null;
    if (next) return found(next, r.index + 1);
  }
  return null;
}

/** "What did/were ... yell / chanting?": the verbs whose object is the words uttered. */
const ASKS_UTTERED =
  /^\s*what\s+(?:did|does|do|was|were|is|are|had|has|have)\b.*?\b(yell|shout|chant|scream|tweet|cry|sing|whisper|exclaim|quip)(?:s|ed|ing)?\s*\??\s*$/iu;

/** The written stem of each verb's forms ("cried", "sang", "quipped"). */
const STEMS: Record<string, string> = { cry: '(?:cr(?:y|ied|ies))', sing: '(?:s[iau]ng)', quip: 'quip' };

/** A quotation opening right there, in curly or straight marks. */
const QUOTED = /^(?:“([^”]{1,120})”|"([^"]{1,120})")/u;

function found(m: RegExpExecArray, sentence: number): ReadAnswer {
  const words = (m[1] ?? m[2] ?? '').replace(/[,;:]+$/, '').trim();
  return { text: words, sentence, coverage: 1 };
}
