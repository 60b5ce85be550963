/**
 * The clause a temporal expression sits in, and that clause's tense. News writes bare weekdays
 * and months for the past ("said on Monday") unless the clause looks ahead ("will meet on Monday"),
 * so the tense picks which occurrence a bare name means.
 */

export type Tense = 'future' | 'past' | 'neutral';

export interface Span {
  start: number;
  end: number;
}

/** Where one clause ends and the next begins: punctuation, dashes and clause-opening words. */
const CLAUSE_BREAK =
  /[;:()"“”]|,\s|\s[-–—]+\s|\s(?:but|while|because|although|though|which|that|who|whereas|when|where|if|unless)\s/gi;

/** Clauses of a sentence as spans, in order. */
export function clausesOf(sentence: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    if (at > from) spans.push({ start: from, end: at });
    from = at + m[0].length;
  }
  if (from < sentence.length) spans.push({ start: from, end: sentence.length });
  return spans;
}

/** Index of the clause holding the span's start (clauses are in order and don't overlap). */
export function clauseIndexAt(clauses: Span[], at: number): number {
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i];
    if (c && c.start <= at) return i;
  }
  return 0;
}

/** Words that put a clause in the future; "planned" and "next" are left out (past plans, "next to"). */
const FUTURE_WORDS =
  "will|won't|shall|going to|gonna|scheduled|slated|set to|due to|due on|due in|plans? to|planning|intends? to|expects? to|expected|upcoming|would|aims? to|to be held|is to|are to|hopes? to";

const IRREGULAR_PAST =
  'said|told|was|were|had|did|met|held|took|made|gave|went|came|saw|found|left|began|spent|sold|bought|won|lost|fell|rose|paid|kept|brought|thought|became|got|led|ran|struck|wrote|spoke|broke|chose|drove|flew|grew|knew|stood|sent|built|felt|heard|meant|sought|taught|caught|fought|threw|woke|wore|shot|slid|hung|swore|stole|ate|drew|forgot|froze|hid|rode|sang|sank|shook|shut|understood|withdrew|overtook|undertook|oversaw';

const TENSE_CUE = new RegExp(
  `\\b(?:(${FUTURE_WORDS})|(${IRREGULAR_PAST}|[a-z]{2,}ed|ago|earlier|previously|already))\\b|('ll)\\b`,
  'gi',
);

function tenseOf(m: RegExpExecArray): Tense {
  return m[1] || m[3] ? 'future' : 'past';
}

/** The first tense cue in a text decides: "announced plans to" is past, "said he will" is past too. */
function tenseOfText(text: string): Tense {
  TENSE_CUE.lastIndex = 0;
  const m = TENSE_CUE.exec(text);
  return m ? tenseOf(m) : 'neutral';
}

/** Verbs that report speech: what follows them has a tense of its own. */
const REPORTING = /^(?:said|says|told|tells|announced|reported|stated|added|noted|explained|insisted|warned|predicted|confirmed|indicated)$/i;

/**
 * The first tense cue before the date decides, except in reported speech: "said the government
 * would declare it on Thursday" dates the declaring, so a future cue after a reporting verb wins.
 */
function tenseBefore(text: string): Tense {
  TENSE_CUE.lastIndex = 0;
  const first = TENSE_CUE.exec(text);
  if (!first) return 'neutral';
  if (tenseOf(first) === 'past' && REPORTING.test(first[0])) {
    for (let m = TENSE_CUE.exec(text); m; m = TENSE_CUE.exec(text)) if (tenseOf(m) === 'future') return 'future';
  }
  return tenseOf(first);
}

/**
 * Tense of the clause around [start, end): its own words first; a clause that is only the
 * date ("On Monday, ...") borrows the tense of the clause after it, then the one before.
 */
export function tenseAround(sentence: string, clauses: Span[], span: Span): Tense {
  // "Wednesday's ruling", "last month's strikes": a possessive date names an event already known.
  if (/^['’]s\b/.test(sentence.slice(span.end, span.end + 3))) return 'past';
  const i = clauseIndexAt(clauses, span.start);
  const own = clauses[i];
  if (own) {
    const before = tenseBefore(sentence.slice(own.start, span.start));
    if (before !== 'neutral') return before;
    const after = tenseOfText(sentence.slice(span.end, own.end));
    if (after !== 'neutral') return after;
  }
  for (const j of [i + 1, i - 1]) {
    const c = clauses[j];
    if (!c) continue;
    const tense = tenseOfText(sentence.slice(c.start, c.end));
    if (tense !== 'neutral') return tense;
  }
  return 'neutral';
}
