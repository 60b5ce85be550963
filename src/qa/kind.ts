import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { lemma } from './lexicon.js';

/**
 * "Which super PAC ran the ad?" in "Harbour Rising, a super PAC aligned with Ivo Tarn, ran the
 * ad": news writing says what kind of thing a name is in the apposition right after it. The name
 * whose apposition holds the kind words the question asks for ("super PAC") is of that kind,
 * where another name in the sentence (Ivo Tarn) is not.
 */

export interface KindAnswer {
  text: string;
  sentence: number;
  coverage: number;
}

/** Words that end the kind a "which/what" question names: the verb or auxiliary after it. */
const AUX = /^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)$/i;

/** "<Name>, a|an|the <phrase>" closed by a comma, a relative pronoun or the sentence's end. */
const NAME_WITH_APPOSITION =
  /(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|the|and|on)?\s*\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}),\s+(?:a|an|the)\s+([^,;:()“”"]{2,80}?)(?=\s*(?:,|\.\s*$|\s(?:that|which|who)\b))/gu;

/** The kind words after "which"/"what", up to three, stopping at an auxiliary. */
function kindWords(question: string): string[] {
  const m = /^\s*(?:which|what)\s+(.+)$/i.exec(question);
  if (!m?.[1]) return [];
  const out: string[] = [];
  for (const w of m[1].split(/\s+/).slice(0, 3)) {
    const word = w.replace(/[?.,!]+$/, '');
    if (!word || AUX.test(word)) break;
    out.push(word);
  }
  return out;
}

/**
 * The name in the best sentences whose apposition holds the question's kind words: the longest
 * run of them (one to three, in order) found in an apposition, which must end on a word a noun
 * can end on (the question's verb after the kind, "released", is no part of it).
 */
export function nameOfKind(
  parsed: ParsedArticle,
  question: string,
  ranked: readonly ScoredSentence[],
): KindAnswer | null {
  const kind = kindWords(question).map((w) => lemma(w));
  if (kind.length === 0) return null;
  let best: (KindAnswer & { matched: number }) | null = null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(NAME_WITH_APPOSITION)) {
      if (!m[1] || !m[2]) continue;
      const phrase = m[2].split(/\s+/).map((w) => lemma(w));
      let matched = 0;
      for (let n = kind.length; n > 0 && matched === 0; n--) {
        const run = kind.slice(0, n);
        for (let i = 0; i + n <= phrase.length; i++)
          if (run.every((w, k) => phrase[i + k] === w)) {
            matched = n;
            break;
          }
      }
      if (matched > (best?.matched ?? 0))
        best = { text: m[1], sentence: r.index, coverage: r.coverage, matched };
    }
  }
  return best && { text: best.text, sentence: best.sentence, coverage: best.coverage };
}
