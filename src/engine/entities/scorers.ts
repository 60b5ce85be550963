/**
 * Goal scorers in a football results line: "Harbour 2 (Vell 15th, Rusk 64th pen) Tarvik 1 (Marr
 * 80th)", "Scorers: Vell (12th minute), Rusk (54th)". Sports copy writes a scorer's surname
 * before the minute of the goal, an ordinal, so a name right before that minute is a player,
 * whatever the tagger typed it (it often reads a lone surname among club names as a club).
 * CoNLL eng.train gold: 116 names inside brackets right before such an ordinal, 113 people (the
 * other three: two names the gold leaves untagged, one club); 71 names right before "(" and such an
 * ordinal, 70 people. The word after the minute must be one a scorer's entry goes on with (a
 * comma, a closing bracket, "minute", "pen"), so "(R-Ostria 6th District)" stays what it is.
 */

import type { Mention, SentenceMentions } from './mentions/index.js';
import type { Token } from './tokenize.js';
import { traceRule } from './rule-trace.js';

/** "15th", "1st", "82nd", "3rd": the minute of a goal, one token or a number and its suffix. */
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;
const NUMBER = /^\d{1,3}$/;
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Index after the minute starting at token k, or -1 when no minute starts there. */
function minuteEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.text ?? '';
  if (MINUTE.test(t)) return k + 1;
  const suffix = tokens[k + 1];
  if (NUMBER.test(t) && suffix && ORDINAL_SUFFIXES.has(suffix.text) && suffix.start === tokens[k]!.end)
    return k + 2;
  return -1;
}
/** What follows the minute in a scorer's entry: "15th,", "64th)", "50th minute", "67th pen". */
const AFTER_MINUTE = new Set([',', ')', ';', 'minute', 'minutes', 'min', 'pen', 'penalty', 'and', '-']);

function isMinuteAt(tokens: readonly Token[], k: number): boolean {
  const end = minuteEnd(tokens, k);
  return end > 0 && AFTER_MINUTE.has(tokens[end]?.text ?? '');
}

/** Whether the span starts inside an open bracket of its sentence. */
function insideBracket(tokens: readonly Token[], start: number): boolean {
  let depth = 0;
  for (let k = 0; k < start; k++) {
    const t = tokens[k]!.text;
    if (t === '(') depth++;
    else if (t === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** "(Vell 15th": a name in brackets before a minute; "Vell (15th)": a name before a bracketed minute. */
export function isScorerBeforeMinute(
  tokens: readonly Token[],
  span: { start: number; end: number },
): boolean {
  const after = span.end;
  if (isMinuteAt(tokens, after)) return insideBracket(tokens, span.start);
  return tokens[after]?.text === '(' && isMinuteAt(tokens, after + 1);
}

/** Mentions before a goal's minute, typed a person. */
export function scorersByMinute(sentences: readonly SentenceMentions[], mentions: Mention[]): Mention[] {
  const tokensOf = new Map(sentences.map((s) => [s.index, s.tokens]));
  return mentions.map((m) => {
    if (m.kind === 'person') return m;
    const tokens = tokensOf.get(m.sentence);
    if (!tokens || !isScorerBeforeMinute(tokens, m.span)) return m;
    traceRule('scorer-before-minute', m.text, m.kind, 'person');
    return { ...m, kind: 'person', canonical: null };
  });
}
