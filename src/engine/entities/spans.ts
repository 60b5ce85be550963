/** Token spans of a sentence: a name, and a person's name with the title written before it. */

/** A span of tokens [start, end) in one sentence. */
export interface Span {
  start: number;
  end: number;
}

export interface NameSpan extends Span {
  /** Title tokens split off the front of the run ("Sen.", "Deputy Spokesman"), if any. */
  title: Span | null;
  /** True when the title part is only an honorific (Mr, Mrs, Dr), which is no role. */
  honorificOnly: boolean;
}
