import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { demonymOf } from '../engine/lexicon/places.js';
import { lemma } from './lexicon.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "Which outlet named Vela as the favourite?" in "Vela, named by the Coast Courier as the
 * favourite, ...": a passive with its agent answers a question asking for the verb's subject.
 * The name right after "<the question's verb> by", in the sentence that best covers the question,
 * is the doer.
 */
export function passiveAgent(
  parsed: ParsedArticle,
  verb: string | null,
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  if (!verb) return null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(BY_AGENT)) {
      if (!m[1] || !m[2] || lemma(m[1]) !== verb || CALENDAR.test(m[2])) continue;
      // A sentence's closing full stop is no part of the name.
      const named = m.index + m[0].length === sentence.length ? m[2].replace(/\.$/, '') : m[2];
      const text = named + nounAfterDemonym(named, sentence.slice(m.index + m[0].length));
      return { text, sentence: r.index, coverage: r.coverage };
    }
  }
  return null;
}

/**
 * "mediated by Omani officials", "drafted by French and German diplomats": a nationality
 * adjective is no doer on its own; the noun it modifies, written right after it, is.
 */
function nounAfterDemonym(named: string, after: string): string {
  const last = named.slice(named.lastIndexOf(' ') + 1);
  if (demonymOf(last) === undefined) return '';
  const m = NOUN_AFTER.exec(after);
  return m?.[0] ?? '';
}

/** Words that end an agent's phrase rather than sit inside it. */
const STOP =
  'on|in|at|to|with|after|before|during|since|until|and|or|but|as|when|while|who|which|that|said|says|told|is|was|were|are|has|had|have|the|a|an|this|its|his|her|their|from|over|into|about|than|because|if';

/** Up to two lower-case words after the agent, neither a function word ("officials", "security officials"). */
const NOUN_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:${STOP})\b)\p{Ll}[\p{L}-]*){1,2}(?=\s*(?:[,.;:)]|$|\s+(?:${STOP})\b))`,
  'u',
);

/** "decided by Friday", "paid by March": a deadline, not a doer. */
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * A participle, "by", then the agent's noun phrase: capitalised words, with "of" or the
 * lower-case modifiers news writing puts inside a title ("by Republican presidential candidate
 * Ada Brook", "by the Institute of Harbour Studies"), ending on a capitalised word. A function
 * word ends it: "by the Labour Office on Monday" is the office. Two names joined by "and" are both
 * the doers ("by Ada Brook and Ivo Tarn").
 */
const BY_AGENT = new RegExp(
  String.raw`\b(\p{Ll}+(?:ed|en|wn|ld|lt|nt|ght))\s+by\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:(?!(?:${STOP})\b)\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&'’-]*)*(?:\s+and\s+\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*)*)?)`,
  'gu',
);
