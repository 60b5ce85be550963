import type { ParsedArticle } from '../engine/schema.js';
import { type Candidate, sentenceCandidates } from './candidates.js';
import { formatDateValue, isSelfExplanatory } from './dates.js';
import { lemma } from './lexicon.js';
import type { Gathered, Picked } from './pick.js';
import type { ParsedQuestion } from './question.js';
import { type Token, tagSentence } from './tags.js';
import { words } from './text.js';
import { isCalendarDate, withHourAfter } from './date-object.js';

/**
 * The answer as people read it: the candidate as the article wrote it, and for a date whose
 * wording leaves the day open ("on Thursday", "last month") the resolved date beside it:
 * "on Thursday (Thu 14 Mar 2024)".
 */
export function phraseOf(candidate: Candidate, parsed: ParsedArticle): string {
  const text = candidate.text.replace(/[,;:]+$/, '').trim();
  if (candidate.kind !== 'date' || candidate.dateIndex === null) return text;
  const mention = parsed.dates[candidate.dateIndex];
  if (!mention || isSelfExplanatory(mention)) return text;
  const formatted = formatDateValue(mention.value, mention.granularity);
  if (!formatted) return text;
  // "March 2024" beside "in March 2024" adds nothing.
  const written = new Set(words(text.toLowerCase()));
  if (words(formatted.label.toLowerCase()).every((w) => written.has(w))) return text;
  return `${text} (${formatted.label})`;
}

/** Word classes of titles and descriptions written before a name ("Australian singer and judge"). */
const TITLE_RUN = new Set(['adj', 'noun', 'name', 'det', 'num']);
/** Longest run of titles before a name, in tokens. */
const MAX_TITLE_RUN = 10;

/**
 * "hosted by local chef and television judge Ada Brook": descriptions before a name are titles of
 * that person, one noun phrase with the name as its head. A description picked for "who" that runs
 * on, through such words and "and", into a person's name is answered with the name.
 */
function describedName(candidate: Candidate, parsed: ParsedArticle, sentenceIndex: number): Candidate | null {
  const { tokens, candidates } = sentenceCandidates(parsed, sentenceIndex, { reason: false });
  // A phrase headed by a name already names someone ("Australian Ada Brook").
  if (tokens[candidate.last]?.cls === 'name') return null;
  const people = candidates.filter((c) => c.kind === 'person');
  for (let i = candidate.last + 1; i <= candidate.last + MAX_TITLE_RUN && i < tokens.length; i++) {
    const person = people.find((p) => p.first === i);
    if (person) return person;
    const t = tokens[i]!;
    // A title the word list calls a verb ("judge", "host") still stands right before the name.
    const titleBeforeName = t.cls === 'verb' && tokens[i + 1]?.cls === 'name';
    if (!TITLE_RUN.has(t.cls) && !titleBeforeName && t.text.toLowerCase() !== 'and') return null;
  }
  return null;
}

