import type { ParsedArticle, Person } from '../engine/schema.js';
import { lemma } from './lexicon.js';
import { words } from './text.js';

/**
 * Which person a sentence names through a pronoun alone. News writing names a person in full
 * once and goes on with "he" or "she" as the subject of the sentences after: "Ada Brook was
 * elected in 2019. She resigned in May." The second sentence answers "when did Ada Brook
 * resign?" without her name. A sentence whose subject is "he/his" or "she/her" (its first word,
 * outside a quotation running on from the sentence before, or the speaker after a quotation:
 * ",” she said") and that names no person of that gender is read as naming the one person of
 * that gender named in the nearest sentence before it (up to REACH back).
 * A surname two people of the article share ("Clinton") names, alone, the one the article
 * names most (the story's subject; the relative is named in full); the other only beside a
 * given name or a courtesy title ("Mrs. Clinton").
 * Per article, linear in its length times its people; computed once with the article's index.
 */

/** Sentences back a pronoun may point to its person in. */
const REACH = 2;

/** The pronoun opening the sentence: its subject ("He resigned", "Her bill passed"). */
const OPENING = { male: /^\s*(?:he|his)\b/i, female: /^\s*(?:she|her)\b/i } as const;

/** The pronoun itself as subject, not a possessive: only such sentences make a run of one person. */
const SUBJECT = { male: /^\s*he\b/i, female: /^\s*she\b/i } as const;

