/**
 * Document frequencies for IDF: how many articles use each term. Counted as articles arrive (the
 * store keeps them across restarts), on top of an optional prior from a news corpus, so the first
 * articles of a fresh store already know that "said" is common and "ferry" is not.
 */
export interface FrequencyPrior {
  docs: number;
  df: ReadonlyMap<string, number>;
}

export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private seen = 0;

  constructor(private readonly prior: FrequencyPrior = { docs: 0, df: new Map() }) {}

  /** Counts one article's distinct terms. */
  add(terms: Iterable<string>): void {
    this.seen++;
    for (const t of terms) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }

  /** Restores counts kept elsewhere (the store), without counting an article. */
  load(docs: number, counts: Iterable<[string, number]>): void {
    this.seen = docs;
    this.counts.clear();
    for (const [t, n] of counts) this.counts.set(t, n);
  }

  get docs(): number {
    return this.seen + this.prior.docs;
  }

  /** Smoothed IDF: a term nobody has used yet weighs as much as one seen once. */
  idf(term: string): number {
    const df = (this.counts.get(term) ?? 0) + (this.prior.df.get(term) ?? 0);
    return Math.log((this.docs + 1) / (df + 1)) + 1;
  }
}
