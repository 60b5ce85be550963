/**
 * Quote marks that hold no one's words: a term held at arm's length ("so-called") or the name of a
 * show, programme or book written after a preposition or after "told" ("told “Morning Coffee
 * Hour”", "in an interview with “The Late Desk”"). News copy marks both with the same quote
 * marks as quotations, and a tag nearby ("..., Ada Pell told “Morning Coffee Hour,” adding ...")
 * makes them look spoken. Issue 11: quote precision on text from varied outlets.
 */

import { isSpaceUnit } from '../text/tokens.js';

/**
 * Words a name of a work follows when it is the place or the listener, not what was said: "on
 * “Night Desk”", "with “The Early Show”", "to “Radio Ardley”", "told “Morning Coffee Hour”".
 * A quotation never follows a bare preposition, and "told" takes its listener before the words.
 */
const BEFORE_WORK_NAME = new Set(['on', 'with', 'to', 'in', 'at', 'from', 'about', 'told', 'tells', 'tell']);

/** At most this many words in a term set off by "so-called" (a longer span is a quotation). */
const MAX_TERM_WORDS = 6;

/** The last word of the narration before an opening mark, lower-cased, without a trailing comma. */
function lastWord(introducer: string): string {
  return lastOf(introducer).toLowerCase();
}

/**
 * Is the quoted span a term or a work's name rather than someone's words? `introducer` is the
 * narration before the opening mark (since the previous quote), `titleCase` whether the span reads
 * as a title (every word capitalised but short function words).
 */
export function holdsNoOnesWords(introducer: string, text: string, titleCase: boolean): boolean {
  const last = lastWord(introducer);
  // "the so-called “blue envelope” rule": the writer names a term others use; nobody is quoted.
  if (last === 'so-called' && text.split(/\s+/).length <= MAX_TERM_WORDS) return true;
  if (titleCase && BEFORE_WORK_NAME.has(last)) return true;
  // "on the Ardley Network’s “Sunday Desk”", "told KDLN’s “Daybreak”": a body's possessive leads
  // into the name of its show, one capitalised word or a title.
  return (titleCase || ONE_CAPITALISED_WORD.test(text.trim())) && OWNER_POSSESSIVE.test(lastOf(introducer));
}

/** A capitalised possessive ("KDLN’s", "Ardley’s") or a broadcaster's noun in the possessive. */
const OWNER_POSSESSIVE = /^(?:\p{Lu}[\p{L}.&-]*|channel|network|station|programme|program)['’]s$/u;
/** "Daybreak", "Newsnight,": a show's one-word name. */
const ONE_CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*[,.!?]?$/u;

/** The last word of the narration before an opening mark as written. */
function lastOf(introducer: string): string {
  // Read back from the end: the narration since the previous quote can be a long paragraph, and
  // splitting all of it for its last word cost a pass and an array per quote mark.
  const trimmed = introducer.trimEnd();
  let start = trimmed.length;
  while (start > 0 && !isSpaceUnit(trimmed.charCodeAt(start - 1))) start--;
  return trimmed.slice(start);
}
