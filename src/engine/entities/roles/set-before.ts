/**
 * A description set off before a name: "... the harbour board's new chair, Ana Ruiz, said". News
 * writing puts a noun phrase, opened by a determiner or a possessive and closed by the comma before
 * the name, in front of someone it introduces; the name itself then closes the apposition (a comma,
 * a bracket, a dash or the sentence's end). A rank or a home state may stand between ("her running
 * mate, Norland Sen. Ana Ruiz."). The phrase must hold a person noun: "the vote, Ana Ruiz said" is
 * no description, and the name followed by its verb is the speaker of a new clause.
 *
 * This reads the phrase from the sentence's text on each side of the name, not from the role
 * grammar's walk, so it also takes what that walk stops at: a participle in the phrase ("the
 * endorsed candidate"), a phrase of the head's own with another inside it ("the secretary of state
 * for transport", "his closest rival in the field"). appositions.ts's `appositionBefore` goes first;
 * this is the fall-back when it finds nothing. The question answerer reads it too (qa/role-before.ts).
 */

import { isPersonNoun } from '../role-nouns.js';
import type { Occurrence, Sentence } from './types.js';
import { NAMED_BODY_NOUNS } from './appositions.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const ING_FORM = /\p{Ll}ing$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Between the phrase's comma and the name: a rank or home state ("Norland Sen. "), "the Kell-born ". */
const BETWEEN = /,\s+((?:the\s+)?(?:\p{Lu}[\p{L}.-]*\.?\s+|\p{Ll}+-born\s+){0,2})$/u;

/** Words that open a description: a determiner or a possessive ("Ruiz’s", "the board's"). */
const OPENER = /^(?:the|a|an|his|her|its|their|[\p{L}.-]+['’]s?)$/iu;

/** Determiners that open a possessive noun's phrase. */
const DETERMINER = /^(?:the|a|an|his|her|its|their)$/i;

/** What closes the apposition after the name: a party tag, then punctuation or the end. */
const CLOSED_AFTER = /^\s*(?:\([^()]{1,24}\)\s*)?(?:[,;:—–)]|\.\s*$|$)/u;

/** Prepositions and relative words that end the head of a noun phrase. */
const PHRASE_ENDS = /^(?:of|in|for|at|with|on|from|to|by|about|who|whom|whose|that|which|since|during)$/i;

/** A list going on after the name ("..., Ana Ruiz, Harbour News, ...", "Ana Ruiz and Ivo Kell"). */
const LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*,|,?\s+and\s+\p{Lu})/u;

/**
 * The noun that heads the phrase: its last word before the first small word or participle
 * ("judge" of "the district judge overseeing the case", "rival" of "his closest rival in the field").
 */
function headNoun(words: readonly string[], strict: boolean): string {
  let head = words[0] ?? '';
  for (const [i, w] of words.entries()) {
    if (PHRASE_ENDS.test(w)) break;
    // "a suicide bombing in <place>": an -ing word with no object, before a preposition or at the
    // phrase's end, is a noun that heads the phrase itself, and names an event, not a person.
    if (strict && ING_FORM.test(w) && (i === words.length - 1 || PHRASE_ENDS.test(words[i + 1] ?? '')))
      return w.toLowerCase();
    // A participle opens a clause ("overseeing the case"), unless it modifies a person noun
    // ("running mate").
    if (ING_FORM.test(w) && !isPersonNoun((words[i + 1] ?? '').toLowerCase(), true)) break;
    head = w;
  }
  return head.toLowerCase();
}

/**
 * The shortest run from an opener to the end of the words whose head is a person noun ("the judge
 * overseeing the case"): "the senator" of "officials said the senator".
 */
function describingPhrase(words: string, strict: boolean): string | null {
  const parts = words.split(/\s+/).filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = parts[i] ?? '';
    // A capitalised word opens only as a possessive; "The" opens a sentence's phrase.
    if (!OPENER.test(w) || (OPENS_CAPITAL.test(w) && !/['’]s?$/.test(w) && !/^the$/i.test(w))) continue;
    const phrase = parts.slice(i);
    if (phrase.length < 2 || phrase.length > 14) continue;
    if (!isPersonNoun(headNoun(phrase.slice(1), strict), !strict)) continue;
    // "the high court’s ... justices": a possessive noun takes its own determiner and modifiers.
    const det = /^\p{Ll}.*['’]s?$/u.test(w)
      ? parts.slice(Math.max(0, i - 2), i).findIndex((p) => DETERMINER.test(p))
      : -1;
    const words = det >= 0 ? parts.slice(Math.max(0, i - 2) + det) : phrase;
    return (strict ? beforeParticiple(words) : words).join(' ');
  }
  return null;
}

/**
 * The phrase up to a participle that opens a clause ("the district judge overseeing the case" →
 * "the district judge"), as an appositive after a name is cut (phrase.ts): the role is the noun
 * phrase, what the person is doing is not part of it. A participle before a person noun ("running
 * mate") qualifies it and stays.
 */
function beforeParticiple(words: readonly string[]): readonly string[] {
  for (let k = 2; k < words.length; k++) {
    const w = words[k] ?? '';
    if (ING_FORM.test(w) && !isPersonNoun((words[k + 1] ?? '').toLowerCase(), true)) return words.slice(0, k);
  }
  return words;
}

/**
 * The description set before a name, given the sentence's text before the name (`lead`) and after
 * it (`after`); null when the name does not close an apposition or no phrase with a person noun
 * stands before it. `strict`, as the role stage reads it: the head is a singular person noun (a
 * plural one, "the party's top leaders, X and Y", is a list's, or "one of" them), no -ing noun
 * heads the phrase, and no noun for a publication or school stands right before the comma ("the
 * city's oldest newspaper, <Name>": the name renames that, whatever the entity stage made of it).
 */
export function descriptionSetBefore(lead: string, after: string, strict = false): string | null {
  if (!CLOSED_AFTER.test(after) || LIST_GOES_ON.test(after)) return null;
  const gap = BETWEEN.exec(lead);
  if (!gap) return null;
  // The phrase lies between the clause's last comma (or dash, colon, bracket) and the gap.
  const segment = lead.slice(0, gap.index);
  if (strict && NAMED_BODY_NOUNS.has(segment.slice(segment.lastIndexOf(' ') + 1).toLowerCase())) return null;
  const open = Math.max(...[',', ';', ':', '(', '—', '–'].map((c) => segment.lastIndexOf(c)));
  return describingPhrase(segment.slice(open + 1).trim(), strict);
}

/** The description set before the full name at occurrence `o` (a name of two words or more). */
export function preposedDescription(s: Sentence, o: Occurrence): string | null {
  const first = s.tokens[o.start];
  const last = s.tokens[o.end - 1];
  if (!first || !last || o.end - o.start < 2) return null;
  return descriptionSetBefore(s.text.slice(0, first.start), s.text.slice(last.end), true);
}
