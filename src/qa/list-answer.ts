import { countValue } from '../engine/dates/lexicon.js';
import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { lemma } from './lexicon.js';
import { isPluralHead } from './list-ask.js';

/**
 * "Which two officials signed the deal?" in "Two harbour officials, Orla Brandt and Ivo Tarn,
 * signed the deal": news writing names the members of a plural kind in an apposition right after
 * it, set off by a comma, a dash or a colon, and the whole coordinated list is the answer, as
 * written ("A and B", "A, B and C", titles included: "Sen. Ivo Tarn and Gov. Orla Brandt"). Only
 * when the question asks for several (list-ask.ts), in one sentence, and only a list closed by
 * punctuation or the sentence's end: an open run may be a name followed by more of the clause.
 */

export interface ListAnswer {
  text: string;
  sentence: number;
  coverage: number;
}

/** One member: capitalised words, abbreviated titles and possessive places inside ("Vellby’s Orla Brandt"). */
const MEMBER = "\\p{Lu}[\\p{L}\\p{N}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’&-]*){0,5}";
/** Two or more members joined by commas and a closing "and" (the serial comma allowed). */
const LIST = `${MEMBER}(?:,\\s+${MEMBER}){0,6},?\\s+and\\s+${MEMBER}`;
/** The apposition opens with a comma, a dash or a colon and closes with punctuation or the end. */
const APPOSED = new RegExp(`^\\s*(?:,|:|—|–|--)\\s*(${LIST})(?=\\s*(?:,|—|–|--|;|\\)|\\.?\\s*$))`, 'u');

/** The kind noun a "who were the two <kind>" question names, as typed: its first plural noun. */
export function pluralKindOfWho(question: string): string | null {
  const m = /^\s*who\s+(?:were|are)\s+(?:the|his|her|their|its)\s+(.+)$/i.exec(question);
  if (!m?.[1]) return null;
  for (const w of m[1].split(/\s+/).slice(0, 4)) {
    const word = w.replace(/[?.,!]+$/, '');
    if (/^\p{Ll}/u.test(word) && isPluralHead(word)) return word;
  }
  return null;
}

/** The coordinated names set off right after the asked kind in the best sentences, as written. */
export function listAfterKind(
  parsed: ParsedArticle,
  kindNoun: string,
  ranked: readonly ScoredSentence[],
): ListAnswer | null {
  const kind = lemma(kindNoun.toLowerCase());
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(/\p{L}+/gu)) {
      const word = m[0];
      if (!isPluralHead(word) || lemma(word.toLowerCase()) !== kind) continue;
      const rest = sentence.slice(m.index + word.length);
      const after = APPOSED.exec(rest);
      if (!after?.[1]) continue;
      // "the others, A and B, as well as C": the list goes on past the apposition.
      if (GOES_ON.test(rest.slice(after[0].length))) continue;
      // "nine states: A, B and C" names some of them, not the nine.
      const count = countBefore(sentence.slice(0, m.index));
      if (count !== null && count !== members(after[1])) continue;
      return { text: after[1].replace(/\.$/, ''), sentence: r.index, coverage: r.coverage };
    }
  }
  return null;
}

/** A list that runs on after its closing punctuation. */
const GOES_ON = /^\s*(?:,|—|–|--)?\s*(?:as well as|among others|and others|including|plus)\b/i;

/** The count written among the three words before the kind noun ("two Republican rivals"), if any. */
function countBefore(before: string): number | null {
  const words = before.trim().split(/\s+/).slice(-3);
  for (const w of words.reverse()) {
    // Number words from two to ten only: "a"/"one" ask for one, digits are not read here.
    const n = /^\d+$/.test(w) ? null : countValue(w);
    if (n !== null && n >= 2 && n <= 10) return n;
  }
  return null;
}

/** How many members a list holds: its commas and its "and" ("A, B, and C" is three). */
function members(list: string): number {
  return list.split(/,\s+(?:and\s+)?|\s+and\s+/).filter(Boolean).length;
}
