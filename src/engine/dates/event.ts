import { lowerCase } from '../lexicon/lower-case.js';
import { isSpaceUnit } from '../text/tokens.js';
import { CONTEXT_CHARS, clauseIndexAt, nearPart, type Span } from './clause.js';

/**
 * "What happened then" for a temporal expression: the clause it sits in, with the expression
 * removed, boiled down to subject + verb + object head words ("sources told Axios and Walla").
 * When the date hangs off a noun phrase after "after"/"before"/"since" ("after the strikes in
 * Israel last month"), that noun phrase is the event.
 */

const MAX_WORDS = 8;

const AUXILIARIES = new Set([
  'is',
  'was',
  'were',
  'are',
  'am',
  'be',
  'been',
  'being',
  'will',
  'would',
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
]);
const COPULAS = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been']);
const IRREGULAR_VERBS = new Set(
  'said|says|say|told|tells|met|meets|held|holds|took|takes|made|makes|gave|gives|went|goes|came|comes|saw|found|left|began|begins|spent|sold|bought|won|lost|fell|rose|paid|kept|brought|thought|became|got|led|ran|struck|wrote|spoke|broke|chose|flew|grew|knew|stood|sent|built|felt|heard|sought|fought|threw|shot|hit|cut|put|set|announced|announces|plans|agreed|signed|killed'.split(
    '|',
  ),
);
const PRONOUNS = new Set([
  'it',
  'this',
  'that',
  'there',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'these',
  'those',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const PREPOSITIONS = new Set([
  'of',
  'from',
  'with',
  'in',
  'at',
  'for',
  'on',
  'by',
  'to',
  'into',
  'over',
  'under',
  'about',
  'between',
  'during',
  'since',
  'after',
  'before',
  'amid',
  'against',
  'through',
  'across',
  'near',
  'as',
]);
const NOUN_PHRASE_OPENERS = new Set(['after', 'before', 'following', 'since', 'during', 'amid', 'until']);
const FILLER = new Set([
  'also',
  'reportedly',
  'officially',
  'again',
  'still',
  'already',
  'then',
  'however',
  'nearly',
  'just',
]);
const LEADING_JUNK = new Set([
  'and',
  'but',
  'or',
  'so',
  'that',
  'which',
  'who',
  'when',
  'as',
  'with',
  'while',
  'then',
]);

/** ASCII letters, digits and "_": the regex class \w. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The whitespace-separated words of a text with leading marks (other than currency signs) and
 * trailing marks (other than "%") stripped, fillers dropped: as
 * `split(/\s+/).map((w) => w.replace(/^[^\w$£€]+|[^\w%]+$/g, ''))` reads them, in one scan.
 */
function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceUnit(text.charCodeAt(i))) i++;
    let end = i;
    while (end < n && !isSpaceUnit(text.charCodeAt(end))) end++;
    let start = i;
    i = end;
    while (start < end) {
      const c = text.charCodeAt(start);
      if (isWordChar(c) || c === 0x24 || c === 0xa3 || c === 0x20ac) break;
      start++;
    }
    while (end > start) {
      const c = text.charCodeAt(end - 1);
      if (isWordChar(c) || c === 0x25) break;
      end--;
    }
    if (end === start) continue;
    const w = text.slice(start, end);
    if (!FILLER.has(lowerCase(w))) out.push(w);
  }
  return out;
}

function isVerb(word: string): boolean {
  const w = lowerCase(word);
  if (word !== w && !AUXILIARIES.has(w)) return false;
  return AUXILIARIES.has(w) || IRREGULAR_VERBS.has(w) || /^[a-z]{3,}ed$/.test(word);
}

