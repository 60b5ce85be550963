import type { NamedEntity, ParsedArticle, Person } from '../engine/schema.js';
import { formatDateValue, isSelfExplanatory } from './dates.js';
import { followsLocative, namesOf } from './facts.js';
import { lemma, synonymsOf } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { findName, isStopWord, joinNames, words } from './text.js';

/**
 * Reading an answer of the expected type out of one evidence sentence: the agent of a passive
 * verb, the subject of the question's verb, the people, organisations or places named, the date
 * mention (absolute value plus the article's wording), a counted number, a reason clause.
 */

export interface Extracted {
  text: string;
  /** How well the span fits the question type: 1 the exact kind, less for a fallback kind. */
  fit: number;
}

/** Words that end a noun phrase read after "by" or before a verb. */
const PHRASE_BOUNDARY = new Set(
  (
    'with in on at for after before during to from who whom which that as while when since because amid over ' +
    'under last this next into about against between through without than said says told according'
  ).split(' '),
);
const DETERMINERS = new Set('the a an its their his her our this that these those'.split(' '));
const AUXILIARY =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|also|reportedly|allegedly|not|\p{L}+ly)$/u;

/** Roots the question's verb and focus words stand for, synonyms included. */
function focusRoots(q: ParsedQuestion): Set<string> {
  const roots = new Set<string>();
  for (const f of q.focus) {
    if (f.name) continue;
    roots.add(f.lemma);
    for (const s of synonymsOf(f.lemma)) roots.add(s);
  }
  return roots;
}

function verbRoots(q: ParsedQuestion): Set<string> {
  if (!q.verb) return focusRoots(q);
  return new Set([q.verb, ...synonymsOf(q.verb)]);
}

/** True when the span is (part of) a name the question itself mentions: that is not the answer. */
function askedAbout(q: ParsedQuestion, name: string): boolean {
  const lower = name.toLowerCase();
  return q.names.some((a) => {
    const asked = a.toLowerCase();
    return asked.includes(lower) || lower.includes(asked);
  });
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isWord = (t: Token | undefined) => Boolean(t && /^[\p{L}\p{N}]/u.test(t.text));
const isCapitalised = (t: Token | undefined) => Boolean(t && /^\p{Lu}/u.test(t.text));

/**
 * A noun phrase starting at token `from`: up to 8 words, ending at punctuation or a clause word.
 * A leading determiner is kept ("the regional labour commission"): the phrase reads as the
 * article wrote it, and it still contains the bare noun phrase.
 */
function phraseAfter(toks: Token[], from: number): string | null {
  const taken: Token[] = [];
  let determiner: Token | null = null;
  for (let i = from; i < toks.length && taken.length < 8; i++) {
    const t = toks[i]!;
    if (!isWord(t)) break;
    const lower = t.text.toLowerCase();
    if (taken.length === 0 && determiner === null && DETERMINERS.has(lower)) {
      determiner = t;
      continue;
    }
    if (lower === 'and' || lower === 'or') {
      // "by Omani and Qatari officials" goes on; "by police and then..." stops.
      if (!isCapitalised(toks[i + 1])) break;
      taken.push(t);
      continue;
    }
    if (PHRASE_BOUNDARY.has(lower) && !isCapitalised(t)) break;
    taken.push(t);
  }
  while (taken.length > 0 && /^(?:and|or)$/i.test(taken[taken.length - 1]!.text)) taken.pop();
  if (taken.length === 0) return null;
  return (determiner ? [determiner, ...taken] : taken).map((t) => t.text).join(' ');
}

/** "The talks were mediated by Omani officials" → "Omani officials" for "who mediated the talks?". */
function agentAfterBy(sentence: string, q: ParsedQuestion): string | null {
  const roots = verbRoots(q);
  const toks = tokens(sentence);
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.text.toLowerCase() !== 'by') continue;
    const verb = toks[i - 1];
    if (!verb || !roots.has(lemma(verb.text))) continue;
    const agent = phraseAfter(toks, i + 1);
    if (agent && !askedAbout(q, agent)) return agent;
  }
  return null;
}

