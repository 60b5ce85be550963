/**
 * What the pair scorer sees of an article and a candidate story: how alike their words are (the
 * whole text, the headline, the first sentence, and the names and figures alone), which names they
 * share by kind, and whether their event details agree (figures, years, the weekday of the lead).
 * The day a text carries (a dateline) is no feature: fitted on ECB+ its clash took a positive weight
 * (reports of one event carry background and follow-up dates weeks apart), which on dated outlets
 * would pull look-alike events together; a publication day its source gave vetoes in `grouper.ts`,
 * and a text's day caps its latest year (`details.ts`). Each overlap is the share of the smaller side found in the
 * other, and a "none shared" flag fires only when both sides have some: an article naming nobody
 * is no evidence either way, and a missing date is not a clash. Agreement on days, weekdays and
 * years is left out on purpose: every story in the 48-hour window agrees with a new article on
 * them, so only ECB+ (events years apart) would reward it, and at run time it lifted every
 * candidate (two unrelated same-day briefs merged). The weights are learned
 * (`npm run train stories`, `model.ts`).
 *
 * "Two or more details clash" fires when at least two of the event-detail clashes (figures none
 * shared, years none shared, lead weekdays none shared, latest years 2+ apart) fire together.
 *
 * The names-and-figures cosine weighs what tells two look-alike events apart (who, where, how many)
 * apart from the topic's common words ("quake", "magnitude", "rescue"), which both events share.
 */

export const PAIR_FEATURES = [
  'bias',
  'cosine',
  'title cosine',
  'lead cosine',
  'people shared',
  'people none shared',
  'places shared',
  'places none shared',
  'organisations shared',
  'organisations none shared',
  'figures shared',
  'figures none shared (2+ each)',
  'years clash',
  'lead weekday clashes',
  'near-duplicate share',
  'names and figures cosine',
  'latest years 2+ apart',
  'two or more details clash',
] as const;

/** The side of a pair a story brings: its centroids, names and details, summed over its articles. */
export interface PairSide {
  terms: ReadonlyMap<string, number>;
  titleTerms: ReadonlyMap<string, number>;
  leadTerms: ReadonlyMap<string, number>;
  /** Entity keys ("p:", "o:", "l:" prefixes, as in `StoryDoc.names`). */
  names: { has(key: string): boolean; keys(): Iterable<string> };
  /**
   * Counts of capitalised words and figures (`StoryDoc.properTerms`); null for a story stored
   * before they were kept, whose names-and-figures cosine is then read as its whole-text cosine.
   */
  properTerms: ReadonlyMap<string, number> | null;
  numbers: ReadonlySet<string>;
  years: ReadonlySet<string>;
  /** The latest year named as a time things happened (`EventDetails.latestYear`; a story's: over its articles). */
  latestYear: number | null;
  weekdays: ReadonlySet<string>;
  size: number;
}

const sublinear = (count: number) => Math.log1p(count);

/**
 * Pseudo-terms added to each side of the names-and-figures cosine. Short briefs carry one or two
 * capitalised words ("Oman"), and a cosine of two one-word vectors is 1 whatever the word: with
 * four pseudo-terms, one shared name out of one scores 0.2, while full articles (dozens of names
 * and figures) are barely touched. Chosen on dev topic cross-validation (0, 2, 4, 10 pseudo-terms
 * read within 0.005 of each other there); what it is for is the short-brief case.
 */
const NAME_DAMPING = 4;

/** Cosine of two term-count centroids (each averaged over its articles), TF-IDF weighted. */
export function centroidCosine(
  a: ReadonlyMap<string, number>,
  aSize: number,
  b: ReadonlyMap<string, number>,
  bSize: number,
  idf: (term: string) => number,
  damping = 0,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  let na = 0;
  const wa = new Map<string, number>();
  for (const [t, n] of a) {
    const w = sublinear(n / aSize) * idf(t);
    wa.set(t, w);
    na += w * w;
  }
  let nb = 0;
  let dot = 0;
  for (const [t, n] of b) {
    const w = sublinear(n / bSize) * idf(t);
    nb += w * w;
    const v = wa.get(t);
    if (v !== undefined) dot += v * w;
  }
  // `damping` adds that many terms of the side's mean weight to each norm.
  const da = 1 + damping / a.size;
  const db = 1 + damping / b.size;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * da * nb * db);
}

/** [share of the smaller side found in the other, 1 when both have some and none is shared, both have some]. */
function overlap(
  a: Iterable<string>,
  b: { has(key: string): boolean },
  bSize: number,
): [number, number, number] {
  let size = 0;
  let shared = 0;
  for (const k of a) {
    size++;
    if (b.has(k)) shared++;
  }
  if (size === 0 || bSize === 0) return [0, 0, 0];
  return [shared / Math.min(size, bSize), shared === 0 ? 1 : 0, 1];
}

function namesOfKind(names: Iterable<string>, prefix: string): string[] {
  const out: string[] = [];
  for (const k of names) if (k.startsWith(prefix)) out.push(k);
  return out;
}

/**
 * The feature vector, in `PAIR_FEATURES` order. `cosine` and `copy` are computed by the caller,
 * which already has them for the explanation.
 */
export function pairFeatures(
  article: PairSide,
  story: PairSide,
  cosine: number,
  copy: number,
  idf: (term: string) => number,
): number[] {
  const title = centroidCosine(article.titleTerms, 1, story.titleTerms, story.size, idf);
  const lead = centroidCosine(article.leadTerms, 1, story.leadTerms, story.size, idf);
  const kinds = ['p:', 'l:', 'o:'].flatMap((prefix) => {
    const mine = namesOfKind(article.names.keys(), prefix);
    const theirs = namesOfKind(story.names.keys(), prefix).length;
    const [share, none] = overlap(mine, story.names, theirs);
    return [share, none];
  });
  const [figures] = overlap(article.numbers, story.numbers, story.numbers.size);
  const figuresNone = article.numbers.size >= 2 && story.numbers.size >= 2 && figures === 0 ? 1 : 0;
  const [, yearsNone] = overlap(article.years, story.years, story.years.size);
  const [, weekdaysNone] = overlap(article.weekdays, story.weekdays, story.weekdays.size);
  // The latest year a report names is, most often, its event's year (earlier ones are background):
  // a report of this year's quake that recalls the one of five years ago names both years, but its
  // latest is not the older report's latest. One year apart is no clash: reports of one event
  // name the year before ("last year's floods", a January report of a December storm). Deadlines
  // and horizons ("by 2030") are not counted (`details.ts`).
  const latestApart =
    article.latestYear !== null &&
    story.latestYear !== null &&
    Math.abs(article.latestYear - story.latestYear) >= 2
      ? 1
      : 0;
  // One detail disagreeing is common between reports of one event (a toll updated, a background
  // year, a weekday of the aftermath); two at once is what a look-alike event gives, whose report
  // has its own day and figures. The flag lets the scorer weigh the pair more than the sum of its
  // parts, which a linear model cannot do from the single clashes.
  const clashes = figuresNone + yearsNone + weekdaysNone + latestApart;
  return [
    1,
    cosine,
    title,
    lead,
    ...kinds,
    figures,
    figuresNone,
    yearsNone,
    weekdaysNone,
    copy,
    article.properTerms && story.properTerms
      ? centroidCosine(article.properTerms, 1, story.properTerms, story.size, idf, NAME_DAMPING)
      : cosine,
    latestApart,
    clashes >= 2 ? 1 : 0,
  ];
}
