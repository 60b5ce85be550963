import type { Granularity } from '../schema.js';
import { absoluteRules } from './absolute-rules.js';
import { clausesOf, type Span, type Tense, tenseAround } from './clause.js';
import { relativeRules } from './relative-rules.js';
import type { DateRule, RuleContext } from './rule.js';

/** A temporal expression found in one sentence, with offsets into that sentence. */
export interface DateSpan {
  start: number;
  end: number;
  text: string;
  value: string | null;
  granularity: Granularity;
}

const RULES: DateRule[] = [...absoluteRules, ...relativeRules];

/** Prepositions kept with the expression, as news writes it: "on Monday", "since January". */
const LEADING_PREPOSITION = /\b(?:on|since|in|by|until|till|through|throughout|during|from|as of)\s+$/i;

/**
 * Finds every temporal expression in a sentence. Each rule proposes matches; overlapping ones
 * are settled in favour of the longest ("Friday, March 12" over "Friday").
 */
export function scanSentence(sentence: string, published: number | null): DateSpan[] {
  let clauses: Span[] | null = null;
  const candidates: DateSpan[] = [];
  const lower = sentence.toLowerCase();
  for (const rule of RULES) {
    if (!triggered(rule, sentence, lower)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m !== null; m = rule.pattern.exec(sentence)) {
      const span = { start: m.index, end: m.index + m[0].length };
      let tense: Tense | null = null;
      const ctx: RuleContext = {
        published,
        get before() {
          return sentence.slice(Math.max(0, span.start - 40), span.start);
        },
        tense: () => {
          clauses ??= clausesOf(sentence);
          tense ??= tenseAround(sentence, clauses, span);
          return tense;
        },
      };
      const resolved = rule.resolve(m, ctx);
      if (resolved) candidates.push({ ...span, text: m[0], ...resolved });
    }
  }
  return settle(candidates, sentence.length).map((c) => withPreposition(sentence, c));
}

function triggered(rule: DateRule, sentence: string, lower: string): boolean {
  const t = rule.trigger;
  if (t === undefined) return true;
  if (t instanceof RegExp) return t.test(sentence);
  return t.some((word) => lower.includes(word));
}

/**
 * Keeps the longest of overlapping candidates. Which characters are taken is kept in one array per
 * sentence, so each candidate costs its own length rather than a pass over every kept span: a
 * sentence that is a long list of dates must not make this quadratic.
 */
function settle(candidates: DateSpan[], length: number): DateSpan[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: DateSpan[] = [];
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
  return { ...span, start, text: sentence.slice(start, span.end) };
}
