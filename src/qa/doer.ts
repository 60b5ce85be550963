import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { namesOf } from './facts.js';
import { lemma } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { namePositions } from './text.js';

/**
 * "Who won the primary?" in "Ada Brook won the primary, although Ivo Tarn won the spin": the
 * person written right before the question's verb, at the use of the verb followed by the
 * question's own words. "Who did Ada Brook take on?" in "Brook took on Tarn directly, while ...":
 * the person written right after the verb (and the question's particle), at a use of the verb
 * after the name the question gives. A sentence often holds several people and several uses of
 * a verb; which name is the doer and which the done-to is what word order says in English.
 */

export interface Doer {
  text: string;
  sentence: number;
  coverage: number;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** What may stand between a subject and its verb: auxiliaries and hedging adverbs. */
const BETWEEN = new Set(
  'had has have was were is are been be did does do will would may might must could should also then later reportedly allegedly apparently already recently eventually narrowly easily'.split(
    ' ',
  ),
);

/** Particles a phrasal verb carries ("take on", "step down"). */
const PARTICLES = new Set('on off up down out over in back away into about'.split(' '));

/** A subject set off from its verb: "<name> of Kell", "<name>, the former mayor,". */
const SUBJECT_GAP = /^(?:\s*|\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}|,\s[^,;:()]{2,80},\s*)$/u;

/** A past participle after "who was/were ...": "who was elected governor?" asks for the passive's subject. */
const PASSIVE_QUESTION =
  /^\s*who\s+(?:was|were|is|are|has been|have been|had been)\s+(\p{Ll}+(?:ed|en|wn|ld|lt|nt|ght))\b/iu;

const TOKEN = /[\p{L}\p{N}'’-]+/gu;

function tokensOf(text: string): Span[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Every mention of a person the article names in the sentence, longest first where they overlap. */
export function personMentions(parsed: ParsedArticle, sentence: string): Span[] {
  const found: Span[] = [];
  for (const person of parsed.people) {
    for (const name of namesOf(person)) {
      for (const at of namePositions(sentence, name)) {
        // "anti-Tarn", "pro-Brook": a name inside a hyphenated word modifies the word after it.
        if (sentence[at - 1] === '-') continue;
        found.push({ start: at, end: at + name.length, text: name });
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Span[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** The question's words other than its names and verb: what follows the verb at the right use. */
function restLemmas(q: ParsedQuestion, verb: string): Set<string> {
  return new Set(q.focus.filter((f) => !f.name && f.lemma !== verb).map((f) => f.lemma));
}

/** The subject of the question's verb at its best-matching use in the sentence. */
function subjectOf(
  parsed: ParsedArticle,
  sentence: string,
  verb: string,
  passive: boolean,
  rest: ReadonlySet<string>,
): { span: Span; overlap: number } | null {
  const tokens = tokensOf(sentence);
  const people = personMentions(parsed, sentence);
  let best: { span: Span; overlap: number } | null = null;
  let uses = 0;
  tokens.forEach((t, i) => {
    if (lemma(t.text) !== verb) return;
    if (passive && !/^(?:was|were|is|are|been|be)$/i.test(tokens[i - 1]?.text ?? '')) return;
    uses++;
    let j = i - 1;
    while (j >= 0 && BETWEEN.has(tokens[j]!.text.toLowerCase())) j--;
    const verbStart = tokens[j + 1]!.start;
    const subject = people.filter(
      (p) => p.end <= verbStart && SUBJECT_GAP.test(sentence.slice(p.end, verbStart)),
    );
    const span = subject[subject.length - 1];
    if (!span) return;
    const overlap = tokens.slice(i + 1, i + 9).filter((w) => rest.has(lemma(w.text))).length;
    if (!best || overlap > best.overlap) best = { span, overlap };
  });
  if (!best) return null;
  const chosen: { span: Span; overlap: number } = best;
  // Only where the words after the verb say this use is the one asked about: with a single use
  // and nothing else to go on, the learned scorer's reading stands.
  return chosen.overlap > 0 || (rest.size === 0 && uses === 1) ? chosen : null;
}

/** The person right after the question's verb (and particle), at a use after the question's name. */
function objectOf(
  parsed: ParsedArticle,
  sentence: string,
  asked: { verb: string; particles: string[]; subject: string },
): Span | null {
  const tokens = tokensOf(sentence);
  const people = personMentions(parsed, sentence);
  const subjectWords = asked.subject.split(/\s+/);
  const surname = subjectWords[subjectWords.length - 1]!;
  for (const [i, t] of tokens.entries()) {
    if (lemma(t.text) !== asked.verb) continue;
    const before = sentence.slice(0, t.start);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    if (!clause.includes(surname)) continue;
    let k = i + 1;
    while (k < tokens.length && asked.particles.includes(tokens[k]!.text.toLowerCase())) k++;
    const next = tokens[k];
    if (!next) continue;
    const object = people.find((p) => p.start === next.start && !p.text.includes(surname));
    if (object) return object;
  }
  return null;
}

/** "Who did Ada Brook take on?": the verb after the name, its particles and the name. */
function objectQuestion(q: ParsedQuestion): { verb: string; particles: string[]; subject: string } | null {
  const subject = q.names[q.names.length - 1];
  if (!subject || !/^\s*(?:who|whom)\s+(?:did|does|do|will|would|has|have|had)\s/i.test(q.text)) return null;
  const after = q.text.slice(q.text.indexOf(subject) + subject.length);
  const m = /^\s+(\p{Ll}[\p{L}-]*)((?:\s+\p{Ll}+)*)/u.exec(after);
  if (!m?.[1]) return null;
  const particles = (m[2] ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => PARTICLES.has(w));
  return { verb: lemma(m[1]), particles, subject };
}

/**
 * The doer or the done-to a "who" question asks for, read by word order in the best covered
 * sentences; null when the question has no verb to go by or the sentence doesn't say.
 */
export function doerByWordOrder(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): Doer | null {
  // Only "who" asks for a person by the verb: "which super PAC ..." names a kind, whose word the
  // question reader may take for the verb.
  if (!/^\s*(?:who|whom)\b/i.test(q.text)) return null;
  const passive = PASSIVE_QUESTION.exec(q.text);
  const verb = q.subjectAsked && !passive ? q.verb : passive?.[1] ? lemma(passive[1]) : null;
  const object = verb ? null : objectQuestion(q);
  if (!verb && !object) return null;
  let best: (Doer & { overlap: number }) | null = null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    if (!verb) {
      const span = objectOf(parsed, sentence, object!);
      if (span) return { text: span.text, sentence: r.index, coverage: r.coverage };
      continue;
    }
    const found = subjectOf(parsed, sentence, verb, Boolean(passive), restLemmas(q, verb));
    if (found && (!best || found.overlap > best.overlap))
      best = { text: found.span.text, sentence: r.index, coverage: r.coverage, overlap: found.overlap };
  }
  return best && { text: best.text, sentence: best.sentence, coverage: best.coverage };
}