/** "Who is the ...?", "who was ...": a copula in the singular asks for one person. */
const SINGULAR_COPULA = /^\s*(?:who|which\s+\p{L}+)\s+(?:is|was|'s|’s)\b/iu;

/** A time clause's opening up to its subject: "when the", "until", "after their". */
const CLAUSE_OPENING =
  /\b(?:when|until|till|once|after|before)\s+(?:(?:the|a|an|this|that|his|her|its|their|our)\s+)?$/i;
/** Where a clause ends: a mark, or a conjunction opening the next one. */
const CLAUSE_END = /[,;:.!?()—–]|\s(?:and|but|so|while|prompting|leaving)\s/;
/** Longest time clause taken, in characters. */
const MAX_CLAUSE = 90;

/**
 * "She will step down when her term comes to an end": a time phrase that opens a "when",
 * "until", "after" or "before" clause as its subject is not the time itself; the clause is. The
 * span from the conjunction to the clause's end, or null when the phrase opens no such clause.
 */
function timeClause(sentence: string, start: number): [number, number] | null {
  const opening = CLAUSE_OPENING.exec(sentence.slice(Math.max(0, start - 30), start));
  if (!opening) return null;
  const from = start - opening[0].length;
  const rest = sentence.slice(start, start + MAX_CLAUSE);
  const stop = CLAUSE_END.exec(rest);
  if (!stop) return null;
  return [from, start + stop.index];
}

/** What may stand between two time expressions written as one: "Sunday around 4pm", "Friday, at noon". */
const DATE_JOINER = /^\s*(?:,\s*)?(?:at|around|about|from|on|in the)?\s*$/i;
/** Longest "of" complement taken with an asked noun, in tokens ("charges of making a false statement"). */
const MAX_COMPLEMENT = 6;

/**
 * The picked phrase made whole for the question, from the words around it in its sentence:
 * - "who" is number-neutral in English: a person the sentence names as one of several joined as
 *   written ("Ann Lowe and Ben Carr met the envoys") answers with all of them, unless a singular
 *   copula asks for one ("who is the ...?");
 * - a day and a time written side by side are one answer to "when" ("on Sunday around 4pm",
 *   not "3pm" alone): news gives the day and the hour of an event together; a time phrase that
 *   is the subject of a "when/until/after" clause answers with the clause ("when the season ends");
 * - "what charges ...?" asks for a phrase headed by "charges": a modifier the scorer picked
 *   ("two felony") takes the asked noun after it and its "of" complement ("two felony charges of
 *   making a false statement"), since the modifiers alone don't name the thing asked for.
 */
export function completePhrase(
  candidate: Candidate,
  parsed: ParsedArticle,
  sentenceIndex: number,
  q: Pick<ParsedQuestion, 'type' | 'askedNoun' | 'text'>,
): Candidate {
  const sentence = parsed.sentences[sentenceIndex] ?? '';
  if (candidate.kind === 'person' && q.type === 'person' && !SINGULAR_COPULA.test(q.text)) {
    const { candidates } = sentenceCandidates(parsed, sentenceIndex, { reason: false });
    const together = candidates.find(
      (c) => c.kind === 'people' && c.cue === null && c.start <= candidate.start && c.end >= candidate.end,
    );
    return together ?? candidate;
  }
  if (candidate.kind === 'phrase' && q.type === 'person') {
    return describedName(candidate, parsed, sentenceIndex) ?? candidate;
  }
  if (candidate.kind === 'date' && q.type === 'date') {
    const { candidates } = sentenceCandidates(parsed, sentenceIndex, { reason: false });
    const dates = candidates.filter((c) => c.kind === 'date');
    let { start, end } = candidate;
    const next = dates
      .filter((d) => d.start >= end && DATE_JOINER.test(sentence.slice(end, d.start)))
      .sort((a, b) => b.end - a.end)[0];
    if (next) end = next.end;
    const before = dates
      .filter((d) => d.end <= start && DATE_JOINER.test(sentence.slice(d.end, start)))
      .sort((a, b) => a.start - b.start)[0];
    if (before) start = before.start;
    const clause = timeClause(sentence, start);
    // A written date after "until" is a preposition's object, not a clause's subject (date-object.ts).
    if (clause)
      [start, end] = isCalendarDate(sentence.slice(start, end))
        ? withHourAfter(sentence, start, end)
        : clause;
    if (start === candidate.start && end === candidate.end) return candidate;
    // The resolved value shown beside the answer is the picked mention's; a joined span keeps none.
    return { ...candidate, start, end, text: sentence.slice(start, end), dateIndex: null };
  }
  const asked = q.askedNoun ? lemma(q.askedNoun) : null;
  if (!asked || (candidate.kind !== 'phrase' && candidate.kind !== 'name')) return candidate;
  const tokens = tagSentence(sentence);
  const last = tokens.findIndex((t) => t.end >= candidate.end);
  const head = tokens[last + 1];
  if (last < 0 || !head || lemma(head.text) !== asked) return candidate;
  let end = last + 1;
  // "charges of making a false statement": the complement names which ones.
  if (tokens[end + 1]?.text.toLowerCase() === 'of') {
    let j = end + 2;
    while (j < tokens.length && j - end <= MAX_COMPLEMENT && inComplement(tokens[j]!)) j++;
    if (j > end + 2) end = j - 1;
  }
  const endAt = tokens[end]!.end;
  return { ...candidate, end: endAt, last: end, text: sentence.slice(candidate.start, endAt) };
}

/** Word classes of an "of" complement: "of making a false statement", "of careless driving", "of the club's shares". */
const COMPLEMENT = new Set(['det', 'adj', 'noun', 'name', 'num']);

/**
 * A word of the complement: a nominal word, or a verb form other than a past participle, since
 * a gerund and its object name the charge or the kind ("of causing harm"); a past participle
 * starts a clause about it ("charges of fraud filed last week").
 */
function inComplement(t: Token): boolean {
  return COMPLEMENT.has(t.cls) || (t.cls === 'verb' && !/ed$/i.test(t.text));
}

/**
 * "how many weeks ...?" is answered by the number that counts weeks: when the scorer's pick in
 * a sentence counts something else ("the two sisters") and another number there counts the asked
 * thing ("six weeks later"), that one answers. A number counts what it is written with: the
 * words of its phrase or the word right after it.
 */
export function countingUnit(
  picked: Picked,
  gathered: readonly Gathered[],
  parsed: ParsedArticle,
  unit: string | null,
): Picked {
  if (!unit || picked.candidate.kind !== 'number') return picked;
  const sentence = parsed.sentences[picked.sentence] ?? '';
  const counts = (c: Candidate) => {
    if (words(c.text).some((w) => lemma(w) === unit)) return true;
    const next = /^[\s-]*(\p{L}+)/u.exec(sentence.slice(c.end))?.[1];
    return next !== undefined && lemma(next) === unit;
  };
  if (counts(picked.candidate)) return picked;
  let best = -1;
  gathered.forEach((g, i) => {
    if (g.sentence !== picked.sentence || g.candidate.kind !== 'number' || !counts(g.candidate)) return;
    if (best < 0 || (picked.probabilities[i] ?? 0) > (picked.probabilities[best] ?? 0)) best = i;
  });
  const chosen = gathered[best];
  return chosen ? { ...picked, ...chosen } : picked;
}
