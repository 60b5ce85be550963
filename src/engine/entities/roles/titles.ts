/**
 * Titles before a name: "Prime Minister X", "Dunmore chairman X", "chief executive of Acme X",
 * abbreviated plural titles ("Reps. A and B"), and world rankings ("world No 1 X").
 */

import { isModifier, isNounModifier } from '../role-nouns.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { isTitle } from '../../lexicon/titles.js';
import type { Sentence, Occurrence, Tok } from './types.js';
import {
  isPersonNoun,
  isCompoundModifier,
  isOrdinal,
  isPossessiveMark,
  isWord,
  CLAUSE_VERBS,
  AUXILIARIES,
  NAME_TITLES,
  GENERIC,
  PREPOSITIONS,
  isCapitalised,
  isFunctionWord,
  NUMBER_WORDS,
} from './words.js';
import { slice } from './tokens.js';
import { headBefore, isHeadBefore, isParticipleNoun, walkLeft } from './heads.js';
import { pastGeneration, pastRelativeClause } from './list-asides.js';

/**
 * From `start`, past the capitalised words before the head that no role is made of (names, verbs
 * in a title-case headline) and a possessive or article left in front: the role's own words.
 */
function roleWordsFrom(s: Sentence, start: number, head: number): number {
  const t = s.tokens;
  let k = start;
  while (k < head) {
    const w = t[k];
    if (!w) break;
    const roleWord =
      isPersonNoun(w.lower) || isModifier(w.lower) || isCompoundModifier(w) || isOrdinal(w) || !w.cap;
    if (roleWord && !isPossessiveMark(w) && !DETERMINERS.has(w.lower)) break;
    k++;
  }
  return k;
}

/** "Dunmore chairman Tom Vane", "Prime Minister Rishi Sunak", "world No 1" aside. */
export function titleBefore(s: Sentence, o: Occurrence, plural: boolean): string | null {
  const span = titleSpan(s, o, plural);
  return span ? slice(s, span.start, span.end) : null;
}

/**
 * The title before a name as the roles it states. A description written before an abbreviated or
 * capitalised title is a role of its own: "Liberal presidential hopeful Sen. X" is a hopeful and
 * a senator, and "hopeful Sen." is no role ("presidential candidate Senator X" likewise). It is split off only where a lower-case person noun that is no
 * mere qualifier ends a description of two words or more ("primary challenger", "GOP rival"), so
 * "former Gov.", "state Sen." and "fellow Sen." stay whole.
 */
export function titlesBefore(s: Sentence, o: Occurrence): string[] {
  const span = titleSpan(s, o, false);
  if (!span) return [];
  const { start, end } = span;
  const t = s.tokens;
  // Where the title proper starts: its abbreviated run, or a capitalised title and the capitalised
  // qualifiers before it ("Green presidential candidate Vice President X").
  let run = span.run;
  if (run === start && t[end - 1]?.cap && t[end - 1]?.text !== '.') {
    run = end - 1;
    while (
      run > start &&
      t[run - 1]?.cap &&
      (isModifier(t[run - 1]?.text ?? '') || isPersonNoun(t[run - 1]?.text ?? ''))
    )
      run--;
  }
  const before = t[run - 1];
  const splits =
    run - start >= 2 &&
    before !== undefined &&
    !before.cap &&
    isWord(before) &&
    isPersonNoun(before.text) &&
    !isModifier(before.text);
  return splits ? [slice(s, start, run), slice(s, run, end)] : [slice(s, start, end)];
}

/**
 * The tokens of a title before a name: from `start` to `end` (past the head, and past its dot when
 * abbreviated), and `run`, where a run of abbreviated titles starts (`start` when there is none).
 */
