import type { Granularity } from '../schema.js';
import { absoluteRules } from './absolute-rules.js';
import { type Anchor, type AnchorGranularity, AnchorTrail, anchorOf, isToldWeek } from './anchor.js';
import { anchoredRules } from './anchored-rules.js';
import {
  clausesOf,
  type OwnTense,
  ownClauseTense,
  type Span,
  type SentenceTense,
  sentenceTense,
  type Tense,
  tenseAround,
  tenseFromSentence,
} from './clause.js';
import { withCapitalMonthYearsTitled } from './capital-month-year.js';
import { withCapitalDatesTitled } from './capitals.js';
import { LiteralSet } from './literals.js';
import { namedDayRules } from './named-days.js';
import { relativeRules } from './relative-rules.js';
import type { DateRule, Resolution, RuleContext } from './rule.js';

/** A temporal expression found in one sentence, with offsets into that sentence. */
export interface DateSpan {
  start: number;
  end: number;
  text: string;
  value: string | null;
  granularity: Granularity;
  /** Name of the rule that read it (which dates can anchor later ones depends on it). */
  rule: string;
  /** Read from an earlier event: wins a tie with a publication-relative reading of the same words. */
  anchored: boolean;
}

const RULES: DateRule[] = [...absoluteRules, ...relativeRules, ...namedDayRules, ...anchoredRules];

/** Every literal any rule needs, searched for in each sentence once. */
const LITERALS = new LiteralSet();

/** A rule with its cheap tests compiled: literal groups as ids, and the trigger regex if any. */
interface CompiledRule {
  rule: DateRule;
  groups: number[][];
  triggerPattern: RegExp | null;
}

function compile(rule: DateRule): CompiledRule {
  const t = rule.trigger;
  const words = [...(rule.needs ?? []), ...(Array.isArray(t) ? [t] : [])];
  return {
    rule,
    groups: words.map((group) => group.map((w) => LITERALS.idOf(w))),
    triggerPattern: t instanceof RegExp ? t : null,
  };
}

const FIRST_PASS = RULES.filter((r) => !r.anchored).map(compile);
const ANCHORED_PASS = RULES.filter((r) => r.anchored).map(compile);
/**
 * The literals found in the sentence being scanned: one array reused for every sentence (the scan
 * is synchronous and nothing keeps it), as allocating one per sentence cost a third of the search.
 */
const PRESENT = new Uint8Array(LITERALS.size);

/** Prepositions kept with the expression, as news writes it: "on Monday", "since January". */
const LEADING_PREPOSITION = /\b(?:on|since|in|by|until|till|through|throughout|during|from|as of)\s+$/i;

/**
 * Finds every temporal expression in a sentence. Each rule proposes matches; overlapping ones
 * are settled in favour of the longest ("Friday, March 12" over "Friday"). `trail` holds the events
 * dated in earlier sentences; dates anchored to an event ("the following day") are read after the
 * sentence's other dates, so an event dated earlier in the same sentence counts too. The trail is
 * left as it was: the caller adds the sentence's settled dates. `passage` is the past the sentence
 * is told in, when set (see passage.ts).
 */
export function scanSentence(
  written: string,
  published: number | null,
  trail = new AnchorTrail(),
  split: SplitClauses = { clauses: null },
  passage: number | null = null,
): DateSpan[] {
  // The rules read capitals dates as running text writes them; found text is quoted as written.
  const sentence = withCapitalMonthYearsTitled(withCapitalDatesTitled(written));
  const state: SentenceState = { sentence, clauses: null, tense: null };
  split.clauses = null;
  const candidates: DateSpan[] = [];
  const present = LITERALS.scan(sentence, PRESENT);
  for (const compiled of FIRST_PASS) {
    if (!triggered(compiled, sentence, present)) continue;
    const rule = compiled.rule;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m !== null; m = rule.pattern.exec(sentence)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const resolved = rule.resolve(m, new MatchContext(state, published, span, trail, passage));
      if (resolved) candidates.push(dateSpan(span, m[0], resolved, rule.name, false));
    }
  }
  const pending: Array<{ rule: DateRule; match: RegExpExecArray }> = [];
  for (const compiled of ANCHORED_PASS) {
    if (!triggered(compiled, sentence, present)) continue;
    const rule = compiled.rule;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m !== null; m = rule.pattern.exec(sentence))
      pending.push({ rule, match: m });
  }
  if (pending.length > 0) {
    // In sentence order, each anchored date sees the dates that end before it: one walk over both lists.
    pending.sort((a, b) => a.match.index - b.match.index);
    const earlier = candidates
      .filter((c) => anchorOf(c.rule, c.value) !== null || isToldWeek(c.rule, c.value))
      .sort((a, b) => a.end - b.end);
    const local = trail.copy();
    let next = 0;
    for (const { rule, match } of pending) {
      while (next < earlier.length && earlier[next]!.end <= match.index) {
        const c = earlier[next++]!;
        const anchor = anchorOf(c.rule, c.value);
        if (anchor) local.add(anchor);
        else local.addWeek();
      }
      const span = { start: match.index, end: match.index + match[0].length };
      const resolved = rule.resolve(match, new MatchContext(state, published, span, local, passage));
      if (!resolved) continue;
      candidates.push(dateSpan(span, match[0], resolved, rule.name, true));
      const anchor = anchorOf(rule.name, resolved.value);
      if (anchor) local.add(anchor);
    }
  }
  split.clauses = state.clauses;
  const found = settle(candidates, sentence.length).map((c) => withPreposition(sentence, c));
  if (sentence !== written) for (const c of found) c.text = written.slice(c.start, c.end);
  return found;
}