/** The pronoun speaking after a quotation (",” he said"): the writer's own words name the speaker. */
const SPEAKER_TAG = {
  male: /["”’]\s*,?\s*he\s+(?:said|says|told|added|wrote|asked)\b/i,
  female: /["”’]\s*,?\s*she\s+(?:said|says|told|added|wrote|asked)\b/i,
} as const;

/** Courtesy titles that tell which of two people sharing a surname is meant. */
const COURTESY = { male: ['Mr.', 'Mr'], female: ['Mrs.', 'Ms.', 'Mrs', 'Ms', 'Miss'] } as const;

/** A quotation mark after the start, a space or an opening bracket opens a quotation; else it closes one. */
const QUOTE_MARK = /["“”]/g;

/**
 * Each sentence's own words: whether it starts inside a quotation opened in an earlier sentence
 * of its paragraph (a quoted "He" is the speaker's word and points wherever the speaker's did),
 * and the roots of its words outside quotation marks (a name someone speaks of is not the
 * writer's subject). The quotation state is one cheap pass over the marks; the roots are read
 * only for the sentences a pronoun looks back to (question time: most are never asked for).
 */
function ownWords(
  parsed: ParsedArticle,
  sentenceRoots: readonly ReadonlySet<string>[],
): { inside: boolean[]; roots: (i: number) => ReadonlySet<string> } {
  let open = false;
  const inside: boolean[] = [];
  /** Each sentence's text outside quotation marks, or null when that is the whole sentence. */
  const outside: (string | null)[] = [];
  parsed.sentences.forEach((sentence, i) => {
    if (i === 0 || parsed.sentenceParagraph[i] !== parsed.sentenceParagraph[i - 1]) open = false;
    inside.push(open);
    // No quotation in or around it (most sentences): its own words are all its words.
    if (!open && !/["“”]/.test(sentence)) {
      outside.push(null);
      return;
    }
    let own = '';
    let from = 0;
    for (const m of sentence.matchAll(QUOTE_MARK)) {
      const at = m.index ?? 0;
      if (!open) own += ` ${sentence.slice(from, at)}`;
      const before = sentence[at - 1];
      open = before === undefined || /[\s([{—–-]/.test(before);
      from = at + 1;
    }
    if (!open) own += ` ${sentence.slice(from)}`;
    outside.push(own);
  });
  const memo = new Map<number, ReadonlySet<string>>();
  const roots = (i: number): ReadonlySet<string> => {
    const text = outside[i];
    if (text === null || text === undefined) return sentenceRoots[i] ?? EMPTY;
    let found = memo.get(i);
    if (!found) {
      found = new Set(words(text).map(lemma));
      memo.set(i, found);
    }
    return found;
  };
  return { inside, roots };
}

const EMPTY: ReadonlySet<string> = new Set<string>();

interface Named {
  gender: 'male' | 'female';
  surname: string;
  /** The surname as written, for the courtesy title before it. */
  surnameText: string;
  given: string | null;
  /** Another person of the article carries the same surname and is named more often. */
  shared: boolean;
  roots: string[];
}

/** The roots of a person's name forms, for crediting a question's name words. */
function nameRoots(person: Person): string[] {
  const roots = new Set<string>();
  for (const form of [person.name, ...person.aliases]) for (const w of words(form)) roots.add(lemma(w));
  return [...roots];
}

/** Surname roots of the people whose gender the parse does not know: either pronoun may be theirs. */
function ungenderedSurnames(parsed: ParsedArticle): string[] {
  return parsed.people
    .filter((p) => p.gender === null)
    .map((p) => {
      const w = words(p.name);
      return w.length > 0 ? lemma(w[w.length - 1]!) : '';
    })
    .filter(Boolean);
}

function gendered(parsed: ParsedArticle): Named[] {
  const written = parsed.people.map((p) => words(p.name));
  const parts = written.map((w) => w.map(lemma));
  const surnames = parts.map((w) => w[w.length - 1] ?? null);
  const out: Named[] = [];
  parsed.people.forEach((p, k) => {
    const surname = surnames[k];
    if (!p.gender || !surname) return;
    const w = parts[k] ?? [];
    out.push({
      gender: p.gender,
      surname,
      surnameText: written[k]?.[w.length - 1] ?? '',
      given: w.length > 1 ? (w[0] ?? null) : null,
      shared: surnames.some(
        (s, j) =>
          j !== k &&
          s === surname &&
          (parsed.people[j]?.mentions ?? 0) >= p.mentions &&
          // Equal counts: the one named first stands for the surname.
          ((parsed.people[j]?.mentions ?? 0) > p.mentions || j < k),
      ),
      roots: nameRoots(p),
    });
  });
  return out;
}

/** A sentence whose subject is "he" or "she": the person it was read as (null: not known). */
type Run = { male?: Named | null; female?: Named | null };

/**
 * For each sentence, the name roots of the person its pronoun refers back to (empty when none).
 * `sentenceRoots` are the sentences' word roots (evidence.ts ArticleIndex).
 */
export function pronounReferentRoots(
  parsed: ParsedArticle,
  sentenceRoots: readonly ReadonlySet<string>[],
): ReadonlySet<string>[] {
  const people = gendered(parsed);
  if (people.length === 0) return parsed.sentences.map(() => EMPTY);
  const own = ownWords(parsed, sentenceRoots);
  const unknown = ungenderedSurnames(parsed).filter((u) => !people.some((p) => p.surname === u));
  /** People of the gender whose surname the sentence writes outside quotation marks (a shared surname counts for each). */
  const named = (i: number, gender: string) =>
    people.filter((p) => p.gender === gender && own.roots(i).has(p.surname));
  /** Each sentence's referent per gender, for the sentence after to carry on with. */
  const found: Run[] = [];
  /** The person a subject pronoun of sentence i points back to, or null when not known. */
  const referent = (i: number, gender: 'male' | 'female'): Named | null => {
    for (let k = 1; k <= REACH && i - k >= 0; k++) {
      // "He won. He also said he would beat <Name>. He ...": a run of "he" subjects keeps its
      // person (or stays unknown), whoever else a sentence of the run names as an object.
      const carried = found[i - k]?.[gender];
      if (carried !== undefined) return carried;
      // "He praised Kell": the man the sentence names is not its "He"; when that leaves no
      // one, the writer's subject is not known and the search stops there.
      const all = named(i - k, gender);
      if (all.length === 0) continue;
      const before = all.filter((p) => !sentenceRoots[i]?.has(p.surname));
      const text = parsed.sentences[i - k] ?? '';
      const sure = before.filter(
        (p) =>
          !p.shared ||
          (p.given !== null && own.roots(i - k).has(p.given)) ||
          COURTESY[gender].some((t) => text.includes(`${t} ${p.surnameText}`)),
      );
      // A person of unknown gender beside the one found may be the pronoun's as well.
      const rival = unknown.some((u) => own.roots(i - k).has(u) && !sentenceRoots[i]?.has(u));
      return before.length === 1 && sure.length === 1 && !rival ? sure[0]! : null;
    }
    return null;
  };
  return parsed.sentences.map((sentence, i) => {
    let out: Set<string> | null = null;
    const here: Run = {};
    found.push(here);
    for (const gender of ['male', 'female'] as const) {
      // An opening "He" is never the man the same sentence names after it ("He said Kell would
      // ..."); a speaker tag may be ("Kell ... “...,” he said"), so such a sentence is left alone.
      const opening = !own.inside[i] && OPENING[gender].test(sentence);
      if (!opening && !(SPEAKER_TAG[gender].test(sentence) && named(i, gender).length === 0)) continue;
      // A sentence whose subject is the pronoun ("He", "She") starts or carries a run, known or
      // not (null); "His aide said" opens a sentence whose subject is someone else, so a
      // possessive joins no run, and a speaker tag joins one only when its person is found.
      const run = opening && SUBJECT[gender].test(sentence);
      const person = referent(i, gender);
      if (run || (!opening && person)) here[gender] = person;
      if (person && person.roots.length > 0) {
        if (!out) out = new Set<string>();
        for (const r of person.roots) out.add(r);
      }
    }
    return out ?? EMPTY;
  });
}
