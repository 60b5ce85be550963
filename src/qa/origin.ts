import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { namesOf } from './facts.js';
import { isKnownPlace } from './place-list.js';
import type { ReadAnswer } from './read-answer.js';
import { withState } from './where.js';

/**
 * "Where is Ada Kell from?", "where was she born?", "where did he grow up?" ask for a person's
 * origin, which news writing ties to the name in a few fixed ways: a vox-pop's "<Name>, 34, of
 * <town>", an apposition "<Name>, a nurse from <town>", "<Name>, who grew up in <town>" (or "was
 * born in", "a native of"), "the <place>-born <Name>", "<town>, where <Name> grew up" and "<place>
 * native <Name>". The scorer reads such a place as one more place in a sentence about the person
 * and often picks another, so the place tied to the asked name is read here first. On all 840
 * PolNeAR train texts the cues, with the place a known place and the name a name, tie a person to
 * where they live, were born or grew up in 42 of the 43 cases (see ADR 015, session 15).
 */

/** The asked name of an origin question, as written; null for any other question. */
export function originAsked(question: string): string | null {
  const m = ORIGIN_QUESTION.exec(question.trim());
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? null;
}

/** A name of up to four capitalised words ("Ada Kell", "Gov. Ivo Marr"), "the" allowed before it. */
const NAME = String.raw`(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})`;

const ORIGIN_QUESTION = new RegExp(
  String.raw`^[Ww]here\s+(?:(?:is|was|are|were)\s+${NAME}\s+(?:originally\s+)?from|(?:was|were)\s+${NAME}\s+(?:born|raised)|did\s+${NAME}\s+grow\s+up)\s*\??$`,
  // Not case-blind: with "i", \p{Lu} would take lowercase words ("the pilots flying from") as a name.
  'u',
);

/** A place: capitalised words, none a possessive ("Norland's party" is a body of Norland, no place). */
const PLACE = String.raw`(?<![\p{L}.'’-])(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)`;
/** One name word standing for the asked person (checked against the question after the match). */
const WHO = String.raw`(?<![\p{L}.'’-])(\p{Lu}[\p{L}'’-]*)`;
/** "a retired nurse", "an independent": an apposition of up to four lowercase words. */
const APPOSITION = String.raw`(?:an?\s+(?:[\p{Ll}-]+\s+){0,4})`;
const ORIGIN_VERB = String.raw`(?:grew\s+up|was\s+born|was\s+raised|born\s+and\s+raised|is\s+originally\s+from|hails\s+from|a\s+native\s+of)`;

/** Each cue with the groups of the name word and the place, and words kept before the place. */
interface Cue {
  pattern: RegExp;
  who: number;
  place: number;
  /** A group written before the place that is part of the answer ("outside of" Pittsburgh). */
  lead?: number;
}

const CUES: readonly Cue[] = [
  // "Ada Kell, 34, of Vellport" / "Ada Kell, 34, a nurse from Vellport" / "Ida Marr, an independent from Norland".
  {
    pattern: new RegExp(
      String.raw`${WHO},\s+(?:(?:\d+,\s+(?:of|from|${APPOSITION}from))|(?:${APPOSITION}?from))\s+${PLACE}`,
      'gu',
    ),
    who: 1,
    place: 2,
  },
  // "Kell, who grew up outside of Vellport", "Kell, a former judge who was born in Norland".
  {
    pattern: new RegExp(
      String.raw`${WHO},?\s+(?:${APPOSITION}?who\s+)?${ORIGIN_VERB}\s+((?:in|outside(?:\s+of)?|near)\s+)?${PLACE}`,
      'gu',
    ),
    who: 1,
    lead: 2,
    place: 3,
  },
  // "the Norland-born Ida Marr".
  {
    pattern: new RegExp(String.raw`${PLACE}-born\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)`, 'gu'),
    who: 2,
    place: 1,
  },
  // "Vellport, where Kell grew up".
  {
    pattern: new RegExp(String.raw`${PLACE},\s+where\s+${WHO}\s+(?:grew\s+up|was\s+born|was\s+raised)`, 'gu'),
    who: 2,
    place: 1,
  },
  // "Norland native Ida Marr".
  {
    pattern: new RegExp(
      String.raw`${PLACE}\s+native\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)`,
      'gu',
    ),
    who: 2,
    place: 1,
  },
];

