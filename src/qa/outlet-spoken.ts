import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ParsedQuestion } from './question.js';
import { lemma } from './lexicon.js';
import { findName } from './text.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../engine/dates/lexicon.js';

/**
 * "Which network interviewed Ana Ruiz?", "on which station did Ruiz speak?": news writing names
 * the outlet a person spoke to as the receiver of the speech verb ("Ruiz told KVTV on Monday",
 * "Ruiz, speaking on Radio Kell,", "in an interview with the Harbour Times"), not with the
 * question's verb, so the scorer's pick there fails the "sentence holds the question's verb"
 * check. For a question asking for an outlet by a verb of speaking or interviewing, the
 * capitalised name right after such a cue, in a best covered sentence naming the question's
 * person, is the outlet.
 */
export interface SpokenOutlet {
  text: string;
  sentence: number;
  coverage: number;
}

/** Kinds of outlet a person speaks to or on. */
const OUTLET_KINDS = new Set(
  'network networks station stations newspaper newspapers paper papers outlet outlets channel channels broadcaster broadcasters magazine magazines publication publications'.split(
    ' ',
  ),
);

/** Verbs of speaking or being interviewed, as the question reader's lemmas give them. */
const SPEAKING_VERBS = new Set(['interview', 'speak', 'talk', 'tell', 'say', 'appear', 'comment'].map(lemma));

/** "said Sunday on KVTV", "spoke last week on KVTV": the day written between the verb and its venue. */
const WHEN = String.raw`(?:(?:last|this|on)\s+)?(?:${WEEKDAY_PATTERN}|week|weekend|month|night|morning|evening)`;

/** The same verbs as the question writes them. */
const SPEAKING_WORD =
  /\b(?:interview(?:s|ed|ing)?|speak(?:s|ing)?|spoke|talk(?:s|ed|ing)?|tell(?:s|ing)?|told|say(?:s|ing)?|said|appear(?:s|ed|ing)?|comment(?:s|ed|ing)?)\b/i;

/** A speech verb's receiver or venue cue, then the outlet's capitalised name (an opening "the" kept out). */
const SPOKEN_TO = new RegExp(
  String.raw`\b(?:told|tells|telling|(?:said|says|speaking|spoke|speaks|talking|talked|appearing|appeared)(?:\s+${WHEN})?\s+(?:on|to|with)|interview(?:ed|s)?\s+(?:with|on|by))\s+(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`,
  'gu',
);

/** Calendar words written after a name ("told KVTV Monday") are no part of it: the date stage's month and weekday names. */
const CALENDAR = new RegExp(`^(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})$`);

export function outletAfterCue(sentence: string, people: readonly string[]): string | null {
  for (const m of sentence.matchAll(SPOKEN_TO)) {
    const words = (m[1] ?? '').split(/\s+/);
    // "told KVTV Saturday.": the sentence's stop is no part of the calendar word.
    const cut = words.findIndex((w) => CALENDAR.test(w.replace(/[.,]$/, '')));
    // A sentence's closing stop and a possessive ending ("told KVTV's host") are no part of the name.
    const name = (cut >= 0 ? words.slice(0, cut) : words)
      .join(' ')
      .replace(/\.$/, '')
      .replace(/['’]s?$/, '');
    // The receiver is an outlet, not another of the people the question names.
    if (name && !people.some((p) => p.includes(name) || name.includes(p))) return name;
  }
  return null;
}

/** "Which network did Ruiz talk to?": one outlet asked for, by a verb of speaking, of a person the question names. */
export function asksOutletSpokenTo(q: ParsedQuestion): boolean {
  // "Which networks ...?" asks for a list, which the first name after a cue cuts short.
  if (q.type !== 'organisation' || q.several || !q.askedNoun || !OUTLET_KINDS.has(q.askedNoun)) return false;
  // "did X speak?", "did X talk to?": the verb may stand after the name, where the reader takes no verb.
  // "Which network did Ruiz tell she was running?": the reader may take a later verb for the question's.
  const speaking = q.focus.some((f) => !f.name && SPEAKING_VERBS.has(f.lemma)) || SPEAKING_WORD.test(q.text);
  return speaking && q.names.length > 0;
}

export function outletSpokenTo(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): SpokenOutlet | null {
  if (!asksOutletSpokenTo(q)) return null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    if (!q.names.some((n) => findName(sentence, n) >= 0)) continue;
    const text = outletAfterCue(sentence, q.names);
    if (text) return { text, sentence: r.index, coverage: r.coverage };
  }
  return null;
}
