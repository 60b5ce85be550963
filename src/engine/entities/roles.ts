/**
 * Roles a sentence gives a named person, as written: a title run before the name ("US State
 * Department Deputy Spokesman Vandante Patel"), a lower-case role before it ("Kilmarnock's new
 * chairman Jim Mann"), an appositive after it ("Brett McGurk, the US president's top Middle East
 * adviser,"), or a relative clause ("Abram Paley, who is the US envoy for Iran").
 */

import { isHonorific, isRoleModifier, isRoleNoun, isTitle } from '../lexicon/titles.js';
import type { Mention, SentenceMentions } from './mentions.js';
import { isNameWord, isSayVerb } from './names.js';
import { isPossessive, type Token } from './tokenize.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'another']);
const COPULAS =
  /^(?:is|was|has been|had been|serves as|served as|became|becomes|is also|was also|remains|works as|worked as)$/;
const CLAUSE_STOPPERS = new Set([
  'said',
  'says',
  'told',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'who',
  'which',
  'that',
]);
const MAX_ROLE_TOKENS = 16;

function textBetween(s: SentenceMentions, from: number, to: number): string {
  const a = s.tokens[from];
  const b = s.tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return s.text.slice(a.start, b.end).replace(/\s+/g, ' ').trim();
}

/** Walk back from the name over role words, modifiers, capitalised names and possessives. */
function preModifierStart(s: SentenceMentions, from: number, needRoleNoun: boolean): number {
  const { tokens } = s;
  if (needRoleNoun) {
    const w = tokens[from - 1]?.text ?? '';
    if (!isRoleNoun(w) || w !== w.toLowerCase()) return from;
  }
  let k = from - 1;
  // Names inside a role are short ("US State Department", "Kilmarnock"); a longer capitalised
  // stretch means the walk has run into another sentence glued on by a missing full stop.
  let capitals = 0;
  while (k >= 0) {
    const w = tokens[k]?.text ?? '';
    const lower = w === w.toLowerCase();
    if (lower && (isRoleNoun(w) || isRoleModifier(w))) k--;
    // "Former President Bill Clinton": a capitalised modifier opening the sentence belongs to the title.
    else if (!lower && !isHonorific(w) && (isRoleModifier(w) || isTitle(w))) k--;
    else if (isPossessive(tokens[k]) && isNameWord(tokens, k - 1, s.caseless, s.lower)) k -= 2;
    else if (!lower && isNameWord(tokens, k, s.caseless, s.lower) && !isHonorific(w) && ++capitals <= 3) k--;
    else break;
  }
  // Never start on a possessive marker or a word that merely ends the previous clause.
  let start = k + 1;
  while (start < from && (isPossessive(tokens[start]) || isSayVerb(tokens[start]?.text))) start++;
  return start;
}

/** The noun phrase after a comma that describes the person, up to the next comma or the end. */
function phraseAfter(s: SentenceMentions, from: number): { start: number; end: number } | null {
  const { tokens } = s;
  let end = from;
  while (end < tokens.length && !/^[,;:()"“”—–]$/.test(tokens[end]?.text ?? '') && tokens[end]?.text !== '-')
    end++;
  while (end > from && /^[.!?]$/.test(tokens[end - 1]?.text ?? '')) end--;
  if (end - from < 2 || end - from > MAX_ROLE_TOKENS) return null;
  return { start: from, end };
}

function describesRole(tokens: Token[], start: number, end: number): boolean {
  let hasRole = false;
  for (let k = start; k < end; k++) {
    const w = tokens[k]?.text ?? '';
    if (CLAUSE_STOPPERS.has(w.toLowerCase())) return false;
    if (isRoleNoun(w)) hasRole = true;
  }
  return hasRole;
}

function appositive(s: SentenceMentions, m: Mention): string | null {
  const { tokens } = s;
  let k = m.span.end;
  if (tokens[k]?.text !== ',') return null;
  k++;
  // "X, 45, a teacher from Leeds": skip the age.
  if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
  const relative = tokens[k]?.text.toLowerCase() === 'who';
  if (relative) {
    const one = tokens[k + 1]?.text.toLowerCase() ?? '';
    const two = `${one} ${tokens[k + 2]?.text.toLowerCase() ?? ''}`;
    if (COPULAS.test(two)) k += 3;
    else if (COPULAS.test(one)) k += 2;
    else return null;
  }
  const first = tokens[k]?.text ?? '';
  const opensPhrase =
    DETERMINERS.has(first.toLowerCase()) ||
    isRoleModifier(first) ||
    isRoleNoun(first) ||
    isPossessive(tokens[k + 1]) ||
    (relative && /^\p{Lu}/u.test(first));
  if (!opensPhrase) return null;
  const phrase = phraseAfter(s, k);
  if (!phrase || !describesRole(tokens, phrase.start, phrase.end)) return null;
  return textBetween(s, phrase.start, phrase.end);
}

/** All roles the sentence gives the person named by this mention. */
export function rolesOf(s: SentenceMentions, m: Mention): string[] {
  const roles: string[] = [];
  const span = m.span;
  if (span.title && !span.honorificOnly) {
    const start = preModifierStart(s, span.title.start, false);
    roles.push(textBetween(s, start, span.title.end).replace(/\s+\.$/, '.'));
  } else if (!span.title) {
    const start = preModifierStart(s, span.start, true);
    if (start < span.start) roles.push(textBetween(s, start, span.start));
  }
  const appo = appositive(s, m);
  if (appo) roles.push(appo);
  return roles.filter((r) => r.length > 0);
}
