/**
 * The clause a temporal expression sits in, and that clause's tense. News writes bare weekdays
 * and months for the past ("said on Monday") unless the clause looks ahead ("will meet on Monday"),
 * so the tense picks which occurrence a bare name means.
 */
import { awaitedAfterFor } from './awaited-for.js';
import { directedAfter } from './directed.js';
import { headlineInfinitive } from './headline-infinitive.js';

/**
 * 'present': the clause is in the present tense ("is payable Jan. 2"); 'neutral': no cue at all;
 * 'planned': a plan told as of a past moment ("was due to sail on Saturday", "had been scheduled to
 * open in July"), whose day may have come by publication or not: the nearest occurrence.
 */
export type Tense = 'future' | 'past' | 'present' | 'neutral' | 'planned';

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

/** Index of the clause holding the span's start (clauses are in order and don't overlap): a binary search. */
export function clauseIndexAt(clauses: Span[], at: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((clauses[mid]?.start ?? 0) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * How far from a date its tense and event are looked for, in characters. A clause of news prose is
 * far shorter; the cap only matters for run-on text (a list of dates with no punctuation), where
 * reading the whole clause for each of its dates would make the stage quadratic.
 */
export const CONTEXT_CHARS = 240;

/**
 * The part of a clause nearest to [start, end), at most CONTEXT_CHARS either side of it: around the
 * span for the clause holding it, the opening of a clause after it, the close of one before it.
 */
export function nearPart(clause: Span, span: Span): Span {
  if (clause.start >= span.end)
    return { start: clause.start, end: Math.min(clause.end, clause.start + CONTEXT_CHARS) };
  if (clause.end <= span.start)
    return { start: Math.max(clause.start, clause.end - CONTEXT_CHARS), end: clause.end };
  return {
    start: Math.max(clause.start, span.start - CONTEXT_CHARS),
    end: Math.min(clause.end, span.end + CONTEXT_CHARS),
  };
}

/**
 * Verbs of a timetable in the simple present: news writes a scheduled event that way ("the trial
 * begins Sept. 9", "the two leaders meet Monday", "the rules take effect Jan. 1", "the ferry season
 * ends Sept. 30", "who flies home on Tuesday"), and what they
 * date lies ahead. Only verbs whose present forms are rarely nouns: "-s" forms, and base forms
 * right after a plural subject ("talks resume Monday"); elsewhere a base form is mostly governed
 * by an earlier verb ("let the offensive begin as planned Saturday" is the past of "let").
 */
const SCHEDULED_BASE_FORMS =
  'begin|resume|reopen|convene|meet|kick off|take effect|come into force|go into effect|hold|host|play|face|visit|travel|vote|gather';
// The plural subject and the determiner before a participle are checked after the word matched:
// lookbehinds tried first, at every position of every clause, made the tense search twice as slow.
const SCHEDULED_PRESENT = `begins|starts|opens|reopens|closes|resumes|meets|convenes|kicks off|takes effect|comes into force|goes into effect|expires|holds|hosts|travels|returns|arrives|departs|leaves|heads|flies|ends|concludes|wraps up|visits|plays|(?:${SCHEDULED_BASE_FORMS})(?<=\\b[a-z]{2,}s\\s(?:${SCHEDULED_BASE_FORMS}))`;

/**
 * Words that put a clause in the future; "next" is left out ("next to"), and "planned" counts only
 * before "to" ("planned to leave on Thursday"), not as an adjective ("the planned merger").
 * A decision or promise to do something ("agreed to pay", "decided to admit") looks ahead to the
 * doing, which is what a date after it dates, as a forecast does ("is likely to testify
 * Wednesday", "poised to sign the lease this week").
 */
const FUTURE_WORDS =
  "will|won['’]t|shall|going to|gonna|scheduled|slated|set to|set for|planned for|due to|due on|due in|plans? to|planning|intends? to|expects?|expected|upcoming|would|aims? to|(?:un)?likely to|poised to|to be held|is to|are to|hopes? to|(?:decided|agreed|voted|promised|pledged|vowed|threatened|offered|prepared|planned) to|planned(?<=\\b(?:is|are|was|were|been|being) planned)|" +
  SCHEDULED_PRESENT;

/** Past forms of "be" and "have", which are never passive participles themselves. */
const AUXILIARY_PAST = 'said|told|was|were|had|did|been';

/**
 * Irregular past forms, and the past of verbs whose past is their present ("hit", "cut", "shut":
 * in news narration a bare one is most often the past, "the storm hit in August").
 */
const IRREGULAR_PAST =
  'met|held|took|made|gave|went|came|saw|found|left|began|spent|sold|bought|won|lost|fell|rose|paid|kept|brought|thought|became|got|led|ran|struck|wrote|spoke|broke|chose|drove|flew|grew|knew|stood|sent|built|felt|heard|meant|sought|taught|caught|fought|threw|woke|wore|shot|slid|hung|swore|stole|ate|drew|forgot|froze|hid|rode|sang|sank|shook|shut|understood|withdrew|overtook|undertook|oversaw|hit|cut|put|quit|spread|beat|hurt';

/**
 * An -ed word right after a determiner, a possessive or a preposition is an adjective ("the
 * reduced fare", "the club's planned merger", "notices about rigged ballots"); right after a present form of "be" it is a passive ("is being
 * traded"). Neither says the clause is in the past. The word before is checked after the word
 * matched: a lookbehind tried first, at every position of every clause, is slow.
 */
const NOT_PAST_AFTER =
  "(?<!(?:\\b(?:the|a|an|its|their|his|her|our|this|that|these|those|is|are|am|be|being|of|about|for|with|from|into|among|against|without|over|under|between|by)|['’]s)\\s[a-z]+)";
/**
 * Words in -ed that are no past: "need", "proceed", "hundred" and their like, participles in un-
 * that are adjectives ("an unspecified date", "unnamed officials"), and the second half of a
 * compound adjective ("a club-hosted final", "state-backed groups").
 */
const NOT_A_PAST_FORM =
  '(?<!\\b(?:need|proceed|succeed|exceed|feed|speed|bleed|breed|indeed|seed|heed|weed|greed|deed|shed|hundred|sacred|naked|wicked|hatred|kindred|rugged|un(?:specified|disclosed|named|identified|expected|precedented|changed|opposed|explained|confirmed|armed|employed|finished|resolved|decided|announced|limited|related|qualified|scheduled))|[-–][a-z]+)';
const PAST_PARTICIPLE = `[a-z]{2,}ed${NOT_PAST_AFTER}${NOT_A_PAST_FORM}`;
/** The same holds for irregular participles: "the appeal is heard in May" is no past ("held", "set"). */
const IRREGULAR_PARTICIPLE = `(?:${IRREGULAR_PAST})${NOT_PAST_AFTER}`;

/** Present-tense copulas: a clause in the present ("the appeal is heard in May") has no past or future cue to borrow. */
const PRESENT = 'is|are|am';

const TENSE_CUE = new RegExp(
  `\\b(?:(${FUTURE_WORDS})|(${AUXILIARY_PAST}|${IRREGULAR_PARTICIPLE}|${PAST_PARTICIPLE}|ago|earlier|previously|already)|(${PRESENT}))\\b|(['’]ll)\\b`,
  'gi',
);

/** 'present' only stands when nothing else in the text gives a tense. */
type CueTense = Tense;

function tenseOf(m: RegExpExecArray): CueTense {
  if (m[1] || m[4]) return 'future';
  return m[3] ? 'present' : 'past';
}

/** The first past or future cue in a text decides: "announced plans to" is past, "said he will" is past too. */
function tenseOfText(text: string): CueTense {
  return tenseBefore(text, 'none');
}

/**
 * "On Tuesday, the board voted to close the pier": a verb of decision or promise before "to" looks
 * ahead to the doing only for a date after it ("agreed to pay on Friday"); a date before it dates
 * the deciding, which is told in the past. Over all training text (PolNeAR train, eng.train) a
 * date before such a verb in its clause or the clause after dated the deciding 3 times of 3; 1
 * reading changed, right (ADR 018, session 19).
 */
const DECISION_TO =
  /^(?:decided|agreed|voted|promised|pledged|vowed|threatened|offered|prepared|planned) to$/i;

/** The tense the text after a date gives it: as tenseOfText, but a decision "to" is the deciding's past. */
function tenseAfterDate(text: string): CueTense {
  const { tense, first } = firstCue(text);
  return tense === 'future' && first !== null && DECISION_TO.test(first[0]) ? 'past' : tense;
}

/** The first past or future cue in a text and its tense ('present' or 'neutral' when there is none). */
function firstCue(text: string): { tense: CueTense; first: RegExpExecArray | null } {
  TENSE_CUE.lastIndex = 0;
  let present = false;
  for (let m = TENSE_CUE.exec(text); m; m = TENSE_CUE.exec(text)) {
    if (tenseOf(m) === 'present') present = true;
    else return { tense: tenseOf(m), first: m };
  }
  return { tense: present ? 'present' : 'neutral', first: null };
}

/** Verbs that report speech: what follows them has a tense of its own. */
const REPORTING =
  /^(?:said|says|told|tells|announced|reported|stated|added|noted|explained|insisted|warned|predicted|confirmed|indicated)$/i;

/** "If" or "unless" opening a clause (CLAUSE_BREAK ends the clause before at them). */
const CONDITION_BEFORE = /\b(?:if|unless)\s+$/i;

/** A reporting verb (perhaps with "reporters" or a name as its object) right before a date. */
const REPORTING_JUST_BEFORE =
  /\b(?:said|told|announced|reported|stated|added|noted|confirmed|saying|telling|announcing|adding|noting|confirming)(?:\s+(?:reporters|journalists|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u;

/**
 * In a neighbouring clause only a modal turns reported speech to the future: there "announced plans
 * to" and "said the firms to be bought had" stay in the past.
 */
const REPORTED_FUTURE = /^(?:will|won['’]t|would|shall|going to|gonna|is to|are to|['’]ll)$/i;

/**
 * The first past or future cue decides, except in reported speech: "said the government would
 * declare it on Thursday" dates the declaring, so a future cue after a reporting verb wins (any
 * future cue, or only a modal; `none` turns this off). A present copula counts only when there is
 * no other cue.
 */
function tenseBefore(text: string, reported: 'any' | 'modal' | 'none' = 'any'): CueTense {
  return tenseWithReport(text, reported).tense;
}

/** tenseBefore's answer, and where the reporting verb stands when a future it reports decided it (else -1). */
function tenseWithReport(
  text: string,
  reported: 'any' | 'modal' | 'none',
): { tense: CueTense; reportAt: number } {
  TENSE_CUE.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let present = false;
  for (let m = TENSE_CUE.exec(text); m; m = TENSE_CUE.exec(text)) {
    if (tenseOf(m) === 'present') present = true;
    else {
      first = m;
      break;
    }
  }
  if (!first) return { tense: present ? 'present' : 'neutral', reportAt: -1 };
  if (reported !== 'none' && tenseOf(first) === 'past' && REPORTING.test(first[0])) {
    for (let m = TENSE_CUE.exec(text); m; m = TENSE_CUE.exec(text))
      if (tenseOf(m) === 'future' && (reported === 'any' || REPORTED_FUTURE.test(m[0])))
        return { tense: 'future', reportAt: first.index };
  }
  return { tense: tenseOf(first), reportAt: -1 };
}

/** Past forms that are also base forms: after a modal or "to" ("will hit the road") they are no past. */
const BASE_LIKE_PAST = /^(?:hit|cut|put|set|quit|spread|beat|hurt|shut|cost|let|read)$/i;
const MODAL_BEFORE = /\b(?:will|would|shall|to|can|could|may|might|must|should|['’]ll)\s+$/i;
/** "Was", "were", "had" or "had been" (perhaps with an adverb) right before a future cue: a plan told in the past. */
const PAST_AUXILIARY_BEFORE = /\b(?:was|were|had(?:\s+been)?)\s+(?:[a-z]+ly\s+)?(?:not\s+)?$/i;

/**
 * "May", "might" or "could" before a verb: a possibility, which news tells of what lies ahead ("the
 * ruling could come Tuesday", "the vote may slip to Friday"). Not a possibility told of the past:
 * a perfect ("could have won Tuesday", "may have met on Monday"), "could not" or "couldn't" (past
 * ability: "the ferry could not dock Saturday"), or "could be" before a participle (a past attempt
 * as often as a plan: "the ledgers could be found in a locker opened Sunday"). "May" only in lower
 * case: the capital is the month. Checked only after the governing cue, so a later past verb still
 * governs ("fears the mill might close prompted a walkout Monday").
 */
const POSSIBILITY =
  /\b(?:may|might|could)\s+(?!not\b|n['’]t\b|have\s+(?:been|[a-z]+(?:ed|en|wn|ne|t))\b|be\s+[a-z]+(?:ed|en|wn)\b)(?:[a-z]+ly\s+)?[a-z]+/g;

/** Whether a modal of possibility (POSSIBILITY) stands in `text` at or after `from`. */
function modalAfter(text: string, from: number): boolean {
  POSSIBILITY.lastIndex = from;
  return POSSIBILITY.test(text);
}

/**
 * The tense of the text between a date and the start of its clause: the cue nearest the date, that
 * is the verb that governs it ("worry about a strike planned for the autumn", "a levy due to be
 * fixed in September", "who vowed to ... and thanked voters Monday"); the clause's first
 * cue misread these. Reported speech needs no exception here: a future cue after the reporting
 * verb is the nearer ("said it would meet on Monday"). A future cue right after a past auxiliary
 * is a plan told in the past ("was set to speak Saturday").
 *
 * Measured on PolNeAR train and eng.train, against the first cue: 36 readings changed, 30 of
 * them to the right day (3 to a wrong one, 3 wrong either way).
 */
function tenseGoverning(text: string): CueTense {
  TENSE_CUE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let present = false;
  for (let m = TENSE_CUE.exec(text); m; m = TENSE_CUE.exec(text)) {
    const tense = tenseOf(m);
    if (tense === 'present') present = true;
    else if (!(tense === 'past' && BASE_LIKE_PAST.test(m[0]) && MODAL_BEFORE.test(text.slice(0, m.index))))
      last = m;
  }
  if (modalAfter(text, last === null ? 0 : last.index + last[0].length)) return 'future';
  if (!last) return present ? 'present' : 'neutral';
  const tense = tenseOf(last);
  if (tense === 'future' && PAST_AUXILIARY_BEFORE.test(text.slice(0, last.index))) return 'planned';
  if (tense === 'past' && directedAfter(text.slice(last.index))) return 'planned';
  return tense;
}

/**
 * The tense of a whole sentence: its first past or future cue, reported speech as in a neighbouring
 * clause. A date whose own clause and neighbours say nothing ("In March, two days after the
 * parade, a van hit the barrier") takes it. Computed once per sentence, so it stays linear.
 */
export function sentenceTense(sentence: string): SentenceTense {
  const { tense, reportAt } = tenseWithReport(sentence, 'modal');
  return { tense: tense === 'past' || tense === 'future' ? tense : 'neutral', reportAt };
}

/**
 * A sentence's tense, and where its reporting verb stands when the future it reports gave that tense
 * (-1 otherwise). A date before that verb ("Wednesday on Radio Nine's “Evening Hour,” Ada Brell said
 * the ticket would win") dates the report, which is past, not what it reports.
 */
export interface SentenceTense {
  tense: Tense;
  reportAt: number;
}

/** The tense a date takes from its whole sentence: past when it stands before the report of a future. */
export function tenseFromSentence(whole: SentenceTense, span: Span): Tense {
  return whole.reportAt >= 0 && span.end <= whole.reportAt ? 'past' : whole.tense;
}

/** A modal right after a date (perhaps after its part of the day): the date ends the subject. */
const MODAL_RIGHT_AFTER =
  /^\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:will|would|could|might|may|should|won['’]t|wouldn['’]t)\b/;
/** A weekday, perhaps after "on" ("on Tuesday", "Tuesday night"); not "next Tuesday". */
const WEEKDAY_START = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A weekday with no modifier ("Saturday", "Saturday night"; not "this weekend", "last Friday"). */
const BARE_WEEKDAY_START = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * "Tuesday's primary", "Wednesday's ruling": a possessive date names an event the reader knows of,
 * just past or just ahead: the nearest such day. A past verb that governs the phrase ("won
 * Thursday's debate") or follows it ("Thursday's vote was a shock") puts it behind. A future does
 * not put it ahead: what is done to a known event can lie ahead of it ("would appeal Wednesday's
 * ruling"), and a future after it is its consequence ("Monday's ruling will linger"). Forcing
 * the past, as before, misread the many coming events news names so ("hopes to win Tuesday's
 * regatta"): on PolNeAR train and eng.train 21 readings changed, 19 to the right day, 1 to a wrong one.
 */
function possessiveTense(sentence: string, clause: Span, span: Span, next: Span | undefined): Tense {
  const own = nearPart(clause, span);
  const beforeText = sentence.slice(own.start, span.start);
  // "The squad for Saturday's match": what something is for lies ahead, whatever verb governs.
  const afterPossessive = sentence.slice(span.end, span.end + 60).replace(/^['’]s\b/, '');
  if (
    BARE_WEEKDAY_START.test(sentence.slice(span.start, span.end)) &&
    awaitedAfterFor(beforeText, afterPossessive)
  )
    return 'future';
  const governing = tenseGoverning(beforeText);
  if (governing === 'past') return 'past';
  // A verb looking ahead governs it ("due to file before the Sunday cutoff"): what is told
  // after it cannot put it behind.
  if (governing === 'future' || governing === 'planned') return 'planned';
  const after = tenseOfText(sentence.slice(span.end, own.end));
  if (after === 'past') return 'past';
  // "In Saturday's call, the speaker was ...": a clause that is only the phrase takes the next one's verb.
  if (after === 'neutral' && next) {
    const c = nearPart(next, span);
    if (tenseOfText(sentence.slice(c.start, c.end)) === 'past') return 'past';
  }
  return 'planned';
}

const WEEKDAY_ONLY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our)|\p{Lu}[\p{L}.]*['’]s)\s+$/u;
const NOUN_AFTER = /^\s(?!(?:morning|afternoon|evening|night)\b)[a-z]/;

/**
 * "New Hampshire's Tuesday primary", "at a Thursday rally", "the Friday attacks": a weekday naming
 * an event between a determiner or a possessive and a noun is read as a possessive day is ("Tuesday's
 * primary"): the nearest such day unless a past verb governs or follows it.
 */
function attributiveWeekday(sentence: string, span: Span): boolean {
  return (
    WEEKDAY_ONLY.test(sentence.slice(span.start, span.end)) &&
    DETERMINER_BEFORE.test(sentence.slice(Math.max(0, span.start - 30), span.start)) &&
    NOUN_AFTER.test(sentence.slice(span.end, span.end + 3))
  );
}

/**
 * The tense the words of the span's own clause give, without borrowing: the governing cue before
 * it, else the first cue after it; 'neutral' when the clause has none ("... the importance of
 * electing a Democrat in November", reported after "said that").
 */
export function ownClauseTense(sentence: string, clauses: Span[], span: Span): OwnTense {
  const whole = clauses[clauseIndexAt(clauses, span.start)];
  if (!whole) return 'neutral';
  const own = nearPart(whole, span);
  const beforeText = sentence.slice(own.start, span.start);
  const before = tenseGoverning(beforeText);
  if (before !== 'neutral' && before !== 'present') return before;
  const after = tenseAfterDate(sentence.slice(span.end, own.end));
  if (after === 'past' || after === 'future') return after;
  if (MODAL_OR_INFINITIVE.test(beforeText)) return 'modal';
  return before === 'present' || after === 'present' ? 'present' : 'neutral';
}

/** A clause's own tense, or 'modal': no tense cue, but a modal or an infinitive before the date. */
export type OwnTense = Tense | 'modal';

/**
 * "Must", "should", "can", "let's" or "to" before a verb: what the clause says is wanted, owed or
 * possible, not what happened ("the party must back her in November", "a chance to win in July").
 */
const MODAL_OR_INFINITIVE =
  /\b(?:must|should|can|[Ll]et['’]s|[Ll]et us|to\s+(?!the\b|a\b|an\b|be\b)[a-z]+)\s/;

/**
 * Tense of the clause around [start, end): its own words first; a clause that is only the
 * date ("On Monday, ...") borrows the tense of the clause after it, then the one before.
 */
export function tenseAround(sentence: string, clauses: Span[], span: Span): Tense {
  const i = clauseIndexAt(clauses, span.start);
  const whole = clauses[i];
  if (
    whole &&
    (/^['’]s\b/.test(sentence.slice(span.end, span.end + 3)) || attributiveWeekday(sentence, span))
  )
    return possessiveTense(sentence, whole, span, clauses[i + 1]);
  let present = false;
  if (whole) {
    const own = nearPart(whole, span);
    const before = tenseGoverning(sentence.slice(own.start, span.start));
    if (before === 'past' || before === 'future' || before === 'planned') return before;
    // "saying on Wednesday she would visit ...": a date right after a reporting verb dates the
    // report; the clause reported after it has its own time.
    const reported = REPORTING_JUST_BEFORE.test(
      sentence.slice(Math.max(own.start, span.start - 40), span.start),
    );
    const afterText = sentence.slice(span.end, own.end);
    const after = reported ? 'neutral' : tenseAfterDate(afterText);
    // "Her wins on Tuesday will speed the shift", "Saturday would have been his birthday": a day
    // ending the subject before a modal is not what the modal looks ahead to: the nearest one.
    if (
      after === 'future' &&
      MODAL_RIGHT_AFTER.test(afterText) &&
      WEEKDAY_START.test(sentence.slice(span.start, span.end))
    )
      return 'planned';
    if (after === 'past' || after === 'future') return after;
    present = before === 'present' || after === 'present';
    // "Ferry chief to visit Orlen on Thursday": a subject and an infinitive, the headline future.
    if (
      !present &&
      headlineInfinitive(
        sentence.slice(whole.start, span.start),
        whole.start === 0 || /:\s*$/.test(sentence.slice(Math.max(0, whole.start - 3), whole.start)),
      )
    )
      return 'future';
  }
  // A clause in the present keeps to itself: its date is near, in whichever direction.
  if (present) return 'present';
  // "... promised reform if they take office in January": a condition with no tense of its own
  // looks ahead, whatever the tense of the clause it hangs on.
  if (whole && CONDITION_BEFORE.test(sentence.slice(Math.max(0, whole.start - 8), whole.start)))
    return 'future';
  for (const j of [i + 1, i - 1]) {
    const whole = clauses[j];
    if (!whole) continue;
    const c = nearPart(whole, span);
    const text = sentence.slice(c.start, c.end);
    const tense = j > i ? tenseAfterDate(text) : tenseBefore(text, 'modal');
    if (tense === 'past' || tense === 'future') return tense;
  }
  return 'neutral';
}