export function titleSpan(
  s: Sentence,
  o: Occurrence,
  plural: boolean,
): { start: number; end: number; run: number } | null {
  const last = headBefore(s, o.start);
  // "Sen. Ann Bell", "Gov. X": an abbreviated title before its dot.
  const t = s.tokens;
  const abbreviated =
    t[last]?.text === '.' && t[last - 1]?.cap === true && isPersonNoun(t[last - 1]?.text ?? '');
  const ofHead = abbreviated ? null : (ofTitleHead(s, last) ?? lowerOfTitleHead(s, last));
  const head = abbreviated ? last - 1 : (ofHead ?? last);
  const w = s.tokens[head];
  // A title with its "of" or "for" phrase is read in lower case ("Undersecretary for Waterways").
  const titled = ofHead !== null && isPersonNoun(w?.lower ?? '', plural);
  if (!w || s.owner[head] !== -1 || !(titled || isHeadBefore(s, head, plural))) return null;
  if (DETERMINERS.has(w.lower) || CLAUSE_VERBS.has(w.lower)) return null;
  // "a senior Vale adviser": a surname alone qualifies the role noun after it, and the lower-case
  // word before it is no title of Vale's (a capitalised one is: "President Vale administration").
  const after = t[o.end];
  if (
    o.end - o.start === 1 &&
    !w.cap &&
    after &&
    !after.cap &&
    !AUXILIARIES.has(after.lower) &&
    !CLAUSE_VERBS.has(after.lower) &&
    (isPersonNoun(after.text) || isNounModifier(after.lower) || isPluralPersonNounAfter(t, o.end))
  )
    return null;
  // "He accused X", "Okafor accused X": a person noun in -ed before a name is a verb after its
  // subject; it is a title only where nothing but an article or a boundary comes before it.
  if (isParticipleNoun(w)) {
    const prev = t[head - 1];
    if (prev && isWord(prev) && !DETERMINERS.has(prev.lower)) return null;
  }
  // "the leader will shepherd X's bill", "she could coach Vale": after a modal auxiliary English
  // puts a bare verb, never a noun without its article, so a lower-case word there is no title.
  if (!w.cap && followsModal(t, head)) return null;
  // "the elder Vale", "the younger Vale": news tells apart a parent and a child who share a
  // surname, which says who is meant, not an office ("church elder X" has no article and stays).
  if (FAMILY_RANKS.has(w.lower) && t[head - 1]?.lower === 'the') return null;
  // "is expected to host X's rivals", "plans to coach Vale": after a word that takes an infinitive,
  // "to" and a bare verb follow, never "to" and a title ("spoke to pastor X" is a preposition's).
  if (!w.cap && t[head - 1]?.lower === 'to' && TAKES_INFINITIVE.has(t[head - 2]?.lower ?? '')) return null;
  let start = walkLeft(s, head);
  // "Lt. Gen. X", "Det. Insp. X": an abbreviated rank before another keeps the whole run.
  if (abbreviated) start = abbreviatedRunStart(s, start);
  // In a headline in title case a capital says nothing: "Club Fire Coach X", "Star Rehires
  // Attorney X". Only the words a role is made of are kept before the head.
  if (s.titleCase) start = roleWordsFrom(s, start, head);
  // A lone noble title is part of the name ("Prince Edmund"), and a lone generic word says nothing.
  if (start === last && (NAME_TITLES.has(w.lower) || GENERIC.has(w.lower))) return null;
  const run = abbreviated ? Math.max(start, abbreviatedRunStart(s, head)) : start;
  return { start, end: last + 1, run };
}

/** Modal auxiliaries, each followed by a bare verb ("will lead", "could coach"). */
const MODALS = new Set('will would shall should can could may might must'.split(' '));

/** Is the word at `k` right after a modal, perhaps past a negation ("will not coach", "won't host")? */
function followsModal(t: readonly Tok[], k: number): boolean {
  let j = k - 1;
  if (t[j]?.lower === 'not' || t[j]?.lower === "n't" || t[j]?.lower === 'n’t') j--;
  const prev = t[j]?.lower ?? '';
  return MODALS.has(prev) || prev === 'wo' || prev === 'ca';
}

/** Words that tell apart two of a family by age: "the elder Vale". */
const FAMILY_RANKS = new Set(['elder', 'younger']);

