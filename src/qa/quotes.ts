import type { ParsedArticle } from '../engine/schema.js';
import { findPeople, namesOf, quotesBy } from './facts.js';
import { lemma, rootMatch } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { findName, words } from './text.js';

/**
 * "What did X say (about Y)?": X's direct quotes from the parse, and what the article reports X
 * saying ("X told reporters that ..."), ranked by how much of Y they hold. Without Y, the
 * article's key quote of X's comes first.
 */

export interface QuoteAnswer {
  text: string;
  /** Who said it, as the article names them. */
  speaker: string;
  sentence: number;
  /** Share of the "about" words the words hold; 1 when the question has none. */
  overlap: number;
}

/** A saying verb and what follows it: "said (that) ...", "told reporters that ...". */
/** Case-sensitive on purpose: what follows must be lower case ("said Harbour Trust chair" names a speaker, not words). */
const SAYING =
  /\b(?:said|says|added|stated|announced|warned|argued|claimed|noted|insisted|explained|stressed)\b(?:\s+that)?\s+(?=\p{Ll})|\btold\b[^"“]*?\bthat\s+/u;

function overlapWith(about: readonly string[], text: string): number {
  if (about.length === 0) return 1;
  const roots = new Set(words(text).map(lemma));
  let hits = 0;
  for (const a of about) hits += rootMatch(a, roots);
  return hits / about.length;
}

/** The best words of the speaker the question names, or null when it names no known speaker. */
export function quoteAnswer(parsed: ParsedArticle, q: ParsedQuestion): QuoteAnswer | null {
  for (const name of q.names) {
    const person = findPeople(parsed, name).find((m) => m.strength >= 2)?.person;
    const speakerNames = person
      ? namesOf(person)
      : parsed.organizations
          .filter((o) => namesOf(o).some((n) => n.toLowerCase() === name.toLowerCase()))
          .flatMap(namesOf);
    if (speakerNames.length === 0) continue;
    const direct = person
      ? quotesBy(parsed, person)
      : parsed.quotes.filter((quote) => quote.speaker !== null && speakerNames.includes(quote.speaker));
    const candidates: Array<Omit<QuoteAnswer, 'speaker'> & { key: boolean; direct: boolean }> = direct.map(
      (quote) => ({
        text: quote.text,
        sentence: quote.sentence,
        overlap: overlapWith(q.about, quote.text),
        key: quote.key && !quote.partial,
        direct: true,
      }),
    );
    parsed.sentences.forEach((sentence, index) => {
      if (!speakerNames.some((n) => findName(sentence, n) >= 0)) return;
      const m = SAYING.exec(sentence);
      if (!m) return;
      const reported = sentence
        .slice(m.index + m[0].length)
        .replace(/[.!?]+$/, '')
        .trim();
      if (words(reported).length < 3) return;
      candidates.push({
        text: reported,
        sentence: index,
        overlap: overlapWith(q.about, reported),
        key: false,
        direct: false,
      });
    });
    candidates.sort(
      (a, b) =>
        b.overlap - a.overlap ||
        Number(b.key) - Number(a.key) ||
        Number(b.direct) - Number(a.direct) ||
        a.sentence - b.sentence,
    );
    const best = candidates[0];
    if (best)
      return {
        text: best.text,
        speaker: person?.name ?? name,
        sentence: best.sentence,
        overlap: best.overlap,
      };
  }
  return null;
}
