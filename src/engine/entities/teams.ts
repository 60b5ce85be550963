/**
 * Sports sides named after their town ("Derbyshire beat Kent", "Boston 5 Toronto 3", "Arbroath 3 1 2 0
 * 4 2 5"). News writes clubs by the place they play for; the context, not the word, says it is the
 * club: a results verb, a score line, a results table, "v", or a team noun just before the name.
 * Countries stay places: a national side is written, and usually meant, as the country itself.
 */

import { isFirstName } from '../lexicon/firstNames.js';
import { isCountry, lookupPlace } from '../lexicon/places.js';
import { startsUpper } from './names.js';
import type { Span } from './spans.js';
import type { Token } from './tokenize.js';

/** Verbs whose subject and object are both sides when they sit between two names. */
const RESULT_VERBS = new Set(
  'beat beats defeated defeats thrashed thrash routed edged overcame trounced hammered crushed downed outclassed whitewashed blanked outplayed upset'.split(
    ' ',
  ),
);
/** "lost to X", "drew with X", "victory over X": the noun or verb before the preposition. */
const RESULT_BEFORE_PREPOSITION = new Set(
  'lost lose loses losing drew draw draws drawing win wins won victory victories winners defeat loss triumph'.split(
    ' ',
  ),
);
const SIDE_PREPOSITIONS = new Set(['to', 'with', 'over', 'against']);
const VERSUS = /^(?:v|vs|vs\.|versus)$/i;
/** "first division team Deportivo", "champions Bath", "rivals Leicestershire". */
const SIDE_NOUNS = new Set(
  'team teams club clubs side sides champions outfit rivals opponents hosts visitors leaders holders'.split(
    ' ',
  ),
);
const SCORE = /^\d{1,3}-\d{1,3}$/;
const INTEGER = /^\d{1,3}$/;

/** A sentence that reads as a line of a results table: several small numbers, hardly any lower-case words. */
function isTabular(tokens: Token[]): boolean {
  let integers = 0;
  let words = 0;
  let lower = 0;
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (INTEGER.test(t.text)) integers++;
    } else if (c >= 97 && c <= 122) {
      words++;
      lower++;
    } else if (startsUpper(t.text)) words++;
  }
  return integers >= 2 && lower * 4 < words + integers;
}

/** Index of the first token after the span, past a bracketed note ("Red Star ( Yugoslavia ) beat"). */
function afterBracket(tokens: Token[], end: number): number {
  if (tokens[end]?.text !== '(') return end;
  for (let k = end + 1; k < Math.min(tokens.length, end + 6); k++) if (tokens[k]?.text === ')') return k + 1;
  return end;
}

function subjectOfResult(tokens: Token[], span: Span): boolean {
  let k = afterBracket(tokens, span.end);
  // "Leicestershire, who beat Somerset": a relative clause keeps its subject.
  if (tokens[k]?.text === ',' && tokens[k + 1]?.text === 'who') k += 2;
  const verb = tokens[k]?.text.toLowerCase() ?? '';
  const next = tokens[k + 1]?.text ?? '';
  if (RESULT_VERBS.has(verb)) return startsUpper(next) || next === 'the';
  if (verb === 'won' || verb === 'lost' || verb === 'drew')
    return SCORE.test(next) || next === 'by' || next === 'to' || next === 'with';
  return VERSUS.test(verb);
}

function objectOfResult(tokens: Token[], span: Span): boolean {
  const before = tokens[span.start - 1]?.text.toLowerCase() ?? '';
  if (RESULT_VERBS.has(before) || VERSUS.test(before)) return true;
  const verb = tokens[span.start - 2]?.text.toLowerCase() ?? '';
  return SIDE_PREPOSITIONS.has(before) && RESULT_BEFORE_PREPOSITION.has(verb);
}

function inScoreLine(tokens: Token[], span: Span, personShaped: boolean): boolean {
  if (!INTEGER.test(tokens[span.end]?.text ?? '') || !isTabular(tokens)) return false;
  if (!personShaped) return true;
  // A row naming a person-shaped side needs a second side ("Port Vale 2 Leyton Orient 1") or a
  // full standings row; a golfer's row ("Retief Goosen 68 70 72 210") has neither.
  const pairedAfter = startsUpper(tokens[span.end + 1]?.text ?? '');
  const pairedBefore = INTEGER.test(tokens[span.start - 1]?.text ?? '');
  let integers = 0;
  for (let k = span.end; k < tokens.length && INTEGER.test(tokens[k]?.text ?? ''); k++) integers++;
  return pairedAfter || pairedBefore || integers >= 6;
}

/**
 * Does the context make this name a sports side? `personShaped` names ("Red Star", "Port Vale") only
 * count when no known given name leads them: "Pete Sampras beat Andre Agassi" names two players.
 */
export function isTeamSlot(tokens: Token[], span: Span, words: string[], personShaped: boolean): boolean {
  const first = words[0] ?? '';
  if (personShaped && isFirstName(first)) return false;
  const place = lookupPlace(words.join(' '));
  if (place && isCountry(place)) return false;
  // "Testud ( France ) beat Sidot ( France )": a country in brackets marks a competitor, not a club.
  if (tokens[span.end]?.text === '(' && lookupPlace(tokens[span.end + 1]?.text ?? '')) return false;
  if (subjectOfResult(tokens, span) || objectOfResult(tokens, span)) return true;
  if (inScoreLine(tokens, span, personShaped)) return true;
  const before = tokens[span.start - 1]?.text ?? '';
  return SIDE_NOUNS.has(before);
}
