import type { ParsedArticle } from '../engine/schema.js';
import { formatDateValue, isSelfExplanatory } from './dates.js';
import type { ScoredSentence } from './evidence.js';
import { lemma, rootMatch } from './lexicon.js';
import { type FocusTerm, eventRoots } from './question.js';
import { isStopWord, words } from './text.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "When was the harbour fire?" in "... since the March 4 fire" or "Friday's regatta": news writing
 * names an event by the date it happened, set before the event's noun as a modifier, with a
 * determiner ("the Oct. 9 vote") or as a possessive ("Tuesday's debate"). When the noun is one of
 * the question's own words, that date is when the event was, whatever the sentence is about
 * (often a later development). Only the question's non-name words count as the event's noun, and
 * at most two modifiers ("the Nov. 3 county election", "Sunday's Senate debate") stand between.
 */
export function dateBeforeEventNoun(
  parsed: ParsedArticle,
  focus: readonly FocusTerm[],
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  const roots = eventRoots(focus);
  if (roots.size === 0) return null;
  const named = new Set(focus.map((f) => lemma(f.word.toLowerCase())));
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const mention of parsed.dates) {
      if (mention.sentence !== r.index || mention.caption) continue;
      const written = mention.text.replace(/^(?:\p{Ll}+\s+)+(?=\p{Lu}|\p{N})/u, '');
      for (let at = sentence.indexOf(written); at >= 0; at = sentence.indexOf(written, at + 1)) {
        if (!modifiesEventNoun(sentence, at, written, roots, named)) continue;
        return { text: withResolution(written, mention), sentence: r.index, coverage: r.coverage };
      }
    }
  }
  return null;
}

/**
 * The date at `at` opens a noun phrase whose head is one of the question's words: lowercase, and
 * followed by punctuation, a small word or the end ("the 2016 race for mayor" has its head; "the
 * 2016 race track" is another noun phrase). Words between are the question's own (its names too:
 * "Sunday's Senate debate") or lowercase modifiers; another name between ("last week's Vellby
 * primary") marks another event.
 */
function modifiesEventNoun(
  sentence: string,
  at: number,
  written: string,
  roots: ReadonlySet<string>,
  named: ReadonlySet<string>,
): boolean {
  const before = sentence.slice(Math.max(0, at - 12), at);
  const after = sentence.slice(at + written.length);
  const possessive = /^['’]s\s/u.test(after);
  if (!possessive && !DETERMINER_BEFORE.test(before)) return false;
  // The date must end as a word: "the Dec. 2" is not "the Dec. 20".
  if (/^[\p{L}\p{N}]/u.test(after)) return false;
  const rest = possessive ? after.slice(2) : after;
  const m = NOUN_AFTER.exec(rest);
  if (!m) return false;
  for (const w of m[0].matchAll(/[\p{L}-]+/gu)) {
    const word = w[0];
    const root = lemma(word.toLowerCase());
    // The head may be a compound of the question's words ("Tuesday's storm surge").
    if (/^\p{Ll}/u.test(word) && rootMatch(root, roots) > 0) {
      if (endsPhrase(rest.slice(w.index + word.length))) return true;
      continue;
    }
    // A modifier may stand between, never a small word ("the May 3 vote on the bill" reads on).
    if (isStopWord(word)) return false;
    if (/^\p{Lu}/u.test(word) && !named.has(root)) return false;
  }
  return false;
}

/** After the head noun: punctuation, the end, or a small word (a preposition, a verb "is", "has"). */
function endsPhrase(rest: string): boolean {
  const next = /^\s*([\p{L}\p{N}]+)/u.exec(rest);
  if (!next?.[1]) return true;
  if (!/^\s/u.test(rest)) return true;
  return isStopWord(next[1]);
}

/** "the", "a", "this", "last": the date is inside a noun phrase, not an adverb ("on Monday"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|last|its|their|his|her)\s+$/iu;

/** The first four words after the date: its head noun within reach, modifiers before it. */
const NOUN_AFTER = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/u;

/** "Tuesday (Tue 15 Dec 2015)" when the words leave the day open, as other date answers show. */
function withResolution(text: string, mention: ParsedArticle['dates'][number]): string {
  if (isSelfExplanatory(mention)) return text;
  const formatted = formatDateValue(mention.value, mention.granularity);
  if (!formatted) return text;
  // "2003" beside "2003" adds nothing.
  const written = new Set(words(text.toLowerCase()));
  if (words(formatted.label.toLowerCase()).every((w) => written.has(w))) return text;
  return `${text} (${formatted.label})`;
}
