/**
 * A lone capitalised word in a headline written in capitals word by word ("Aide Laughs, Dodges
 * Question", "Why Voters Don't Care About Politics") is the headline's word, not a person, when it
 * is an ordinary word: one the article writes in lower case elsewhere or a frequent word, and no
 * given name. Such headlines need not capitalise a function word, so the sentence's own Title Case
 * test (which wants one, to tell a headline from a list of names) lets them through; a list of
 * names holds names, which this test spares (surnames the article gives in full are spared by the
 * caller, given names here).
 */

import { isFirstName } from '../lexicon/first-names.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { isListedGivenName } from '../ner/features.js';
import type { Mention, SentenceMentions } from './mentions/index.js';
import { startsLetter, startsUpper } from './names.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** Most of the sentence's words open on a capital: a headline's way of writing. */
export function isCapitalisedRun(s: SentenceMentions): boolean {
  let words = 0;
  let capitals = 0;
  let commas = 0;
  for (const t of s.tokens) {
    // Results lines and tables ("Vell 1 (Rusk 80th) Marsh 0") are capitalised runs of names too.
    // Character tests, not regexes: this reads every token of every sentence of the article.
    const c = t.text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 40 || c === 91) return false;
    if (c === 44 && t.text.length === 1) commas++;
    if (!startsLetter(t.text)) continue;
    words++;
    if (startsUpper(t.text)) capitals++;
  }
  return words >= 4 && capitals / words >= 0.8 && commas <= 1;
}

/** Is this one-word person mention an ordinary word of a capitalised headline? */
export function isHeadlineWord(
  m: Mention,
  s: SentenceMentions | undefined,
  wordsOutsideHeadlines: WordsOutsideHeadlines,
): boolean {
  if (!s || m.span.title || m.text.includes(' ') || s.shouting) return false;
  const word = m.text;
  if (ALL_CAPITALS.test(word) || isFirstName(word) || isListedGivenName(word)) return false;
  // The sentence's shape first: the article's words are asked about only inside a capitalised run.
  if (!isCapitalisedRun(s)) return false;
  return s.lower.has(lowerCase(word)) || isCommonWord(word) || !wordsOutsideHeadlines.has(word);
}

/**
 * Every word of the article's sentences that are no capitalised run, collected on the first
 * question: it is asked only about words of capitalised runs (headlines), which most articles'
 * person mentions are not in, and collecting it hashes every token of the article.
 */
export class WordsOutsideHeadlines {
  private words: Set<string> | null = null;

  constructor(private readonly sentences: readonly SentenceMentions[]) {}

  has(word: string): boolean {
    if (this.words === null) {
      this.words = new Set<string>();
      for (const s of this.sentences) {
        if (s.shouting || isCapitalisedRun(s)) continue;
        for (const t of s.tokens) this.words.add(t.text);
      }
    }
    return this.words.has(word);
  }
}