/** Entities named in the sentence, in the order they appear, with where each starts and ends. */
function placed<T extends { name: string; aliases: string[] }>(
  sentence: string,
  entities: readonly T[],
): Array<{ entity: T; start: number; end: number }> {
  const found: Array<{ entity: T; start: number; end: number }> = [];
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      const at = findName(sentence, name);
      if (at >= 0) {
        found.push({ entity, start: at, end: at + name.length });
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The subject of the question's verb: "Omani officials mediated the talks" → "Omani officials".
 * A named person or organisation ending just before the verb wins; else the noun phrase there.
 */
function subjectOfVerb(sentence: string, q: ParsedQuestion, parsed: ParsedArticle): string | null {
  if (!q.verb) return null;
  const roots = verbRoots(q);
  const toks = tokens(sentence);
  const at = toks.findIndex(
    (t, i) => i > 0 && roots.has(lemma(t.text)) && toks[i + 1]?.text.toLowerCase() !== 'by',
  );
  if (at < 0) return null;
  let end = at - 1;
  while (end >= 0 && AUXILIARY.test(toks[end]!.text)) end--;
  const endToken = toks[end];
  if (!endToken || !isWord(endToken)) return null;
  const named = placed(sentence, [...parsed.people, ...parsed.organizations]).filter(
    (e) => e.end === endToken.end && !askedAbout(q, e.entity.name),
  );
  if (named[0]) return named[0].entity.name;
  const taken: Token[] = [];
  for (let i = end; i >= 0 && taken.length < 5; i--) {
    const t = toks[i]!;
    const lower = t.text.toLowerCase();
    if (!isWord(t) || PHRASE_BOUNDARY.has(lower) || lower === 'and' || DETERMINERS.has(lower)) break;
    taken.unshift(t);
  }
  const phrase = taken.map((t) => t.text).join(' ');
  if (!phrase || taken.every((t) => isStopWord(t.text)) || askedAbout(q, phrase)) return null;
  return phrase;
}

function namesIn<T extends { name: string; aliases: string[] }>(
  sentence: string,
  entities: readonly T[],
  q: ParsedQuestion,
): string | null {
  const names = placed(sentence, entities)
    .map((e) => e.entity.name)
    .filter((n) => !askedAbout(q, n));
  return names.length > 0 ? joinNames([...new Set(names)]) : null;
}

/** The place after a locative preposition ("in Oman") first, else the first place named. */
function placeIn(sentence: string, parsed: ParsedArticle, q: ParsedQuestion): string | null {
  const places = placed(sentence, parsed.places).filter((p) => !askedAbout(q, p.entity.name));
  const located = places.find((p) => followsLocative(sentence, p.start));
  const chosen = located ?? places[0];
  if (chosen) return chosen.entity.name;
  const fallback = /\b(?:in|at)\s+((?:\p{Lu}[\p{L}'’-]*\s?)+)/u.exec(sentence);
  const written = fallback?.[1]?.trim();
  return written && !askedAbout(q, written) ? written : null;
}

/**
 * The date mention in the sentence whose event best matches the question, as "January 2024
 * (since January; 2024-01)": the absolute date first, then the article's own wording and the ISO
 * value, so people and scripts both read it unambiguously.
 */
function dateIn(parsed: ParsedArticle, index: number, q: ParsedQuestion): string | null {
  const roots = focusRoots(q);
  const mentions = parsed.dates
    .filter((d) => d.sentence === index && !d.caption)
    .map((d) => ({ d, overlap: words(d.event).filter((w) => roots.has(lemma(w))).length }))
    .sort((a, b) => b.overlap - a.overlap);
  const best = mentions[0]?.d;
  if (best) {
    const formatted = formatDateValue(best.value, best.granularity);
    if (!formatted || !best.value) return best.text;
    const notes = isSelfExplanatory(best) ? [] : [best.text];
    if (!formatted.label.includes(best.value) && !best.text.includes(best.value)) notes.push(best.value);
    return notes.length > 0 ? `${formatted.label} (${notes.join('; ')})` : formatted.label;
  }
  const sentence = parsed.sentences[index] ?? '';
  const written =
    /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:in|since|by|until)\s+\d{4})\b/.exec(
      sentence,
    );
  return written?.[0].trim() ?? null;
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores|hundreds|thousands|millions|billions|several|a few|a dozen|a hundred|a thousand';
const NUMBER = new RegExp(
  `(?:[$€£¥]\\s?)?\\b(?:\\d[\\d,.]*|(?:${NUMBER_WORDS}))(?:[\\s-](?:${NUMBER_WORDS}|million|billion|trillion|thousand|hundred|percent|per cent))*%?`,
  'giu',
);

/**
 * A number with what it counts: "how many officials" against "two Biden administration
 * officials" gives "two Biden administration officials"; else the first number and its noun.
 */
function numberIn(sentence: string, q: ParsedQuestion): string | null {
  const found = [...sentence.matchAll(NUMBER)].filter((m) => !/^\d{4}$/.test(m[0].trim()) || q.unit === null);
  if (found.length === 0) return null;
  for (const m of found) {
    const after = words(sentence.slice(m.index + m[0].length)).slice(0, 5);
    const unitAt = q.unit ? after.findIndex((w) => lemma(w) === q.unit) : -1;
    if (unitAt >= 0) return `${m[0].trim()} ${after.slice(0, unitAt + 1).join(' ')}`;
  }
  const first = found.find((m) => !/^\d{4}$/.test(m[0].trim())) ?? found[0]!;
  const noun = /^\s*([\p{L}-]+)/u.exec(sentence.slice(first.index + first[0].length))?.[1];
  return noun && !isStopWord(noun) ? `${first[0].trim()} ${noun}` : first[0].trim();
}

/** Verbs after which "to" starts a complement ("wants to", "is set to"), not a purpose. */
const NOT_PURPOSE =
  /\b(?:like|likes|liked|love|loves|loved|prefer|prefers|preferred|hate|hates|want|wants|wanted|plan|plans|planned|try|tries|tried|trying|going|able|unable|likely|expected|set|due|according|agreed?|decided?|refused?|continues?|continued|need|needs|needed|used|seems?|appears?|ahead|next|close|up|similar|compared|returned?|go|goes|went|came|come|turned?|led|moved?|talk|talked|spoke|said|told|wrote|sent|gave|access|tends?|hopes?|hoped|seeks?|sought|began|begin|started?|failed|managed|chose|voted|promised|pledged|vowed|threatened|asked|urged|allowed|forced|has|have|had|is|are|was|were|be|ought|order)\s+$/i;

/** "why" evidence: because/due to clauses first, then purpose ("to de-escalate"), then "after" clauses. */
function reasonIn(sentence: string): Extracted | null {
  const clause = (from: number) => {
    const rest = sentence.slice(from).replace(/[.!?"”]+$/, '');
    const cut =
      /[;—]|,\s+(?:\p{Ll}+\s+)?(?:said|says|told|added|according)\b|,\s+(?:the\s+)?(?:reports?|officials?|sources?)\s+\p{Ll}+\b/u.exec(
        rest,
      );
    return (cut ? rest.slice(0, cut.index) : rest).trim();
  };
  const explicit =
    /\b(?:because(?: of)?|due to|owing to|as a result of|in order to|so that|so as to|in response to|in retaliation for|in an effort to|in a bid to|aimed at|the reason (?:is|was) that)\b/i.exec(
      sentence,
    );
  if (explicit) return { text: clause(explicit.index), fit: 1 };
  for (const m of sentence.matchAll(
    /\bto\s+(?!the\b|a\b|an\b|be\b|his\b|her\b|their\b|its\b|this\b|that\b|these\b|those\b|them\b|him\b|us\b|me\b|date\b)(\p{Ll}[\p{L}-]*)/gu,
  )) {
    if (NOT_PURPOSE.test(sentence.slice(0, m.index))) continue;
    if (/(?:ing|s)$/.test(m[1] ?? '') && !/(?:ss)$/.test(m[1] ?? '')) continue;
    return { text: clause(m.index), fit: 0.8 };
  }
  const after = /\b(?:after|following|amid|over fears? (?:of|that)|in the wake of)\b/i.exec(sentence);
  if (after) return { text: clause(after.index), fit: 0.6 };
  return null;
}

/** The first extractor that finds something, with the fit its position in the list earns. */
function firstOf(...found: Array<[string | null, number]>): Extracted | null {
  for (const [text, fit] of found) if (text) return { text, fit };
  return null;
}

export function extractAnswer(parsed: ParsedArticle, index: number, q: ParsedQuestion): Extracted | null {
  const sentence = parsed.sentences[index] ?? '';
  const found = extractFrom(sentence, parsed, index, q);
  // A name in a sentence without the question's verb is not known to be the one who did it.
  if (found && (q.type === 'person' || q.type === 'organisation') && !hasVerb(sentence, q)) {
    return { text: found.text, fit: found.fit * VERB_MISSING };
  }
  return found;
}

/** What a who/which answer is worth when its sentence lacks the question's verb: below the bar. */
const VERB_MISSING = 0.25;

function hasVerb(sentence: string, q: ParsedQuestion): boolean {
  if (!q.verb) return true;
  const roots = verbRoots(q);
  return words(sentence).some((w) => roots.has(lemma(w)));
}

function extractFrom(
  sentence: string,
  parsed: ParsedArticle,
  index: number,
  q: ParsedQuestion,
): Extracted | null {
  switch (q.type) {
    case 'person':
      return firstOf(
        [agentAfterBy(sentence, q), 1],
        [subjectOfVerb(sentence, q, parsed), 0.9],
        [namesIn(sentence, parsed.people, q), 1],
        [namesIn(sentence, parsed.organizations, q), 0.4],
      );
    case 'organisation':
      return firstOf(
        [agentAfterBy(sentence, q), 1],
        [namesIn(sentence, parsed.organizations, q), 1],
        [subjectOfVerb(sentence, q, parsed), 0.6],
        // The engine sometimes files a company under people; a name is still better than none.
        [namesIn(sentence, parsed.people, q), 0.5],
      );
    case 'place':
      return firstOf([placeIn(sentence, parsed, q), 1]);
    case 'date':
      return firstOf([dateIn(parsed, index, q), 1]);
    case 'number':
      return firstOf([numberIn(sentence, q), 1]);
    case 'reason':
      return reasonIn(sentence);
    case 'quote':
      return firstOf([/["“]/.test(sentence) ? sentence : null, 0.6]);
    case 'description':
      return { text: sentence, fit: 0.5 };
  }
}

/** "who is Abram Paley?": the person's role as the article gives it, with the sentence that says so. */
export function identityAnswer(
  parsed: ParsedArticle,
  person: Person | null,
  entity: NamedEntity | null,
): { text: string; sentence: number } | null {
  if (person) {
    const role = person.roles[0];
    const names = namesOf(person);
    const mentioning = parsed.sentences.findIndex((s) => names.some((n) => findName(s, n) >= 0));
    if (!role) return null;
    const withRole = parsed.sentences.findIndex(
      (s) => s.includes(role) && names.some((n) => findName(s, n) >= 0),
    );
    const sentence = withRole >= 0 ? withRole : Math.max(0, mentioning);
    return { text: `${person.name}: ${role}`, sentence };
  }
  if (entity) {
    const names = namesOf(entity);
    const sentence = parsed.sentences.findIndex((s) => names.some((n) => findName(s, n) >= 0));
    if (sentence < 0) return null;
    return { text: parsed.sentences[sentence] ?? '', sentence };
  }
  return null;
}