/** Words that extend a verb group: "is not undertaking", "has been held". */
function continuesVerbGroup(word: string): boolean {
  return isVerb(word) || /^(?:not|never|n't)$/i.test(word) || /^[a-z]{3,}(?:ing|en)$/.test(word);
}

function dropLeading(ws: string[], set: Set<string>): string[] {
  let i = 0;
  while (i < ws.length && set.has(lowerCase(ws[i] ?? ''))) i++;
  return ws.slice(i);
}

function trimTail(ws: string[]): string[] {
  const out = ws.slice(0, MAX_WORDS);
  while (out.length > 1) {
    const last = lowerCase(out[out.length - 1] ?? '');
    if (!PREPOSITIONS.has(last) && !DETERMINERS.has(last) && !LEADING_JUNK.has(last)) break;
    out.pop();
  }
  return out;
}

/** The subject's head words: the phrase before any prepositional tail, proper names kept whole. */
function subjectHead(ws: string[]): string[] {
  const cut = ws.findIndex((w, i) => i > 0 && PREPOSITIONS.has(lowerCase(w)));
  let head = cut > 0 ? ws.slice(0, cut) : ws;
  const last = head[head.length - 1] ?? '';
  if (/^[A-Z]/.test(last)) {
    let from = head.length - 1;
    while (from > 0 && /^[A-Z]/.test(head[from - 1] ?? '') && head.length - from < 2) from--;
    head = head.slice(from);
  } else {
    head = head.slice(-3);
  }
  return dropLeading(head, DETERMINERS);
}

function fromWords(before: string[], after: string[]): string {
  // The date hangs off a noun phrase: "after the Iranian strikes in Israel [last month]".
  for (let i = before.length - 1; i >= 0 && before.length - i <= MAX_WORDS; i--) {
    const w = before[i] ?? '';
    if (isVerb(w)) break;
    if (NOUN_PHRASE_OPENERS.has(lowerCase(w)) && i < before.length - 1) {
      return trimTail(dropLeading(before.slice(i + 1), DETERMINERS)).join(' ');
    }
  }
  const clause = dropLeading([...before, ...after], LEADING_JUNK);
  const v = clause.findIndex(isVerb);
  if (v < 0) return trimTail(dropLeading(clause, DETERMINERS)).join(' ');
  const subject = subjectHead(clause.slice(0, v));
  let end = v + 1;
  while (end < clause.length && continuesVerbGroup(clause[end] ?? '')) end++;
  const verbs = clause.slice(v, end);
  const copulaOnly = verbs.every((w) => COPULAS.has(lowerCase(w)));
  const pronounSubject = subject.length === 1 && PRONOUNS.has(lowerCase(subject[0] ?? ''));
  const head = copulaOnly && (pronounSubject || subject.length === 0) ? [] : [...subject, ...verbs];
  const rest = clause.slice(end);
  const dateAt = clause.length - after.length;
  // Keep the object up to the date when that fits ("told reporters in a briefing [on Monday]"),
  // else stop at its first prepositional phrase.
  const upToDate = rest.slice(0, Math.max(0, dateAt - end));
  let object = rest;
  if (upToDate.length > 0 && head.length + upToDate.length <= MAX_WORDS) object = upToDate;
  else {
    const p = rest.findIndex((w, i) => i > 0 && PREPOSITIONS.has(lowerCase(w)) && lowerCase(w) !== 'of');
    if (p > 0) object = rest.slice(0, p);
  }
  return trimTail([...head, ...dropLeading(object, DETERMINERS)]).join(' ');
}

export function eventFor(sentence: string, clauses: Span[], span: Span): string {
  // Clause breaks inside the expression ("April 15, 2024") don't split it: take the clauses it spans.
  const first = clauseIndexAt(clauses, span.start);
  const last = Math.max(first, clauseIndexAt(clauses, span.end - 1));
  // Only the part of the clause near the date is read, so a run-on clause listing hundreds of dates
  // costs each of them a bounded window, not the whole clause.
  const own = nearPart(
    { start: clauses[first]?.start ?? 0, end: clauses[last]?.end ?? sentence.length },
    span,
  );
  const ownStart = own.start;
  const ownEnd = own.end;
  const before = words(sentence.slice(ownStart, span.start));
  const after = words(sentence.slice(span.end, ownEnd));
  if ([...before, ...after].some(isVerb)) return fromWords(before, after);
  // A clause with no verb of its own ("On Monday, the minister ..." or "..., in Tehran, April 15")
  // borrows the nearest clause that has one, the following clause first; else the sentence's first.
  const order = [last + 1, first - 1, first - 2, first - 3, last + 2];
  for (const j of order) {
    const whole = clauses[j];
    if (!whole) continue;
    const c = nearPart(whole, span);
    const borrowed = words(sentence.slice(c.start, c.end));
    if (borrowed.some(isVerb))
      return j > last
        ? fromWords(before, [...after, ...borrowed])
        : fromWords([...borrowed, ...before], after);
  }
  if (before.length + after.length >= 2 || first === 0) return fromWords(before, after);
  const opening = clauses[0];
  return opening
    ? fromWords(
        words(sentence.slice(opening.start, Math.min(opening.end, opening.start + 2 * CONTEXT_CHARS))),
        [],
      )
    : fromWords(before, after);
}
