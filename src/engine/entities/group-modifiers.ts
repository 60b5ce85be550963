/**
 * "Harbour Democrats", "Census officials", "Rural voters": news names a group of people by a
 * capitalised word right before a plural noun of members (a party's plural, "voters", "officials",
 * "aides"). The word is a person only when the article also writes it as one: alone, as a subject
 * or an object ("Vell said", "Vell's", "backed Vell"), or as the surname of someone named in full.
 * A word the article only ever writes before such a noun or inside a longer name ("Capitol Harbour",
 * "the Census Bureau") names a place, a body or a trait, and nobody of that name is in the story.
 */

import { isFirstName } from '../lexicon/first-names.js';
import type { Mention, SentenceMentions } from './mentions/index.js';
import { startsUpper } from './names.js';

/** Plural nouns of the members of a group, written right after the word that names the group. */
const MEMBER_PLURALS = new Set(
  `Democrats Republicans Tories Conservatives Liberals Socialists Greens Nationalists voters lawmakers
  legislators senators MPs delegates officials aides staffers loyalists activists members`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The capitalised words that the article writes, at least once, as a name standing alone: with no
 * capitalised word on either side and no plural noun of members after it. Shouting sentences
 * (all capitals) say nothing. Built once per article, linear in its tokens.
 */
export class WordsStandingAlone {
  private words: Set<string> | null = null;

  constructor(private readonly sentences: readonly SentenceMentions[]) {}

  has(word: string): boolean {
    if (this.words === null) {
      this.words = new Set<string>();
      for (const s of this.sentences) {
        if (s.shouting) continue;
        const tokens = s.tokens;
        for (let i = 0; i < tokens.length; i++) {
          const text = tokens[i]?.text ?? '';
          if (!startsUpper(text)) continue;
          const before = i > 0 ? (tokens[i - 1]?.text ?? '') : '';
          const after = tokens[i + 1]?.text ?? '';
          if (before !== '' && startsUpper(before)) continue;
          if (after !== '' && (startsUpper(after) || MEMBER_PLURALS.has(after))) continue;
          this.words.add(text);
        }
      }
    }
    return this.words.has(word);
  }
}

/**
 * Is this one-word person the label of a group ("Harbour Democrats") that the article never writes
 * as a person? Not with a title, not a given name, not a word of a person the article names in
 * full (`fullNameWords`), and never standing alone anywhere in the article.
 */
export function isGroupLabel(
  tokens: readonly { text: string }[],
  m: Mention,
  standingAlone: WordsStandingAlone,
  fullNameWords: ReadonlySet<string>,
): boolean {
  if (m.span.title || m.shouting || m.text.includes(' ')) return false;
  if (!MEMBER_PLURALS.has(tokens[m.span.end]?.text ?? '')) return false;
  if (isFirstName(m.text) || fullNameWords.has(m.text)) return false;
  return !standingAlone.has(m.text);
}
