import type { Candidate } from './candidates.js';
import { findName } from './text.js';

/**
 * "Sanders leads Clinton 50% to 40%", "by a lopsided 82%-12%, voters back the plan": news writes
 * a result or a poll split larger share first, the share of the sentence's subject (the leader,
 * the side that agrees). A question about that side ("what share backs the plan?") is answered
 * by the first number; the second is the other side's, asked for only when the question names
 * the other side ("what share backs Clinton?"). On PolNeAR train articles 0-299, 9 of the 10 distinct
 * larger-first pairs of percentages gave the subject's share first (the other: "losing ...").
 */
export function firstOfPair(
  c: Candidate,
  sentence: string,
  questionNames: readonly string[],
  people: readonly string[],
): Candidate {
  if (c.kind !== 'number') return c;
  const other = secondOfPair(c, sentence, questionNames, people);
  if (other) return other;
  const second = /^(\d+(?:\.\d+)?)/.exec(c.text);
  const before = sentence.slice(0, c.start);
  const pair = SHARE_BEFORE.exec(before);
  if (!second?.[1] || !pair?.[1]) return c;
  // "from 10 to 30 percent", "between 20 and 30": a range, not two sides.
  if (RANGE_BEFORE.test(before.slice(0, pair.index))) return c;
  if (Number(pair[1]) <= Number(second[1]) || LOSING.test(before)) return c;
  if (asksOtherSide(before, questionNames, people)) return c;
  const unit = pair[2] ?? c.text.slice(second[1].length);
  const text = `${pair[1]}${unit}`;
  return { ...c, text, start: pair.index, end: pair.index + text.length };
}

/**
 * The same pair read the other way: the scorer picked the first (larger) share, but the question
 * names the person the sentence writes second ("A leads B 52% to 39%", "what share backs B?"),
 * so the second share is that side's.
 */
function secondOfPair(
  c: Candidate,
  sentence: string,
  questionNames: readonly string[],
  people: readonly string[],
): Candidate | null {
  const first = SHARE_AT_START.exec(c.text);
  if (!first?.[1] || c.end > sentence.length) return null;
  const after = SHARE_AFTER.exec(sentence.slice(c.start + first[1].length));
  if (!after?.[1] || Number(first[1]) <= Number(after[1])) return null;
  const before = sentence.slice(0, c.start);
  if (RANGE_BEFORE.test(before) || LOSING.test(before)) return null;
  if (!asksOtherSide(before, questionNames, people)) return null;
  const unit = after[2] ?? first[2] ?? '';
  const text = `${after[1]}${unit}`;
  const start = c.start + first[1].length + after[0].length - after[1].length - (after[2]?.length ?? 0);
  return { ...c, text, start, end: start + text.length };
}

/**
 * Whether the question names a person the sentence writes after its first-named one (before the
 * pair): the other side, whose share is the second.
 */
function asksOtherSide(before: string, questionNames: readonly string[], people: readonly string[]): boolean {
  const named = people
    .map((name) => ({ name, at: findName(before, name) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
  return named.findIndex((p) => questionNames.some((n) => n.includes(p.name) || p.name.includes(n))) > 0;
}

/** What a share is counted in: "52%", "52 percent", "12 points". */
const SHARE_UNIT = String.raw`\s?(?:%|percent|points?)`;
/** A share with its unit, then the dash or "to" of a pair, ending the text before the second share. */
const SHARE_BEFORE = new RegExp(String.raw`(\d+(?:\.\d+)?)(${SHARE_UNIT})?\s*(?:-|–|to)\s*$`, 'u');
/** The first share of a pair at the start of a picked phrase. */
const SHARE_AT_START = new RegExp(String.raw`^(\d+(?:\.\d+)?)(${SHARE_UNIT})?`, 'u');
/** After the first share's number: its unit, the dash or "to", and the second share with its unit. */
const SHARE_AFTER = new RegExp(
  String.raw`^(?:${SHARE_UNIT})?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)(${SHARE_UNIT})?`,
  'u',
);

const RANGE_BEFORE =
  /\b(?:from|between|up|rose|fell|grew|increased|decreased|dropped)\s+(?:\p{L}+\s+){0,2}$/iu;

/** "losing 54 percent to 46 percent": the first share is the other side's. */
const LOSING = /\b(?:losing|lost|trailing|trails|trailed|behind)\b[^,;]*$/i;
