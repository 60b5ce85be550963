import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { namesOf } from './facts.js';
import { lemma } from './lexicon.js';
import type { ReadAnswer } from './read-answer.js';
import { findName } from './text.js';

/**
 * "Which senator backed the bill?" in "Sen. Ana Ruiz backed the bill": news writing (AP style)
 * puts a person's office right before the name, abbreviated for the common ones ("Sen.", "Gov.",
 * "Rep.", "Gen.") or spelt out ("reporter Ivo Kell", "Governor Ana Ruiz"). The person whose
 * title is the asked kind is of that kind, though the sentence never writes the kind noun the
 * question uses (the scorer's sentence match misses "Sen." for "senator").
 */

/** Title abbreviations before a name and the person nouns they stand for (AP style). */
const ABBREVIATED: Readonly<Record<string, readonly string[]>> = {
  senator: ['Sen.'],
  governor: ['Gov.'],
  congressman: ['Rep.'],
  congresswoman: ['Rep.'],
  representative: ['Rep.'],
  general: ['Gen.'],
  president: ['Pres.'],
  doctor: ['Dr.'],
  professor: ['Prof.'],
  reverend: ['Rev.'],
  lieutenant: ['Lt.'],
  sergeant: ['Sgt.'],
  captain: ['Capt.'],
  colonel: ['Col.'],
  admiral: ['Adm.'],
};

/** A personal name: capitalised words, initials ("A.E."), apostrophes and hyphens inside. */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:al|el|bin|de|van|von)[-\\s])?\\p{Lu}[\\p{L}'’.-]*){0,3}";

/**
 * A name the engine found as a person's: "the candidate Norland voters back" has a
 * capitalised word after the kind that names no one.
 */
function isPersonOf(parsed: ParsedArticle, name: string): boolean {
  return parsed.people.some((p) => namesOf(p).some((n) => n === name || name.endsWith(` ${n}`)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The abbreviated titles ("Sen.", "Rep.") that stand for a kind, given as its lemma; none for other kinds. */
export function abbreviationsOfKind(kind: string): readonly string[] {
  const noun = Object.keys(ABBREVIATED).find((k) => lemma(k) === kind);
  return noun ? (ABBREVIATED[noun] ?? []) : [];
}

/** The titles that say "<kind>": the kind noun itself, lowercase or capitalised, and its abbreviations. */
function titlesOf(kind: string): string[] {
  return [kind, kind.charAt(0).toUpperCase() + kind.slice(1), ...(ABBREVIATED[kind] ?? [])];
}

/**
 * Words that make the title part of another office: "Vice President", "Lt. Gov.", "Attorney
 * General", "Maj. Gen.", "deputy governor".
 */
const LONGER_OFFICE =
  '(?<!\\b(?:Vice|vice|Lt\\.|Lieutenant|lieutenant|Attorney|attorney|Surgeon|surgeon|Maj\\.|Major|Brig\\.|Deputy|deputy|Assistant|assistant|Under|under)\\s)';

/**
 * The name written right after the asked kind's title in the best sentences, title included
 * ("Sen. Ana Ruiz"), for a "which <person noun>" question asking for one person. Not a name the
 * question itself writes ("which senator did Sen. Kell praise?" asks for the other one).
 */
export function titledPersonOfKind(
  parsed: ParsedArticle,
  asked: { noun: string; question: string },
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  const kind = lemma(asked.noun.toLowerCase());
  const noun = Object.keys(ABBREVIATED).find((k) => lemma(k) === kind) ?? asked.noun.toLowerCase();
  const titles = titlesOf(noun).map(escapeRegExp).join('|');
  const pattern = new RegExp(`${LONGER_OFFICE}\\b(${titles})\\s+(${NAME})`, 'gu');
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const m of sentence.matchAll(pattern)) {
      const [, title, name] = m;
      if (!title || !name) continue;
      // A closing full stop or a possessive is no part of the name.
      const clean = name.replace(/[.’']+$/u, '').replace(/['’]s$/u, '');
      if (findName(asked.question, clean) >= 0 || !isPersonOf(parsed, clean)) continue;
      // An abbreviated or capitalised title is part of how the person is named ("Sen. Ana Ruiz",
      // "Governor Ana Ruiz"); a lowercase kind word is a description before the name ("reporter").
      const text = /^\p{Lu}/u.test(title) ? `${title} ${clean}` : clean;
      return { text, sentence: r.index, coverage: r.coverage };
    }
  }
  return null;
}
