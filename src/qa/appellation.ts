import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "What did the mayor call the plan?": news writing quotes the name someone gave a thing right
 * after "call" and its object ("called the plan “a costly detour”", "calling him “reckless,”",
 * "calls this the “quiet season”"). So in the sentences holding the question's words, best
 * covered first, the quotation that closes "call <object>" is the answer, with the determiner
 * written before its marks ("a slow-motion shipwreck"). The object is one to six
 * words with no punctuation; "call on/for/to/with ..." is another verb (an appeal, a phone call).
 * On PolNeAR train text outside the blind ranges, 48 of 49 sampled "call <object> “...”" runs
 * (of 108) quote the name given (ADR 015, session 14); the miss is "call" as a noun.
 */
export function calledAs(
  parsed: ParsedArticle,
  question: string,
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  const caller = ASKS_CALLED.exec(question)?.[1];
  if (!caller) return null;
  // Someone does not name himself in the third person: an object holding the asker's caller's
  // name ("calling Ruiz's plan ..." for "what did Ruiz call Kell?") is someone else's naming.
  const callerNames = (caller.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).map((n) => n.replace(/[’']s$/, ''));
  for (const r of ranked) {
    const m = CALLED_QUOTED.exec(parsed.sentences[r.index] ?? '');
    if (!m?.[2]) continue;
    const object = m[1] ?? '';
    if (callerNames.some((n) => new RegExp(`\\b${n}\\b`, 'u').test(object))) continue;
    // The marks and the sentence's stop or comma inside them are left out, as the other quoted
    // readers leave them (uttered.ts, term.ts); a determiner before the marks stays.
    const text = m[2]
      .replace(/[“”"]/g, '')
      .replace(/[.,;:!?]+$/, '')
      .trim();
    if (text) return { text, sentence: r.index, coverage: 1 };
  }
  return null;
}

/** "What did/does X call Y?": the name X gave Y. Not "call on/for" (what X asked for). */
const ASKS_CALLED =
  /^\s*what\s+(?:did|does|do|has|have|had|would|will)\s+(.+?)\s+call\s+(?!(?:on|for|upon|off|out|back|up)\b).+\?\s*$/iu;

/**
 * "call" in any form, an object of one to six words (no newline, no punctuation but an apostrophe
 * or a title's full stop such as "Gov.", so the run never crosses a sentence; not opened by a
 * preposition that makes "call" another verb), an optional determiner, and a quotation in curly
 * or straight marks. Group 1 is the caller's object, group 2 the name given.
 */
const CALLED_QUOTED =
  /\b[Cc]all(?:s|ed|ing)?[ \t]+(?!(?:on|for|upon|in|off|out|back|up|to|with|from)\b)((?:(?:[\p{L}\p{N}’'-]+|\p{Lu}\p{L}{0,3}\.)[ \t]+){1,6}?)((?:(?:a|an|the|his|her|their|its)[ \t]+)?(?:“[^”\n]{1,120}”|"[^"\n]{1,120}"))/u;
