import { lemma, rootMatch } from './lexicon.js';
import { isStopWord, words } from './text.js';

/**
 * Two facts of reported speech for "what did X say ...?" questions (type quote).
 *
 * - A name written inside quotation marks is something the speaker says, not the speaker: "“We
 *   know Tarn's agents did it and that Vell backed them,” Ruiz said" reports Ruiz, not Vell, so a
 *   sentence naming the asked speaker only inside a quotation reports no words of theirs
 *   (`namedOutsideQuotes`).
 * - "What did X say to Y / at Z / about W?": the hearer, the occasion and the topic are part of
 *   what is asked. News writing states them beside the words (in the sentence or the one before:
 *   "X told Y at the airport ..."); words of X's whose sentence and the one before hold none of the
 *   question's own words past the speaker are said to someone else, somewhere else
 *   (`tiedToSetting`; quotes.ts then answers 'elsewhere' and answer.ts "can't find").
 * - The answer to "what did X say?" is words: a person's or a place's name picked by the scorer
 *   when the quote reader found none is no answer (answer.ts, with facts.ts namesPersonOrPlace).
 *
 * Holds 3 of 3 over all 2,775 training questions (articles 2-840), one firing for each fact, all
 * three on the fixed sample (2-599) and all questions the article does not answer, turned from a
 * quote or a name of someone else to "can't find"; 600-839 no firing. Quote questions are few
 * (10 over all training), so N is small.
 */

/** Whether the name stands in the sentence outside every quotation. */
export function namedOutsideQuotes(sentence: string, name: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    const before = sentence.slice(0, at);
    const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
    const straight = (before.match(/"/g) ?? []).length % 2;
    if (opened <= 0 && straight === 0) return true;
  }
  return false;
}

/** "say to Marco at the fair", "tell the board about the tolls": the content words after the verb of saying. */
const AFTER_SAYING = /\b(?:say|said|says|tell|told|tells)\b\s+(.+?)\s*\??\s*$/i;

/** The lemmas of the question's words after its verb of saying that are not the speaker's name. */
export function settingWords(question: string, speaker: readonly string[]): string[] {
  const m = AFTER_SAYING.exec(question);
  if (!m?.[1]) return [];
  const own = new Set(speaker.flatMap((n) => words(n)).map((w) => w.toLowerCase()));
  return words(m[1])
    .filter((w) => !isStopWord(w) && !own.has(w.toLowerCase()))
    .map(lemma);
}

/** Whether the sentences by the words hold one of the setting's words (true when there are none). */
export function tiedToSetting(setting: readonly string[], sentences: readonly string[]): boolean {
  if (setting.length === 0) return true;
  const roots = new Set(sentences.flatMap((s) => words(s).map(lemma)));
  return setting.some((w) => rootMatch(w, roots) > 0);
}