/** Words after which "to" opens an infinitive: "expected to", "plans to", "able to". */
const TAKES_INFINITIVE = new Set(
  'expected going want wants wanted wanting plan plans planned planning hope hopes hoped hoping tried try tries trying attempt attempts attempted attempting able set about agreed decided likely due seeks seeking sought refused refusing vowed vowing promised promising needs need needed needing continue continues continued continuing began begins beginning'.split(
    ' ',
  ),
);

/**
 * "liberal Vale aides", "diehard Vale supporters": a plural person noun right after a lone surname
 * is the noun the surname qualifies, so the word before the surname describes those people, not
 * Vale. An -s form is a verb instead when its object or goal follows: an article, a pronoun or a
 * capital ("Senator Vale sponsors the bill", "Senator Vale joins them"), or a preposition and a
 * place ("official Vale heads for Norland"; "Vale aides for months" stays a noun).
 */
function isPluralPersonNounAfter(t: readonly Tok[], k: number): boolean {
  const w = t[k];
  if (!w || w.cap || isPersonNoun(w.text) || !isPersonNoun(w.text, true)) return false;
  const next = t[k + 1];
  if (!next || !isWord(next)) return true;
  const opensObject = (x: Tok | undefined) =>
    x !== undefined && (x.cap || DETERMINERS.has(x.lower) || OBJECT_PRONOUNS.has(x.lower));
  return !(opensObject(next) || (PREPOSITIONS.has(next.lower) && t[k + 2]?.cap === true));
}

/** Plural abbreviated titles before a list of names ("Sens. A and B"), and the singular each holder has. */
const PLURAL_ABBREVIATIONS = new Map([
  ['sens', 'Sen.'],
  ['reps', 'Rep.'],
  ['govs', 'Gov.'],
]);

/**
 * "Sens. A and B", "Sens. A of Norland and B of Vexley": a plural abbreviated title before a list of
 * names, each with their state or town perhaps, gives each name the singular title.
 */
export function pluralAbbreviationBefore(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  let k = o.start;
  for (let names = 0; names < 6; names++) {
    if (t[k - 1]?.text === '.' && t[k - 2]?.cap)
      return PLURAL_ABBREVIATIONS.get(t[k - 2]?.lower ?? '') ?? null;
    // Back over the joint to the name before: ",", "and", ", and".
    let j = k - 1;
    if (t[j]?.lower === 'and' || t[j]?.text === '&') j--;
    else if (t[j]?.text !== ',') return null;
    if (t[j]?.text === ',' && t[j + 1]?.lower === 'and') j--;
    else if (t[j]?.text === ',') j--;
    // ", whose seat is open," after the name before (list-asides.ts).
    j = pastRelativeClause(s, j);
    // "(D-Ohio)" after the name before: a short bracket, as `afterAsides` passes it forwards.
    if (t[j]?.text === ')') {
      let open = j - 1;
      while (open > 0 && j - open <= 8 && t[open]?.text !== '(') open--;
      if (t[open]?.text !== '(') return null;
      j = open - 1;
    }
    j = pastGeneration(s, j);
    // "of Norland" after the name before.
    let m = j;
    while (m > 0 && t[m]?.cap && s.owner[m] === -1) m--;
    if (m < j && t[m]?.lower === 'of') j = m - 1;
    const owner = s.owner[j];
    if (owner === undefined || owner === -1) return null;
    while (j > 0 && s.owner[j - 1] === owner) j--;
    k = j;
  }
  return null;
}

/** The start of a run of abbreviated titles ending at `start` ("Lt. | Gen."), each a person noun before its dot. */
function abbreviatedRunStart(s: Sentence, start: number): number {
  const t = s.tokens;
  let k = start;
  while (
    k >= 2 &&
    t[k - 1]?.text === '.' &&
    t[k - 2]?.cap === true &&
    s.owner[k - 2] === -1 &&
    isPersonNoun(t[k - 2]?.text ?? '')
  )
    k -= 2;
  return k;
}