/**
 * The sentence's clauses, when a rule asked for its tense and so had them split (else null): a
 * caller that reads the found dates' events needs the same split, and need not make it again.
 */
export interface SplitClauses {
  clauses: Span[] | null;
}

/**
 * A candidate built field by field: spreading resolutions made by many different resolvers was the
 * slow generic object copy, on every match of every sentence.
 */
function dateSpan(span: Span, text: string, resolved: Resolution, rule: string, anchored: boolean): DateSpan {
  return {
    start: span.start,
    end: span.end,
    text,
    value: resolved.value,
    granularity: resolved.granularity,
    rule,
    anchored,
  };
}

/** The sentence being scanned, with its clauses once some match needs them. */
interface SentenceState {
  sentence: string;
  clauses: Span[] | null;
  /** The whole sentence's tense, for dates whose clause and neighbours have none (see sentenceTense). */
  tense: SentenceTense | null;
}

/**
 * What a rule may ask about its match. A class rather than an object of closures made per match:
 * most matches never ask for the tense, and closures cost an allocation and (under tsx) a naming
 * call each.
 */
class MatchContext implements RuleContext {
  private tenseFound: Tense | null = null;

  constructor(
    private readonly state: SentenceState,
    readonly published: number | null,
    private readonly span: Span,
    private readonly anchors: AnchorTrail,
    readonly passage: number | null,
  ) {}

  get before(): string {
    return this.state.sentence.slice(Math.max(0, this.span.start - 40), this.span.start);
  }

  tense(): Tense {
    if (this.tenseFound === null) {
      this.state.clauses ??= clausesOf(this.state.sentence);
      let tense = tenseAround(this.state.sentence, this.state.clauses, this.span);
      if (tense === 'neutral') {
        this.state.tense ??= sentenceTense(this.state.sentence);
        tense = tenseFromSentence(this.state.tense, this.span);
      }
      this.tenseFound = tense;
    }
    return this.tenseFound;
  }

  ownTense(): OwnTense {
    this.state.clauses ??= clausesOf(this.state.sentence);
    return ownClauseTense(this.state.sentence, this.state.clauses, this.span);
  }

  anchor(needed: AnchorGranularity): Anchor | null {
    return this.anchors.find(needed);
  }
}

/** Whether the sentence has a literal of each of the rule's groups, then its trigger regex. */
function triggered(compiled: CompiledRule, sentence: string, present: Uint8Array): boolean {
  for (const group of compiled.groups) {
    let any = false;
    for (const id of group) {
      if (present[id] === 1) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return compiled.triggerPattern === null || compiled.triggerPattern.test(sentence);
}

/**
 * Keeps the longest of overlapping candidates. Which characters are taken is kept in one array per
 * sentence, so each candidate costs its own length rather than a pass over every kept span: a
 * sentence that is a long list of dates must not make this quadratic.
 */
function settle(candidates: DateSpan[], length: number): DateSpan[] {
  const byLength = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || Number(b.anchored) - Number(a.anchored),
  );
  const kept: DateSpan[] = [];
  // A few candidates (any ordinary sentence) are cheaper to compare pairwise than to mark.
  if (byLength.length <= 16) {
    for (const c of byLength) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  }
  const taken = new Uint8Array(length);
  for (const c of byLength) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function withPreposition(sentence: string, span: DateSpan): DateSpan {
  const before = sentence.slice(Math.max(0, span.start - 12), span.start);
  const m = LEADING_PREPOSITION.exec(before);
  if (!m) return span;
  const start = span.start - m[0].length;
  return {
    start,
    end: span.end,
    text: sentence.slice(start, span.end),
    value: span.value,
    granularity: span.granularity,
    rule: span.rule,
    anchored: span.anchored,
  };
}
