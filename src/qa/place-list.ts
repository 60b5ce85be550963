import { lookupPlace } from '../engine/lexicon/places.js';

/**
 * "Where were the floods?" in "floods in Norland and Vellmark": news writing gives an event
 * that happened in several places as one list after its preposition, "in <place> and <place>"
 * (or "or"), and the list is the answer; the scorer picks one of its names. A place answer
 * written so takes the other, when both are places the article or the gazetteer knows ("in
 * Vellport and Mayor Brekke said" is no list of places). A serial list ("in A, B and C") is left
 * as picked: its commas are as often a town and its state.
 */
export function withJoinedPlace(
  answer: string,
  evidence: string,
  isPlace: (name: string) => boolean,
): string {
  if (!/^\p{Lu}/u.test(answer) || !isPlace(answer)) return answer;
  for (let at = evidence.indexOf(answer); at >= 0; at = evidence.indexOf(answer, at + 1)) {
    const end = at + answer.length;
    if (/^[\p{L}\p{N}]/u.test(evidence.slice(end))) continue;
    const after = JOINED_AFTER.exec(evidence.slice(end));
    if (after?.[1] && PREPOSITION_BEFORE.test(evidence.slice(0, at)) && isPlace(after[1]))
      return answer + after[0].replace(/\.$/, '');
    const before = JOINED_BEFORE.exec(evidence.slice(0, at));
    if (before?.[1] && isPlace(before[1])) return before[0].replace(/^\s*(?:in|at|to|from)\s+/, '') + answer;
  }
  return answer;
}

/** A place name as written: capitalised words ("San Bernardino", "St. Louis"). */
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*";

/** " and <place>" or " or <place>" right after the picked one. */
const JOINED_AFTER = new RegExp(`^\\s+(?:and|or)\\s+(${NAME})`, 'u');

/** "in <place> and " right before the picked one. */
const JOINED_BEFORE = new RegExp(`\\b(?:in|at|to|from)\\s+(${NAME})\\s+(?:and|or)\\s+$`, 'u');

/** The picked place opens the list: "in", "at", "to" or "from" right before it. */
const PREPOSITION_BEFORE = /\b(?:in|at|to|from)\s+$/u;

/** A name the gazetteer knows as a place. */
export function isKnownPlace(name: string): boolean {
  return lookupPlace(name.replace(/^the\s+/, '').replace(/\.$/, '')) !== undefined;
}
