/**
 * An office held in the past, stated by a relative clause right after the name: "X, who headed the
 * Norland central bank until 2011,", "Y, who had managed Ann Vale's 2010 campaign,". News writing
 * introduces a former official this way as often as with "former head of ...", and the present
 * tense ("who heads the agency") is already read as an office by appositions.ts. The past tense
 * also tells deeds ("who led the protest", "who ran a marathon"), so the object must be a named
 * body or a named owner's thing: a capitalised word, after at most "the" and a year, that is no
 * person's own name ("Ann Vale's campaign" is hers to own, so a possessive after the name is
 * fine). The role is the office's noun with "former" ("former head of the Norland central bank"),
 * or the clause as written where English has no noun for the verb ("ran Vale's super PAC").
 *
 * Holds 7 of 8 people changed on all training text (PolNeAR train and eng.train, dumped before and
 * after; ADR 013, session 21): a bank regulator, three campaign managers, a general, a campaign's
 * political director and a spy chief right; a head of state given "oversaw <country>'s first steps",
 * a deed, wrong.
 */

import { agentNoun } from '../role-agents.js';
import { isYear } from './possessors.js';
import { slice } from './tokens.js';
import type { Sentence } from './types.js';
import {
  BOUNDARY,
  CLAUSE_VERBS,
  isCapitalised,
  isPossessiveMark,
  isWord,
  PREPOSITIONS,
  RELATIVES,
  ROLE_PREPOSITIONS,
  TIME_WORDS,
  TRAILING,
} from './words.js';

/** Past forms of the verbs of holding an office (offices.ts reads their present tense); "run" after "had". */
const PAST_OFFICE_VERBS = new Set(
  'headed led chaired managed coached captained directed edited commanded governed ran run oversaw'.split(
    ' ',
  ),
);

/** Words that end the object and open the clause's time or a second clause ("until 2011", "then"). */
const OBJECT_ENDS = new Set(
  'until till through between when while as then later before after during since'.split(' '),
);

/** "for a decade", "for two years", "for more than 30 years": how long, not what was held. */
const SPAN =
  /^(?:a|an|\d.*|two|three|four|five|six|seven|eight|nine|ten|more|over|nearly|almost|decades|years|months)$/;

/** The most tokens an object runs to. */
const MAX_OBJECT = 10;

/**
 * Is the object after `verb` named ("the FDIC", "Vale's 2010 campaign")? A capitalised word after
 * at most "the" and a year, that is no person's name, or is one only as a possessor.
 */
function namedObject(s: Sentence, verb: number): boolean {
  const t = s.tokens;
  let k = verb + 1;
  if (t[k]?.lower === 'the') k++;
  if (isYear(t[k])) k++;
  if (!isCapitalised(t[k]) || !isWord(t[k])) return false;
  const owner = s.owner[k] ?? -1;
  if (owner === -1) return true;
  let end = k;
  while (s.owner[end] === owner) end++;
  return isPossessiveMark(t[end]);
}

/** The end (exclusive) of the object that starts at `from`: before a clause, a time or a second phrase. */
function objectEnd(s: Sentence, from: number): number {
  const t = s.tokens;
  let end = from;
  let preps = 0;
  while (end < t.length && end - from < MAX_OBJECT) {
    const w = t[end];
    if (!w || BOUNDARY.has(w.text) || w.text === '.' || RELATIVES.has(w.lower) || CLAUSE_VERBS.has(w.lower))
      break;
    if (OBJECT_ENDS.has(w.lower)) break;
    const owner = s.owner[end] ?? -1;
    if (owner !== -1) {
      // A person's name only as a possessor ("Ann Vale's campaign"); else another clause's object.
      let after = end;
      while (s.owner[after] === owner) after++;
      // "the 2008 campaign of Ann Vale": the owner after "of" ends the object.
      if (t[end - 1]?.lower === 'of') {
        end = after;
        break;
      }
      if (!isPossessiveMark(t[after])) break;
      end = after + 1;
      continue;
    }
    if (w.lower === 'and' && !t[end + 1]?.cap) break;
    if (PREPOSITIONS.has(w.lower)) {
      const next = t[end + 1];
      const timed =
        /^\d/.test(next?.text ?? '') ||
        TIME_WORDS.test(next?.lower ?? '') ||
        (w.lower === 'for' && SPAN.test(next?.lower ?? ''));
      if (!ROLE_PREPOSITIONS.has(w.lower) || ++preps === 2 || timed) break;
    }
    end++;
  }
  while (end > from + 1 && TRAILING.has(t[end - 1]?.lower ?? '')) end--;
  return end;
}

/**
 * The office in "who [had] <past office verb> <named object>" with `verb` the index after "who"
 * (and its adverbs), or null: "former head of the FDIC", "ran Vale's super PAC".
 */
export function pastOfficeClause(s: Sentence, verb: number): string | null {
  const t = s.tokens;
  let k = verb;
  if (t[k]?.lower === 'had') k++;
  const word = t[k]?.lower ?? '';
  if (!PAST_OFFICE_VERBS.has(word) || (word === 'run' && k === verb) || !namedObject(s, k)) return null;
  const end = objectEnd(s, k + 1);
  if (end <= k + 1) return null;
  const object = slice(s, k + 1, end);
  if (word === 'ran' || word === 'run') return `ran ${object}`;
  const agent = agentNoun(word);
  return agent ? `former ${agent} of ${object}` : `${word} ${object}`;
}
