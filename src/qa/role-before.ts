import { isPersonNoun } from '../engine/entities/role-nouns.js';
import type { ParsedArticle } from '../engine/schema.js';
import { findName } from './text.js';

/**
 * "who is Ana Ruiz?" in "... the harbour board's new chair, Ana Ruiz, said": news writing also
 * sets the description off before the name, a noun phrase opened by a determiner or a possessive
 * and closed by the comma before the name, which itself closes the apposition (a comma, a
 * bracket, a dash or the sentence's end). A rank or a home state may stand between ("her running
 * mate, Norland Sen. Ana Ruiz."). The phrase must hold a person noun: "the vote, Ana Ruiz said"
 * is no description, and the name followed by its verb is the speaker of a new clause.
 */

/** Between the phrase's comma and the name: a rank or home state ("Norland Sen. "), "the Kell-born ". */
const BETWEEN = /,\s+((?:the\s+)?(?:\p{Lu}[\p{L}.-]*\.?\s+|\p{Ll}+-born\s+){0,2})$/u;

/** Words that open a description: a determiner or a possessive ("Ruiz’s", "the board's"). */
const OPENER = /^(?:the|a|an|his|her|its|their|[\p{L}.-]+['’]s?)$/iu;

/** Determiners that open a possessive noun's phrase. */
const DETERMINER = /^(?:the|a|an|his|her|its|their)$/i;

/** What closes the apposition after the name: a party tag, then punctuation or the end. */
const CLOSED_AFTER = /^\s*(?:\([^()]{1,24}\)\s*)?(?:[,;:—–)]|\.\s*$|$)/u;

/**
 * The noun that heads the phrase: its last word before the first small word or participle
 * ("judge" of "the district judge overseeing the case", "rival" of "his closest rival in the field").
 */
function headNoun(words: readonly string[]): string {
  let head = words[0] ?? '';
  for (const [i, w] of words.entries()) {
    if (PHRASE_ENDS.test(w)) break;
    // A participle opens a clause ("overseeing the case"), unless it modifies a person noun
    // ("running mate").
    if (/\p{Ll}ing$/u.test(w) && !isPersonNoun((words[i + 1] ?? '').toLowerCase(), true)) break;
    head = w;
  }
  return head.toLowerCase();
}

/** Prepositions and relative words that end the head of a noun phrase. */
const PHRASE_ENDS = /^(?:of|in|for|at|with|on|from|to|by|about|who|whom|whose|that|which|since|during)$/i;

/** A list going on after the name ("..., Ana Ruiz, Harbour News, ...", "Ana Ruiz and Ivo Kell"). */
const LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*,|,?\s+and\s+\p{Lu})/u;

/**
 * The shortest run from an opener to the end of the words whose head is a person noun ("the judge overseeing the case"): "the senator" of "officials said the senator".
 */
function describingPhrase(words: string): string | null {
  const parts = words.split(/\s+/).filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = parts[i]!;
    // A capitalised word opens only as a possessive; "The" opens a sentence's phrase.
    if (!OPENER.test(w) || (/^\p{Lu}/u.test(w) && !/['’]s?$/.test(w) && !/^the$/i.test(w))) continue;
    const phrase = parts.slice(i);
    if (phrase.length < 2 || phrase.length > 14) continue;
    if (!isPersonNoun(headNoun(phrase.slice(1)), true)) continue;
    // "the high court’s ... justices": a possessive noun takes its own determiner and modifiers.
    const det = /^\p{Ll}.*['’]s?$/u.test(w)
      ? parts.slice(Math.max(0, i - 2), i).findIndex((p) => DETERMINER.test(p))
      : -1;
    return (det >= 0 ? parts.slice(Math.max(0, i - 2) + det) : phrase).join(' ');
  }
  return null;
}

/**
 * The description set before one of the person's full names, with its sentence: the first full
 * mention in the article that has one.
 */
export function roleSetBefore(
  parsed: ParsedArticle,
  names: readonly string[],
): { text: string; sentence: number } | null {
  for (const [index, s] of parsed.sentences.entries()) {
    for (const name of names) {
      if (!name.includes(' ')) continue;
      const at = findName(s, name);
      const after = s.slice(at + name.length);
      if (at < 0 || !CLOSED_AFTER.test(after) || LIST_GOES_ON.test(after)) continue;
      const lead = s.slice(0, at);
      const gap = BETWEEN.exec(lead);
      if (!gap) continue;
      // The phrase lies between the clause's last comma (or dash, colon, bracket) and the gap.
      const segment = lead.slice(0, gap.index);
      const open = Math.max(...[',', ';', ':', '(', '—', '–'].map((c) => segment.lastIndexOf(c)));
      const phrase = describingPhrase(segment.slice(open + 1).trim());
      if (!phrase) continue;
      return { text: phrase, sentence: index };
    }
  }
  return null;
}
