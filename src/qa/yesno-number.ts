/**
 * "Did the board hire 50 guards?" against "the board hired 20 guards": the sentence that speaks to
 * the claim gives another number of the same kind (a year for a year, an ordinal for an ordinal,
 * a count for a count) and not the asked one, so the article contradicts the claim: "No". News
 * writing states the figure it means; a sentence on the same matter with only another figure
 * denies the asked one. A sentence with no figure of that kind settles nothing here.
 */

import { CARDINAL_WORDS, ORDINAL_WORDS } from '../engine/lexicon/number-words.js';

type Kind = 'year' | 'ordinal' | 'count';

/** "dozen" counts twelve here: a claim's "a dozen guards" against "20 guards". */
const WORD_VALUES: Record<string, number> = { ...CARDINAL_WORDS, dozen: 12 };

const ORDINAL_VALUES: Readonly<Record<string, number>> = ORDINAL_WORDS;

const NUMBER =
  /\b(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th)?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gi;

/** The figures of a text, each with its kind: "in 1986" → year 1986, "ten guards" → count 10. */
export function figures(text: string): Map<Kind, Set<number>> {
  const found = new Map<Kind, Set<number>>();
  const add = (kind: Kind, value: number) => {
    const set = found.get(kind) ?? new Set<number>();
    set.add(value);
    found.set(kind, set);
  };
  for (const m of text.matchAll(NUMBER)) {
    if (m[1] !== undefined) {
      const value = Number(m[1].replace(/,/g, ''));
      if (Number.isNaN(value)) continue;
      if (m[2]) add('ordinal', value);
      else if (/^(?:1[6-9]|20)\d\d$/.test(m[1])) add('year', value);
      else add('count', value);
      continue;
    }
    const word = (m[3] ?? '').toLowerCase();
    const ordinal = ORDINAL_VALUES[word];
    if (ordinal !== undefined) add('ordinal', ordinal);
    else add('count', WORD_VALUES[word] ?? Number.NaN);
  }
  return found;
}

/** The sentence gives, for a kind of figure the question asks about, only other figures. */
export function contradictsFigure(question: string, sentence: string): boolean {
  const asked = figures(question);
  const given = figures(sentence);
  for (const [kind, values] of asked) {
    const stated = given.get(kind);
    if (!stated || stated.size === 0) continue;
    if (![...values].some((v) => stated.has(v))) return true;
  }
  return false;
}
