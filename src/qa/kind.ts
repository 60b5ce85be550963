import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { lemma } from './lexicon.js';
import type { ReadAnswer } from './read-answer.js';
import { isStopWord, startsWithCalendarWord } from './text.js';

/**
 * "Which super PAC ran the ad?" in "Harbour Rising, a super PAC aligned with Ivo Tarn, ran the
 * ad": news writing says what kind of thing a name is in the apposition right after it. The name
 * whose apposition holds the kind words the question asks for ("super PAC") is of that kind,
 * where another name in the sentence (Ivo Tarn) is not.
 */

/** A name read as the asked kind: an answer read outright from its sentence. */
export type KindAnswer = ReadAnswer;

/** Words that end the kind a "which/what" question names: the verb or auxiliary after it. */
const AUX = /^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)$/i;

/** "<Name>, a|an|the <phrase>" closed by a comma, a relative pronoun or the sentence's end. */
const NAME_WITH_APPOSITION =
  /(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|the|and|on)?\s*\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}),\s+(?:a|an|the)\s+([^,;:()“”"]{2,80}?)(?=\s*(?:,|\.\s*$|\s(?:that|which|who)\b))/gu;

/** The kind words after "which"/"what", up to three, stopping at an auxiliary or a function word. */
function kindWords(question: string): string[] {
  const m = /^\s*(?:which|what)\s+(.+)$/i.exec(question);
  if (!m?.[1]) return [];
  const out: string[] = [];
  for (const w of m[1].split(/\s+/).slice(0, 3)) {
    const word = w.replace(/[?.,!]+$/, '');
    if (!word || AUX.test(word) || isStopWord(word)) break;
    out.push(word);
  }
  return out;
}

/**
 * The head of an apposition: its words before the first function word or participle ("super PAC"
 * of "super PAC aligned with ..."), whose last word is the noun that says what the name is.
 */
function headOf(apposition: string): string[] {
  const head: string[] = [];
  for (const w of apposition.split(/\s+/)) {
    if (isStopWord(w) || (head.length > 0 && /\p{Ll}(?:ed|ing)$/u.test(w))) break;
    head.push(w);
  }
  return head;
}

/**
 * The name in the best sentences whose apposition's head ends with the question's kind words: the
 * longest run of them (one to three, in order, from the first); the question's verb after the
 * kind ("released") is no part of the run, since no head ends with it.
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
      // A capitalised opener ("Between ...", "Thus") is no name.
      if (isStopWord(m[1].split(/\s+/)[0] ?? '')) continue;
      const head = headOf(m[2]).map((w) => lemma(w));
      // The run of kind words must end the head: "super PAC" in "a super PAC aligned with ...",
      // not "river" in "the bridge across the river".
      let matched = 0;
      for (let n = kind.length; n > 0 && matched === 0; n--) {
        const run = kind.slice(0, n);
        const at = head.length - n;
        if (at >= 0 && run.every((w, k) => head[at + k] === w)) matched = n;
      }
      if (matched > (best?.matched ?? 0))
        best = { text: m[1], sentence: r.index, coverage: r.coverage, matched };
    }
  }
  return best && { text: best.text, sentence: best.sentence, coverage: best.coverage };
}

/**
 * "Which newspaper noted the vote?" in "the regional newspaper Norland Post noted ...": news
 * writing also names a thing right after the noun that says its kind, bare ("the website
 * Quaylist,"), after "such as", "including" or "like" ("employers such as Tarn Boats"), and for a
 * place after "of" ("the town of Vellby"). The name there is of the kind asked (47 of 50 sampled
 * such runs on PolNeAR train; the misses: "state" modifying an institution, "the state of the
 * race"). A bare name must close its clause, else the noun modifies the name ("the group Ivo
 * addressed") or the name a noun after it; "secretary of state <Name>" is a title, not a kind.
 */
export function nameAfterKind(
  parsed: ParsedArticle,
  asked: { noun: string; place: boolean; several: boolean },
  ranked: readonly ScoredSentence[],
): KindAnswer | null {
  const kind = lemma(asked.noun.toLowerCase());
  const run = asked.several ? JOINED_NAME_RUN : NAME_RUN;
  const pattern = new RegExp(
    `\\b(\\p{L}+)\\s+(?:(of|such as|including|like)\\s+)?(${run})(?=(.{0,6}))`,
    'gu',
  );
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(pattern)) {
      const [, word, link, name, after] = m;
      if (!word || !name || lemma(word.toLowerCase()) !== kind) continue;
      if (startsWithCalendarWord(name)) continue;
      if (link === 'of' && !(asked.place && word.toLowerCase() === kind)) continue;
      if (!link && (!CLAUSE_END.test(after ?? '') || /\bof\s+$/.test(sentence.slice(0, m.index)))) continue;
      // A sentence's closing full stop is no part of the name (an abbreviation's inner ones are).
      const text = after?.trim() === '' ? name.replace(/\.$/, '') : name;
      return { text, sentence: r.index, coverage: r.coverage };
    }
  }
  return null;
}

/** A capitalised run, "of"/"for" inside it ("University of Vellby"); with "and" when several are asked. */
const NAME_WORD = "(?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’-]*\\.?";
const NAME_RUN = `${NAME_WORD}(?:\\s+(?:(?:of|for)\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’-]*\\.?)*`;
const JOINED_NAME_RUN = `${NAME_RUN}(?:(?:,\\s+|\\s+and\\s+)${NAME_RUN})*`;
/** What may follow a bare name that closes its clause. */
const CLAUSE_END = /^\s*(?:[,;:)”"]|\.|$|(?:who|which|that)\b)/u;
