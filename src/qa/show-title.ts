import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ReadAnswer } from './read-answer.js';
import { findName } from './text.js';

/**
 * "On which program did Ruiz speak?" in "Ruiz said on Channel 9's “Harbour Hour,” ...": news
 * writing names the broadcast a person spoke on, was interviewed on or told something to as a
 * quoted title right after "on", "to", "told" or "with", the channel's possessive between ("on
 * Channel 9's", "on Tide Radio channel's"). In the best sentences that name everyone the question
 * names, that quoted title is the answer (it stands by the person's name, so it holds however
 * few of the question's other words the sentence uses: "speak" against "said", "told"), so the
 * reply stands at the coverage bar however low the sentence's own coverage.
 */
export function showOfInterview(
  parsed: ParsedArticle,
  q: { askedNoun: string | null; names: readonly string[]; text: string },
  ranked: readonly ScoredSentence[],
  minCoverage: number,
): ReadAnswer | null {
  if (!q.askedNoun || !SHOW_NOUNS.test(q.askedNoun) || q.names.length === 0) return null;
  if (!asksBroadcast(q.text, q.askedNoun)) return null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    if (!q.names.every((name) => findName(sentence, name) >= 0)) continue;
    for (const m of sentence.matchAll(TITLE_AFTER_CHANNEL)) {
      const title = (m[1] ?? m[2] ?? '').replace(/[.,;:]+$/u, '').trim();
      if (isTitle(title))
        return { text: title, sentence: r.index, coverage: Math.max(r.coverage, minCoverage) };
    }
  }
  return null;
}

/** What a broadcast is asked as: "which show", "on which program", "what podcast". */
export const SHOW_NOUNS = /^(?:shows?|programs?|programmes?|broadcasts?|podcasts?)$/i;

/**
 * "which program", "which CNN program", "what TV show": a broadcast. A lowercase modifier of
 * another field makes it another kind of program ("which health programs", "what trade show").
 */
export function asksBroadcast(question: string, noun: string): boolean {
  const m = new RegExp(`\\b(?:which|what)\\s+((?:[\\p{L}'’-]+\\s+){0,3})${noun}\\b`, 'iu').exec(question);
  if (!m) return false;
  return (m[1] ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^\p{Lu}/u.test(w) || BROADCAST_MODIFIER.test(w));
}

/** Lowercase words that say a program is a broadcast. */
const BROADCAST_MODIFIER =
  /^(?:tv|television|radio|news|talk|morning|evening|late-night|cable|political|weekly|daily)$/i;

/** "on|to|told|with", up to four capitalised words or a channel's possessive, then a quoted title. */
export const TITLE_AFTER_CHANNEL =
  /\b(?:on|to|told|with)\s+(?:(?:\p{Lu}[\p{L}\p{N}.&'’-]*|channel['’]s|network['’]s|station['’]s)\s+){0,4}(?:“([^”]{2,60})”|"([^"]{2,60})")/gu;

/** Words a title leaves in lower case. */
const SMALL_WORD = /^(?:a|an|the|and|or|of|with|for|to|in|on|at|by|from)$/;

/** A title: one to eight words, each capitalised (or a number) but the small ones, the first always. */
export function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length >= 1 &&
    words.length <= 8 &&
    words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORD.test(w)))
  );
}
