/**
 * The shape of a speaker as a speech frame writes it: a name (with its appositive and anyone named
 * jointly), a pronoun, or a noun phrase with its head. Types only, so every reader can share it.
 */

/** Who a frame names as the speaker, as written: a name, a pronoun or a noun phrase. */
export type Mention =
  /** `together`: people named jointly with this one as one subject ("Tomasz and Ilse Brenner"), as written. */
  | { kind: 'name'; text: string; appositive: string | null; together?: string }
  | { kind: 'pronoun'; text: string }
  /**
   * `written`: the phrase with the article before a possessive owner ("the paper's editorial
   * board"), shown as the speaker; `text` starts at the owner, which is what resolution reads.
   */
  | { kind: 'nominal'; text: string; head: string; definite: boolean; written?: string };
