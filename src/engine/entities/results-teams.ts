/**
 * Results lines of team sports: "Tarvik Rovers (Ostria) 2 Vellmark (Norland) 0". Each side is a
 * name, its country in brackets and a goal count, and the two sides follow each other; a person's
 * result line reads otherwise (a golfer's rounds run into the sixties and seventies, a runner's
 * time has a colon, a tennis score a hyphen). CoNLL eng.train gold: 30 names so paired, 28 clubs
 * and 2 towns' clubs typed as places, no person; golf lines with one score ("Ada Vell (Ostria) 68
 * Tom Rusk") hold 11 persons, hence the two-sided pattern and the small scores.
 */

import type { Span } from './spans.js';
import type { Token } from './tokenize.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/** A side's goals: a whole number small enough for a match score (golf's lowest rounds are near 60). */
const MAX_GOALS = 15;

/**
 * Where a side's "(Country) N" ends when it starts at `k` ("(" up to four words ")" and a
 * number), or -1.
 */
function bracketedScoreEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return -1;
  let close = k + 1;
  while (close < tokens.length && close - k <= 5 && tokens[close]?.text !== ')') close++;
  if (close === k + 1 || tokens[close]?.text !== ')') return -1;
  const goals = tokens[close + 1]?.text ?? '';
  return /^\d{1,2}$/.test(goals) && Number(goals) <= MAX_GOALS ? close + 2 : -1;
}

const isCapitalised = (t: Token | undefined) => t !== undefined && OPENS_CAPITAL.test(t.text);

/** Is the span one side of a two-sided results line, the first side or the second? */
export function isTeamInResultsLine(tokens: readonly Token[], span: Span): boolean {
  const own = bracketedScoreEnd(tokens, span.end);
  if (own < 0) return false;
  // The first side: the other side's name and "(Country) N" follow.
  let next = own;
  while (next < tokens.length && next - own < 4 && isCapitalised(tokens[next])) next++;
  if (next > own && bracketedScoreEnd(tokens, next) >= 0) return true;
  // The second side: "(Country) N" of the first side ends right before the name.
  for (let open = span.start - 3; open >= Math.max(0, span.start - 7); open--)
    if (tokens[open]?.text === '(' && isCapitalised(tokens[open - 1]))
      return bracketedScoreEnd(tokens, open) === span.start;
  return false;
}
