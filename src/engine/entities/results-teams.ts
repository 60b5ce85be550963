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

/** A number small enough to be a side's goals or runs in a match ("2", "13"), written alone. */
function isMatchScore(token: Token | undefined): boolean {
  const text = token?.text ?? '';
  return /^\d{1,2}$/.test(text) && Number(text) <= MAX_GOALS;
}

/**
 * Session 20. Results lines without the countries: "Tarvik Rovers 2 Vellmark 0 Ostby 1 Harl 1",
 * a league's round or a baseball day set as name, score, name, score. A person's result is
 * written otherwise: a golfer's rounds are above sixty, a tennis or cricket score is hyphenated
 * ("6-3", "8-2-31-1"), a runner's time has a colon. The span is a side when its own score follows
 * it and either another capitalised name (one to four words) and its score follow that or a
 * capitalised name and its score stand right before it (a scorecard's "b Vell 4 T. Rusk c ..." has
 * no score after the second name). CoNLL eng.train gold, every such pair:
 * 964 sides, 950 clubs (884 fixed 0-799, 66 blind 800-945), 8 towns' clubs typed as places, 5
 * untyped words and 1 person (a baseball club the gold tags a person). Over all training
 * text the rule retypes 8 mentions (5 people), all clubs; PolNeAR and WNUT-17 hold no such line.
 */
export function isTeamInBareResults(tokens: readonly Token[], span: Span): boolean {
  if (!isMatchScore(tokens[span.end])) return false;
  let next = span.end + 1;
  while (next < tokens.length && next - span.end <= 4 && isCapitalised(tokens[next])) next++;
  if (next > span.end + 1 && isMatchScore(tokens[next])) return true;
  return span.start >= 2 && isMatchScore(tokens[span.start - 1]) && isCapitalised(tokens[span.start - 2]);
}

const isCount = (token: Token | undefined) => token !== undefined && /^\d{1,3}$/.test(token.text);

/**
 * Session 20. A league table's row: "Tarvik Rovers 9 6 2 1 18 7 20", a side's games played, won,
 * drawn and lost, goals or points for and against, and its points. Games played are the sum of
 * the won, drawn and lost that follow: a fact of the table's layout that no person's row of
 * figures keeps (a golfer's rounds, a batsman's innings and runs, a runner's times). The span is
 * a side when six whole numbers or more follow it and the first is the sum of the next three.
 * CoNLL eng.train gold, every such row: 654 clubs and 4 national sides typed as places, no person.
 * It retypes 2 mentions of training text (1 person), both clubs: a fact of table layout, kept on
 * the gold count, as the tagger already reads most table rows right.
 */
export function isTeamInStandings(tokens: readonly Token[], span: Span): boolean {
  const at = span.end;
  for (let k = 0; k < 6; k++) if (!isCount(tokens[at + k])) return false;
  const played = Number(tokens[at]?.text);
  const sum = Number(tokens[at + 1]?.text) + Number(tokens[at + 2]?.text) + Number(tokens[at + 3]?.text);
  return played > 0 && played === sum;
}
