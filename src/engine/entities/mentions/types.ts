/**
 * The shapes mention finding reads and gives: a sentence prepared for the tagger (tokens, case,
 * the words the article writes in lower case) and one mention of a name in it. Types only, so
 * every part can share them without importing each other.
 */

import type { Kind } from '../classify.js';
import type { NameSpan } from '../spans.js';
import type { Token } from '../tokenize.js';
import type { LowerVocabulary } from '../names.js';

export interface Mention {
  kind: Kind;
  text: string;
  canonical: string | null;
  /** Sentence index; -1 for the title. */
  sentence: number;
  span: NameSpan;
  /** The title part as written ("Sen.", "US State Department Deputy Spokesman"), or null. */
  titleText: string | null;
  shouting: boolean;
  /** Right after a lower-case "in" or "at" and not owning anything after it ("in Fairview"), see `inPlaceSlot`. */
  placeSlot: boolean;
  /**
   * The first word of a name of two or more words is one the article writes in lower case, or a role
   * noun, and no given name or title ("Donor Vale" in a headline): `consistency.ts` drops it when the
   * rest is a person the article names.
   */
  ordinaryFirstWord: boolean;
  /** Right before a lower-case "administration" or "government" ("the Vale administration"). */
  beforeLedBody: boolean;
  /** The name is all a pair of quote marks hold ("the show ''Velma Tides,''"), see `isQuotedWhole`. */
  quotedWhole: boolean;
}

export interface SentenceMentions {
  index: number;
  text: string;
  tokens: Token[];
  shouting: boolean;
  /** Shouted or Title Case: capitals mark no names here. */
  caseless: boolean;
  /** The document's lower-case vocabulary (see `lowerVocabulary`). */
  lower: LowerVocabulary;
  mentions: Mention[];
}
