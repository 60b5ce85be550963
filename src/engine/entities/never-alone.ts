/**
 * A person is written alone somewhere in the story that names them: "Vell said", "Vell's plan",
 * "backed Vell", or in full as "Ada Vell". A one-word "person" that the article only ever writes
 * beside another capitalised word is a piece of a longer name or a label the tagger cut short:
 * a group's label before a plural noun of members ("Harbour Democrats", "Rural voters"), the
 * first word of a body, a place, a title or a work ("the Tolland Bureau", "Brenmoor State College",
 * "Whip Ada Vell", "Lost Roads West"), or an adjective of a people or a creed ("Ostrian Americans").
 * So such a word is no person unless it is a given name, a word of a person named in full, or
 * opens a person's name that the tagger split ("Dovrin" of "Dovrin | Kel Arsey"). A text of one or
 * two sentences (a tweet, a caption) says too little, and only capitalised words are read.
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

/** Sentences a text needs before a name written only beside other capitals is taken as a piece. */
const MIN_STORY_SENTENCES = 3;

/**
 * The capitalised words that the article writes, at least once, as a name standing alone: with no
 * capitalised word on either side and no plural noun of members after it. Shouting sentences
 * (all capitals) say nothing. Built once per article, linear in its tokens.
 */
export class WordsStandingAlone {
  private words: Set<string> | null = null;
  /** Sentences in ordinary case: a tweet or a caption of one or two says too little to go by. */
  private sentencesRead = 0;

  constructor(private readonly sentences: readonly SentenceMentions[]) {}

  has(word: string): boolean {
    if (this.words === null) {
      this.words = new Set<string>();
      for (const s of this.sentences) {
        if (s.shouting) continue;
        this.sentencesRead++;
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

  /** Is the text long enough for a word's never standing alone to say something (a story, not a line)? */
  isStory(): boolean {
    this.has('');
    return this.sentencesRead >= MIN_STORY_SENTENCES;
  }
}

/**
 * Is this one-word person a piece of a longer name or a group's label, never written alone in the
 * article? Not with a title, not a given name, not a word of a person the article names in full
 * (`fullNameWords`), not right before a person's mention (`opensPerson`: a split name).
 */
export function isNeverAlone(
  m: Mention,
  standingAlone: WordsStandingAlone,
  fullNameWords: ReadonlySet<string>,
  opensPerson: boolean,
): boolean {
  if (m.span.title || m.shouting || m.text.includes(' ') || opensPerson) return false;
  if (!startsUpper(m.text) || isFirstName(m.text) || fullNameWords.has(m.text)) return false;
  return standingAlone.isStory() && !standingAlone.has(m.text);
}