/** Honorifics and titles are no name words: "Gov. Marr" is asked about as "Marr". */
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Sgt|Col|Capt|Prof|Rev|Sir|Lady|President|Judge|the)\.?$/i;

function nameWords(name: string): Set<string> {
  return new Set(
    name
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/, ''))
      .filter((w) => w.length > 1 && !TITLE_WORD.test(w)),
  );
}

/**
 * "Ada Kell" asked, "Ben Kell, 40, of Vellport" written: another first name before the asked
 * surname is another person of that name. Only when the question gives a first name to compare.
 */
function anotherFirstName(before: string, words: ReadonlySet<string>): boolean {
  if (words.size < 2) return false;
  const previous = /(?:^|\s)(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(before)?.[1];
  return previous !== undefined && !TITLE_WORD.test(previous) && !words.has(previous);
}

/** The place as answered: its closing full stop dropped unless an abbreviation ("Fla.") ends it. */
function placeText(written: string): string | null {
  if (/['’]s\b/.test(written)) return null;
  // A sentence's first word is capitalised too: "In Vellport, where ...", "The Norland-born ...".
  const run = written.replace(/^(?:The|In|At|From|Of|On|A|An)\s+/, '');
  return /(?:^|\s)\p{Lu}[\p{L}]?\.$|\.\p{Lu}\.$/u.test(run) ? run : run.replace(/\.$/, '');
}

function isPlace(parsed: ParsedArticle, name: string, sentence: string): boolean {
  const bare = name.replace(/\.$/, '');
  if (isKnownPlace(bare) || parsed.places.some((p) => namesOf(p).includes(bare))) return true;
  // "Vellport, Ore.": a town written with its state is a place whatever the gazetteer knows.
  return withState(bare, sentence) !== bare;
}

/** A person's origin as one sentence writes it: the words naming the person, and the place as answered. */
export interface OriginCue {
  who: string;
  /** Where the person's words start in the sentence. */
  at: number;
  place: string;
}

/**
 * Every origin cue in a sentence whose place passes `isPlace` (the answer text: "outside of
 * Vellport", "Vellport, Ore."), in cue order.
 */
export function* originCues(sentence: string, isPlace: (name: string) => boolean): Generator<OriginCue> {
  for (const cue of CUES) {
    for (const m of sentence.matchAll(cue.pattern)) {
      const place = placeText(m[cue.place] ?? '');
      if (!place || !isPlace(place)) continue;
      const lead = cue.lead !== undefined ? (m[cue.lead] ?? '') : '';
      const at = m.index + m[0].indexOf(m[cue.who] ?? '');
      // "outside of" and "near" say the place is not the town itself; "in" adds nothing.
      const text = `${/^in\s/.test(lead) ? '' : lead}${withState(place, sentence)}`;
      yield { who: m[cue.who] ?? '', at, place: text };
    }
  }
}

/**
 * The origin of the person an origin question asks about, read from the sentences that best
 * cover the question (in their rank order), or null.
 */
export function originOfAsked(
  parsed: ParsedArticle,
  question: string,
  ranked: readonly ScoredSentence[],
): ReadAnswer | null {
  const asked = originAsked(question);
  if (!asked) return null;
  const words = nameWords(asked);
  if (words.size === 0) return null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    for (const cue of originCues(sentence, (place) => isPlace(parsed, place, sentence))) {
      const names = cue.who.split(/\s+/);
      if (!names.some((w) => words.has(w))) continue;
      // A lone surname: another first name before it is another person of that name.
      if (names.length === 1 && anotherFirstName(sentence.slice(0, cue.at), words)) continue;
      return { text: cue.place, sentence: r.index, coverage: r.coverage };
    }
  }
  return null;
}
