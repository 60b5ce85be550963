import { isPersonNoun } from '../engine/entities/role-nouns.js';
import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { KindAnswer } from './kind.js';
import { isStopWord, startsWithCalendarWord } from './text.js';

/**
 * "Which PAC paid for the ads?" in "... paid for by the Tarn Valley PAC": news writing often
 * names a body or a thing with its kind as the name's last word ("Tarn Valley PAC", "Quay
 * Freight Act", "Ostmark Law School"). When a capitalised run in the best sentence ends in the
 * question's kind noun, that run is the thing asked for, where the scorer tends to pick another
 * name of the sentence or the run without its head. (A capitalised run before a lowercase kind
 * noun, "the Ostmark caucus", was measured too and held too rarely: "Jewish movement", "Web
 * video" are descriptions, not names.)
 * Only one such run may stand in the sentence (two would be a choice no word order settles), and
 * a run the question already names is the question's own thing, not its answer. The caller
 * leaves out title-case headlines, where every word is capitalised.
 */
export function nameHeadedByKind(
  parsed: ParsedArticle,
  asked: { noun: string; question: string },
  ranked: readonly ScoredSentence[],
): KindAnswer | null {
  // "What kind of primary was it?" asks for a quality ("closed"), not for a named one.
  if (KIND_OF.test(asked.question)) return null;
  // A kind the question writes capitalised (and not as an acronym) is a name it was misread on ("which Brandt ...").
  const written = new RegExp(`\\s(\\p{L})${asked.noun.slice(1).replace(/[^\p{L}]/gu, '')}\\b`, 'iu').exec(
    asked.question,
  );
  if (written && /^\p{Lu}\p{Ll}/u.test(written[0].trim())) return null;
  const plural = singular(asked.noun) !== asked.noun.toLowerCase();
  // "Which candidate ...?": a person is named by a name, not by "<party> candidate".
  if (isPersonNoun(asked.noun.toLowerCase()) || isPersonNoun(asked.noun.toLowerCase(), true)) return null;
  const kind = singular(asked.noun);
  // "United States", "Last night": runs ending in a place or time word are fixed names or dates;
  // places and times have readers of their own.
  if (PLACE_OR_TIME_KINDS.has(kind)) return null;
  const asks = new Set((asked.question.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    // A headline in capitals ("TURNOUT UP IN OSTMARK STATES") writes every word as a name would.
    if ((sentence.match(/\p{Lu}/gu) ?? []).length > 0.6 * (sentence.match(/\p{L}/gu) ?? []).length) continue;
    const found = new Set<string>();
    for (const m of sentence.matchAll(NAME_RUN)) {
      const written = m[0];
      // A sentence's capitalised first word is no part of a name when it is a small word ("Only the ...").
      const first = /^(\p{L}+)\s+/u.exec(written);
      const run = m.index === 0 && first && isStopWord(first[1]!) ? written.slice(first[0].length) : written;
      const capitals = run.match(/\p{Lu}[\p{L}\p{N}&'’.-]*/gu) ?? [];
      const last = (capitals.at(-1) ?? '').replace(/\.$/, '');
      // The kind noun must end the name, right after a capitalised word ("Tarn Valley PAC"): after
      // "of the" it is no head ("State of the Union" is no union).
      if (singular(last) !== kind || !/\p{Lu}[\p{L}\p{N}&'’.-]*\s+\S+$/u.test(run)) continue;
      // "Which unions ...?": a plural kind is not answered by a singular name ("... Union").
      if (plural && singular(last) === last.toLowerCase()) continue;
      const name = capitals.slice(0, -1).filter((w) => !isStopWord(w));
      if (name.length === 0 || startsWithCalendarWord(run)) continue;
      // ", the Harbour Party group that ...": an apposition describes the name before the comma.
      if (APPOSITION_BEFORE.test(sentence.slice(0, m.index))) continue;
      // A run holding a name the question writes is the question's own thing ("which program is DOVA?").
      if (name.some((w) => asks.has(w.replace(/[’']s$/u, '').toLowerCase()))) continue;
      found.add(run.replace(/\.$/, ''));
    }
    if (found.size === 1) {
      const [text] = [...found];
      return { text: text!, sentence: r.index, coverage: r.coverage };
    }
    if (found.size > 1) return null;
  }
  return null;
}

/** A capitalised run: "of"/"for"/"the", "and" or a comma inside it ("Tarn, Vell and Quay Lines"), one "/" joining two names. */
const WORD = "#?\\p{Lu}[\\p{L}\\p{N}&'’.-]*";
const NAME_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])${WORD}(?:(?:,\\s+|\\s+and\\s+|\\s+(?:(?:of|for|the)\\s+)*)${WORD})*(?:/${WORD}(?:\\s+${WORD})*)?`,
  'gu',
);

/** "what kind of", "which type of", "what sort of". */
const KIND_OF = /\b(?:what|which)\s+(?:kind|type|sort)s?\s+of\b/i;

/** ", the centrist party group": a determiner and lowercase words right after a comma. */
const APPOSITION_BEFORE = /,\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+)*$/u;

/** A noun folded to its singular, so "markets" is the kind "market" and "station" is not "state". */
function singular(word: string): string {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:s|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Kinds of place and time: "which state", "which night" (where.ts and the date readers answer those). */
const PLACE_OR_TIME_KINDS = new Set([
  'state',
  'country',
  'nation',
  'city',
  'town',
  'county',
  'province',
  'region',
  'night',
  'day',
  'week',
  'month',
  'year',
  'season',
]);
