/**
 * The shapes the role grammar reads with: a token, a sentence with the people whose names cover
 * its tokens, one occurrence of a person's name, and a list of names. Types only, so every part
 * of the grammar can share them without importing each other.
 */

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Starts with a letter or digit (no punctuation). */
  word: boolean;
  /** A possessive mark: "’s", or the lone apostrophe of a plural possessive ("the Falcons’ coach"). */
  possessive: boolean;
}

export interface Occurrence {
  person: number;
  sentence: number;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  tokens: Tok[];
  /** For each token, the person whose name covers it, or -1. */
  owner: number[];
  /** The CUE bits of the words it holds: each scan below runs only where its cue word occurs. */
  cues: number;
  /** A title or caption in title case ("Star Rehires Attorney X"), where capitals mark no name. */
  titleCase?: boolean;
}

export interface NameList {
  /** Token index of the list's first name. */
  start: number;
  /** Token index just past its last name. */
  end: number;
  /** How many names it holds. */
  size: number;
  /** Closed by "and" or "&" (a bare comma between two names may end a clause). */
  conjoined: boolean;
}
