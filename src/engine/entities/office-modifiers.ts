/**
 * "Former Orbex CEO Dana Pryce", "Republican House Speaker Glen Marsh", "former Breitbart reporter
 * Jo Lake": a word that only qualifies an office (a time, a standing, a party) opens a job
 * description, and the capitalised name between it and the office's noun is where the office is
 * held: the employer, the chamber, the team. News writes the office right after its holder's
 * employer, never right after the holder's own name, so such a name is no person even though a
 * title list counts "former" as a word that may stand before a name ("Former Senator Vell").
 */

import { lowerCase } from '../lexicon/lower-case.js';
import { isRoleNoun, isTitle } from '../lexicon/titles.js';
import type { EntitySpan } from '../ner/labels.js';
import type { Token } from './tokenize.js';

/** Title words that name no office of their own: they qualify the office written after them. */
const OFFICE_MODIFIERS = new Set(['former', 'late', 'acting', 'then', 'democrat', 'republican']);

/**
 * Is the name at `span` (no person by the tagger) set between a modifier of an office and the
 * office itself ("Former Orbex CEO", "then Republican House Speaker", "former Ostrian rebel
 * leader"), or the holder's own name ("Former Orioles Bo Dent": the team he played for)? Then the
 * modifier before it is no title of it, and it keeps the tagger's kind.
 */
export function namesWhereOfficeIsHeld(
  tokens: readonly Token[],
  span: { start: number; end: number },
  others: readonly EntitySpan[],
): boolean {
  const before = tokens[span.start - 1]?.text ?? '';
  if (!OFFICE_MODIFIERS.has(lowerCase(before))) return false;
  if (others.some((o) => o.type === 'PER' && o.start === span.end)) return true;
  const after = tokens[span.end]?.text ?? '';
  if (after === '') return false;
  if (isRoleNoun(after) || isTitle(after)) return true;
  // One lower-case word may qualify the office ("rebel leader", "party chairman").
  const next = tokens[span.end + 1]?.text ?? '';
  return after === lowerCase(after) && next !== '' && isRoleNoun(next);
}
