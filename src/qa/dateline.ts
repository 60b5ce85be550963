import type { ParsedArticle } from '../engine/schema.js';
import { lemma, rootMatch } from './lexicon.js';
import type { FocusTerm } from './question.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "Where was the debate held?" in a story datelined "KELLPORT, N.D. — ... at a debate on Sunday
 * ...": news style files a story from where its lead event happened and does not name that town
 * again in the lead, so the dateline answers a "where" question about the event the headline or
 * the first sentence reports. Only when every word the question says about the event (not its
 * names, not the verbs that only ask for a place) is in the headline or the first sentence, and
 * the first sentence places none of them elsewhere ("their debate in Vellby"): a side event of
 * the story ("where did X hold a rally?") is written further down, with its own town.
 */
export function datelineAnswer(parsed: ParsedArticle, focus: readonly FocusTerm[]): ReadAnswer | null {
  if (!parsed.dateline) return null;
  const event = focus.filter((f) => !f.name && !PLACE_VERBS.has(f.lemma)).map((f) => f.lemma);
  if (event.length === 0) return null;
  // The headline may be the first sentence; the first one or two after it open the story.
  const first = parsed.sentences.findIndex((s) => s.trim() !== parsed.title.trim());
  if (first < 0) return null;
  const leadIndexes = [first, first + 1].filter((i) => i < parsed.sentences.length && i <= LEAD_REACH);
  const lead = leadIndexes.map((i) => parsed.sentences[i]).join(' ');
  const leadWords = wordsOf(`${parsed.title} ${lead}`).map(lemma);
  const said = (root: string) => leadWords.some((w) => rootMatch(w, new Set([root])) > 0);
  if (!event.every(said)) return null;
  for (const m of lead.matchAll(WORD_THEN_NAMED_PLACE)) {
    const word = m[1];
    if (word && event.some((root) => rootMatch(lemma(word), new Set([root])) > 0)) return null;
  }
  return { text: asWritten(parsed.dateline), sentence: first, coverage: 1 };
}

/** The story's first sentence is at most this far in (a headline and a deck may come first). */
const LEAD_REACH = 3;

/** Verbs and nouns that only ask for a place: "where was it held / located / based / staged?". */
const PLACE_VERBS = new Set(
  ['hold', 'held', 'take', 'place', 'located', 'based', 'happen', 'happened', 'occur', 'staged'].map(lemma),
);

/** A word, then "in" or "at" and a capitalised name: the sentence places that word itself. */
const WORD_THEN_NAMED_PLACE = /([\p{L}'’-]+)\s+(?:in|at)\s+(?:the\s+)?\p{Lu}/gu;

const wordsOf = (text: string) => text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];

/**
 * "KELLPORT, N.D." as a name is written: "Kellport, N.D."; an abbreviation with a period inside
 * ("N.D.") stays as it is, a single one gets its capital ("ST." -> "St.").
 */
function asWritten(dateline: string): string {
  return dateline.replace(/[\p{L}.'’-]+/gu, (word) => {
    if (word !== word.toUpperCase() || /\.\p{L}/u.test(word)) return word;
    return word
      .split(/(?<=[-'’])/)
      .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
      .join('');
  });
}
