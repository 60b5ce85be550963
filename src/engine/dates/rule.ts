import type { Granularity } from '../schema.js';
import type { Anchor, AnchorGranularity } from './anchor.js';
import type { OwnTense, Tense } from './clause.js';
import { CLOCK_TIME_PATTERN } from './lexicon.js';

/** A temporal expression's meaning; value null when it is relative and the publication day is unknown. */
export interface Resolution {
  value: string | null;
  granularity: Granularity;
}

export interface RuleContext {
  /** Publication day as a day number, or null when unknown. */
  published: number | null;
  /** Tense of the clause around the match (computed on demand: most matches never need it). */
  tense(): Tense;
  /**
   * Tense of the match's own clause alone, 'neutral' when it has no cue of its own: the tense
   * `tense()` gives may be borrowed from a neighbouring clause or the sentence; 'modal' when it has
   * no cue but a modal or an infinitive before the match.
   */
  ownTense(): OwnTense;
  /**
   * The first day of the past year the passage is told in ("In 2009, the mill closed. In March,
   * ..."), or null when the sentence is not within such a passage (see passage.ts).
   */
  readonly passage: number | null;
  /** Up to 40 characters of text before the match in its sentence. */
  readonly before: string;
  /** The event dated last before the match that says at least as much as `needed` (see anchor.ts). */
  anchor(needed: AnchorGranularity): Anchor | null;
}

/**
 * One family of temporal expressions: a global regex over a sentence and a resolver that turns a
 * match into a value, or null when the match turns out not to be a date ("may", "2,000 people").
 */
export interface DateRule {
  name: string;
  pattern: RegExp;
  /**
   * A cheap test every match needs: a regex on the sentence, or words one of which the lower-cased
   * sentence must contain. Sentences without it skip the rule's full pattern, which keeps the stage
   * fast on ordinary news text.
   */
  trigger?: RegExp | string[];
  /**
   * Groups of lower-case literals: a sentence whose lower-cased form lacks every literal of some
   * group cannot match the pattern, so the rule is skipped before its trigger or pattern runs. Only
   * a necessary condition (no rule's matches may depend on it); all sentences are searched for all
   * rules' literals in one pass (see literals.ts). A word-list trigger is such a group too.
   */
  needs?: string[][];
  /** Counted from the last dated event ("the following day"): resolved after the sentence's other dates. */
  anchored?: boolean;
  resolve(match: RegExpExecArray, ctx: RuleContext): Resolution | null;
}

/** Resolves a relative expression only when the publication day is known; never against today. */
export function relative(
  ctx: RuleContext,
  granularity: Resolution['granularity'],
  compute: (published: number) => string | null,
): Resolution | null {
  if (ctx.published === null) return { value: null, granularity };
  const value = compute(ctx.published);
  return value === null ? null : { value, granularity };
}

/**
 * A clock time written before a day ("until 8 a.m. Tuesday", "at 10am on Thursday", "by noon
 * Friday") is part of the same expression: the words that say which way the day lies come before
 * it. This drops it from the end of the text before a match.
 */
const TRAILING_CLOCK_TIME = new RegExp(
  String.raw`(?:\b(?:at\s+)?${CLOCK_TIME_PATTERN}(?:\s+\(?[A-Z]{2,4}\)?)?(?:\s+on)?\s*,?\s*)$`,
  'i',
);

export function beforeClockTime(before: string): string {
  return before.replace(TRAILING_CLOCK_TIME, '');
}

/**
 * A verb that moves or holds off an event, then "until"/"to", right before its new day ("was
 * postponed until Friday", "put off to March 3", "suspended until January 1"): the day lies ahead.
 */
export const POSTPONED_TO_BEFORE =
  /\b(?:postponed|delayed|put off|put back|pushed back|adjourned|deferred|rescheduled|suspended)\s+(?:[\w'’-]+\s+){0,3}?(?:until|till|to)\s+$/i;
