/**
 * An answer read outright from one sentence by a reader that runs before the scorer (a relation,
 * an apposition's kind, the place beside the event, the date set before it, ...): the phrase,
 * the sentence it stands in (its index in the article) and that sentence's coverage of the
 * question, which the "can't find" bars read as they read the scorer's pick.
 */
export interface ReadAnswer {
  text: string;
  sentence: number;
  coverage: number;
}
