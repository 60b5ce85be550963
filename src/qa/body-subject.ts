import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { namesOf } from './facts.js';
import { lemma } from './lexicon.js';
import type { ReadAnswer } from './read-answer.js';
import { isStopWord, startsWithCalendarWord } from './text.js';

/**
 * "Which group filed the suit?" in "Harbour Watch, a tenants' group founded in 2009, filed the
 * suit on Monday": news writing puts the body that acted in subject position, right before the
 * verb, often with an apposition (", a tenants' group ...,") or a relative pronoun (", which
 * filed ...") between. When the question asks "which <kind> <verb> ..." (the kind is the
 * subject), the capitalised name written right before a use of the question's verb in the best
 * sentences is the body asked for, where the scorer tends to pick another name of the sentence
 * or none. A person of the article there is no body, and the use of the verb must be the one
 * asked about: the words after it share a word with the rest of the question.
 */

/**
 * Auxiliaries, negation and adverbs that stand between a subject and its verb ("first reported").
 * No form of "be": "the plan was approved by ..." is passive, its subject the thing acted on.
 */
const BETWEEN = new Set(
  'had has have did does do will would not also first then later recently reportedly already just'.split(' '),
);

/** What the question may put between the kind and its verb ("which newspaper first reported"). */
const QUESTION_BETWEEN = new Set([...BETWEEN, 'never']);

/** Auxiliaries after which the bare verb stands ("did not announce", "has endorsed"). */
const AUXILIARY = /^(?:did|does|do|has|have|had|will|would|not|never)$/i;

/** Common irregular past forms news uses for what bodies did. */
const IRREGULAR_PAST = new Set(
  'ran made won took gave told wrote led paid sent bought began held built brought found left lost spent sold put set sought chose broke drew hit cut struck'.split(
    ' ',
  ),
);

/** A subject set off from its verb: nothing, ", which", or an apposition ", a tenants' group ...,". */
const SUBJECT_GAP = /^(?:\s*|,\s+(?:which|that)\s+|\s+(?:which|that)\s+|,\s[^,;:()“”"]{2,90},\s*)$/u;

/** One capitalised word of a name, an acronym or a web address ("Quaylist.com"). */
const CAP = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*";
/** A capitalised run ending right where the text ends: "of", "for", "and", "the" may join its words. */
const NAME_AT_END = new RegExp(`(?:${CAP}(?:\\s+(?:of|for|and|the|on)\\s+|\\s+))*${CAP}$`, 'u');

const TOKEN = /[\p{L}\p{N}'’-]+/gu;

/** The question's verb after "which <kind>": the first word past the kind, auxiliaries and adverbs. */
function askedVerb(question: string, noun: string): { verb: string; rest: Set<string> } | null {
  const words = [...question.matchAll(TOKEN)].map((m) => m[0]);
  const which = words.findIndex((w) => /^(?:which|what)$/i.test(w));
  if (which < 0) return null;
  const kindAt = words.findIndex(
    (w, i) => i > which && i <= which + 3 && w.toLowerCase() === noun.toLowerCase(),
  );
  if (kindAt < 0) return null;
  let at = kindAt + 1;
  while (at < words.length && QUESTION_BETWEEN.has(words[at]!.toLowerCase())) at++;
  const verb = words[at];
  // A verb is written in lowercase; a capitalised word here is a name ("which group Ruiz ...").
  if (!verb || !/^\p{Ll}/u.test(verb) || isStopWord(verb)) return null;
  // A bare noun after the kind is part of it ("which hedge fund billionaire"): only a verb's
  // inflected form ("filed", "pays", "ran") or one after an auxiliary ("has endorsed") is read.
  const afterAux = at > kindAt + 1 && AUXILIARY.test(words[at - 1] ?? '');
  if (!afterAux && !/(?:ed|[^s]s)$/.test(verb) && !IRREGULAR_PAST.has(verb.toLowerCase())) return null;
  const rest = new Set(
    words
      .slice(at + 1)
      .filter((w) => !isStopWord(w))
      .map((w) => lemma(w.toLowerCase())),
  );
  return { verb: lemma(verb.toLowerCase()), rest };
}

/** The capitalised run that ends right before `end`, with its leading "The" ("The Harbour Courier"). */
function nameEndingAt(sentence: string, end: number): string | null {
  const before = sentence.slice(0, end).replace(/\s+$/u, '');
  const m = NAME_AT_END.exec(before);
  if (!m) return null;
  let words = m[0].split(/\s+/);
  // The sentence's first word is capitalised anyway: a small word there is no part of a name.
  while (words.length > 0 && isStopWord(words[0]!) && !/^the$/i.test(words[0]!)) words = words.slice(1);
  while (words.length > 0 && /^(?:of|for|and|on|the)$/.test(words.at(-1)!)) words = words.slice(0, -1);
  const run = words.join(' ');
  if (!run || /^the$/i.test(run) || startsWithCalendarWord(run.replace(/^the\s+/i, ''))) return null;
  return run;
}

/** Whether the run is one of the article's people: a person is no body. */
function isPerson(parsed: ParsedArticle, run: string): boolean {
  const bare = run.replace(/^the\s+/i, '').toLowerCase();
  return parsed.people.some((p) => namesOf(p).some((n) => n.toLowerCase() === bare));
}

/**
 * The body written as the subject of the question's verb in the best sentences, or null. `near`
 * are the sentences that clear the coverage bar; the first one holding such a subject answers.
 */
export function bodyBeforeVerb(
  parsed: ParsedArticle,
  q: { text: string; askedNoun: string | null; names: readonly string[]; several: boolean },
  near: readonly ScoredSentence[],
): ReadAnswer | null {
  // "Which two unions ...?" asks for a list, which list-answer.ts reads.
  if (!q.askedNoun || q.several || !/^\s*(?:which|what)\s/i.test(q.text)) return null;
  const asked = askedVerb(q.text, q.askedNoun);
  if (!asked) return null;
  const ownNames = q.names.map((n) => n.replace(/[’']s$/u, '').toLowerCase());
  for (const r of near) {
    const sentence = parsed.sentences[r.index] ?? '';
    const tokens = [...sentence.matchAll(TOKEN)];
    for (const [i, t] of tokens.entries()) {
      if (lemma(t[0].toLowerCase()) !== asked.verb) continue;
      const after = tokens.slice(i + 1, i + 9).map((w) => lemma(w[0].toLowerCase()));
      if (asked.rest.size > 0 && !after.some((w) => asked.rest.has(w))) continue;
      let j = i - 1;
      while (j >= 0 && BETWEEN.has(tokens[j]![0].toLowerCase())) j--;
      const verbStart = tokens[j + 1]!.index;
      // The subject ends at the gap before the verb: nothing, ", which", or an apposition.
      const head = sentence.slice(0, verbStart);
      const gap = /(?:,\s[^,;:()“”"]{2,90},\s*|,?\s+(?:which|that)\s+|\s*)$/u.exec(head);
      if (!gap || !SUBJECT_GAP.test(gap[0])) continue;
      const run = nameEndingAt(sentence, verbStart - gap[0].length);
      if (!run || isPerson(parsed, run)) continue;
      if (ownNames.some((n) => run.toLowerCase().includes(n))) continue;
      return { text: run, sentence: r.index, coverage: r.coverage };
    }
  }
  return null;
}