/** How far back from the name a capitalised title's "of" phrase may start: two linked bodies' names. */
const OF_TITLE_REACH = 8;

/** "Secretary of State Antony Blinken", "Chancellor of the Exchequer X": the title before its "of" phrase. */
function ofTitleHead(s: Sentence, last: number): number | null {
  const t = s.tokens;
  if (!isCapitalised(t[last]) || isPersonNoun(t[last]?.text ?? '')) return null;
  for (let j = last - 1; j >= Math.max(1, last - OF_TITLE_REACH); j--) {
    const w = t[j];
    if (!w || s.owner[j] !== -1) return null;
    // A capitalised word before "of" or "for" and a capitalised phrase is a title whether or not
    // the title list holds it ("Undersecretary for Waterways X"): a name has no "for" phrase.
    const title = t[j - 1];
    const linking = w.lower === 'of' || w.lower === 'for';
    if (
      linking &&
      isCapitalised(title) &&
      (isPersonNoun(title?.text ?? '') || (s.owner[j - 1] === -1 && isPersonNoun(title?.lower ?? '')))
    )
      return j - 1;
    // "Director of the Office of Fisheries X", "Secretary of State for Coastal Affairs X": a
    // body's capitalised name may hold its own "of" or "for" phrase before the title's.
    if (linking && isCapitalised(title)) continue;
    if (!isCapitalised(w) && w.lower !== 'the' && w.lower !== 'and') return null;
  }
  return null;
}

const OBJECT_PRONOUNS = new Set('me you him her it us them mine yours his hers ours theirs'.split(' '));

/**
 * "former secretary of state X", "chief of staff X": a title in lower case with its "of" phrase
 * of one or two lower-case nouns ("of state", "of homeland security"), none of them a person noun
 * ("the son of farmer X" is the farmer's title), an article ("nephew of the late X") or a verb in
 * -ed. The head before "of".
 */
function lowerOfTitleHead(s: Sentence, last: number): number | null {
  const t = s.tokens;
  let j = last;
  while (j > last - 2 && t[j] && isWord(t[j]) && !t[j]?.cap && t[j]?.lower !== 'of') {
    const w = t[j];
    if (
      !w ||
      isPersonNoun(w.text) ||
      OBJECT_PRONOUNS.has(w.lower) ||
      isFunctionWord(w.lower) ||
      // "the former secretary of state thanked X": a verb, not the title's object.
      /ed$/.test(w.lower) ||
      s.owner[j] !== -1
    )
      return null;
    j--;
  }
  // "former secretary of State X": one capitalised word as the object, as some outlets write
  // the office, when it is no one's name and no title of its own ("friend of President X").
  const object = t[j];
  if (
    j === last &&
    object?.cap &&
    isWord(object) &&
    s.owner[j] === -1 &&
    !isPersonNoun(object.lower, true) &&
    !isPersonNoun(object.lower) &&
    !isTitle(object.text) &&
    t[j - 1]?.lower === 'of'
  )
    j--;
  if (j === last || t[j]?.lower !== 'of') return null;
  const title = t[j - 1];
  if (!title || title.cap || s.owner[j - 1] !== -1 || !isPersonNoun(title.text) || isParticipleNoun(title))
    return null;
  return j - 1;
}

/**
 * "world No 1 X", "world number two X": sports news writes a player's ranking before the name as it
 * writes a title. The ranking is the role, as written.
 */
export function rankingBefore(s: Sentence, o: Occurrence): string | null {
  const t = s.tokens;
  let k = o.start - 1;
  const rank = t[k];
  if (!rank || !(/^\d{1,4}$/.test(rank.text) || NUMBER_WORDS.has(rank.lower))) return null;
  k--;
  if (t[k]?.text === '.') k--;
  if (t[k]?.lower !== 'no' && t[k]?.lower !== 'number') return null;
  if (t[k - 1]?.lower !== 'world') return null;
  return slice(s, k - 1, o.start);
}
