import type { ParsedArticle } from '../engine/schema.js';
import { namesOf } from './facts.js';
import { reasonClauses } from './reason.js';
import { amountStart } from './number-extent.js';
import { type Token, tagSentence } from './tags.js';
import { findName, joinNames } from './text.js';

/**
 * Candidate answer phrases in one evidence sentence: the engine's people, organisations, places
 * and dates found in it, numbers with what they count, noun phrases (and their names, their
 * heads without a determiner, "X of Y" pairs, their prepositional complements, lists and gerunds
 * with their objects), people joined as written ("A and B"), and for
 * "why" the reason and purpose clauses. The learned scorer (scorer.ts) picks among them.
 */

export type CandidateKind =
  | 'person'
  | 'people'
  | 'organisation'
  | 'place'
  | 'date'
  | 'number'
  | 'name'
  | 'phrase'
  | 'clause';

export interface Candidate {
  text: string;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  /** Token indexes (inclusive) in the sentence's tokens. */
  first: number;
  last: number;
  kind: CandidateKind;
  /** A phrase holding a name ("Dunmore's Riverside training ground"). */
  named: boolean;
  /** What found it, when more than one finder did: an entity of the parse, a noun phrase, or both. */
  entity: boolean;
  chunk: boolean;
  /** For a date: the engine's mention, so the answer can show its resolved value. */
  dateIndex: number | null;
  /** For a clause: how it is introduced ("because", "to", "after"). */
  cue: string | null;
}

/** Words that make a phrase a date when the engine found none there: years, months, weekdays. */
const DATE_WORDS =
  /^(?:\d{1,2}(?:[.:]\d{2})?(?:am|pm)|1[0-9]{3}|20[0-9]{2}|(?:1[0-9]{3}|20[0-9]{2})s|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** An amount of time counted back ("20,000 years ago") or a number of a year with its era ("300 BC", "9000 BP"). */
const TIME_BACK =
  /(?:\b(?:years?|decades?|centur(?:y|ies)|months?|weeks?|days?|millennia|millennium)\s+ago|\d\s+(?:BC|BCE|AD|CE|BP))$/;

/** Units of time that make the phrase they head a time ("the past year", "that afternoon"). */
const TIME_HEAD =
  /^(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|seasons?|hours?|minutes?|mornings?|afternoons?|evenings?|nights?|weekends?|fortnight)$/i;

/** Units that belong to the number before them: "8 per cent", "20 points", "£900 a year". */
const NUMBER_TAIL = /^\s*(?:per\s?cent|percent|a (?:year|month|week|day)|an hour|°\s?[CFK])\b/i;

/** Words that bound or round an amount written right after them: "over 300", "up to 30%", "nearly 2 million". */
const APPROXIMATE =
  /\b(?:(?:just|well)\s+)?(?:over|under|about|around|almost|nearly|roughly|approximately|some|up to|more than|less than|fewer than|at least|at most|as many as|as much as|as few as)\s+$/i;

/** Ranges written as one amount: "60 to 65", "between five and 9", "10 to 15 years". */
const RANGE =
  /\b(?:between\s+)?([$€£¥]?\d[\d,.]*(?:\s(?:thousand|million|billion|trillion))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?:to|and|or)\s+([$€£¥]?\d[\d,.]*(?:%|[a-z]{1,3})?(?:\s(?:thousand|million|billion|trillion))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b(?:\s+(\p{Ll}+))?/giu;

/** Spans of time as amounts: "a week", "within a decade", "for two years" (the preposition makes it a time). */
const DURATION =
  /(?<![\d,.])\b((?:within|for|in|after|over)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:minute|hour|day|week|fortnight|month|year|decade|season|century)s?\b/giu;

/** DURATION's unit word, searched forwards first: DURATION opens on a look-behind, tried at every position. */
const DURATION_UNIT = /(?:minute|hour|day|week|fortnight|month|year|decade|season|century)/iu;

/** A preposition opening a date mention: "in 1817", "since March", "by the end of May". */
const DATE_PREPOSITION =
  /^(?:in|on|at|since|from|by|during|until|till|before|after|around|about|of|for|through|throughout)\s+/i;

/** Prepositions that attach a noun phrase to the one before it ("money from abroad", "a magazine for builders"). */
const ATTACHING = new Set([
  'of',
  'for',
  'from',
  'in',
  'on',
  'with',
  'by',
  'at',
  'to',
  'per',
  'between',
  'against',
  'about',
  'over',
  'under',
  'near',
  'into',
  'within',
]);

/** Word classes that can end a noun phrase an attached phrase belongs to (the tagger reads "north" as an adjective). */
const HEAD = new Set(['noun', 'name', 'num', 'adj']);

/** Word classes of a head noun that takes a prepositional complement. */
const COMPLEMENTED = new Set(['noun', 'adj']);

/** Longest list or attached phrase taken as one candidate, in tokens. */
const MAX_WIDE = 18;

/** Longest chunk taken as one phrase, in tokens. */
const MAX_CHUNK = 10;

const NOMINAL = new Set(['det', 'adj', 'noun', 'name', 'num']);

/** The tokens a character span covers: binary searches, as long sentences hold hundreds of candidates. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= start) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  lo = 0;
  hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= end) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  return first < tokens.length && last >= first ? [first, last] : null;
}

/**
 * Whether any token from `first` to `last` (inclusive) passes: a loop, not a slice, as a long
 * sentence holds hundreds of candidates and each asked this made a copy of its tokens.
 */
function anyToken(
  tokens: readonly Token[],
  first: number,
  last: number,
  test: (t: Token) => boolean,
): boolean {
  for (let i = first; i <= last; i++) if (test(tokens[i]!)) return true;
  return false;
}

class CandidateSet {
  readonly byKey = new Map<string, Candidate>();
  constructor(
    private readonly sentence: string,
    private readonly tokens: readonly Token[],
  ) {}

  add(
    start: number,
    end: number,
    kind: CandidateKind,
    from: { entity?: boolean; chunk?: boolean; dateIndex?: number; cue?: string },
  ): void {
    const text = this.sentence.slice(start, end).trim();
    if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
    const range = tokenRange(this.tokens, start, end);
    if (!range) return;
    const key = `${start}:${end}`;
    const seen = this.byKey.get(key);
    if (seen) {
      // An entity's kind says more than "phrase"; a finder that agrees is recorded.
      if (seen.kind === 'phrase' || seen.kind === 'name') seen.kind = kind;
      seen.entity ||= Boolean(from.entity);
      seen.chunk ||= Boolean(from.chunk);
      if (from.dateIndex !== undefined) seen.dateIndex = from.dateIndex;
      return;
    }
    this.byKey.set(key, {
      text,
      start,
      end,
      first: range[0],
      last: range[1],
      kind,
      named: anyToken(this.tokens, range[0], range[1], (t) => t.cls === 'name'),
      entity: Boolean(from.entity),
      chunk: Boolean(from.chunk),
      dateIndex: from.dateIndex ?? null,
      cue: from.cue ?? null,
    });
  }

  addTokens(first: number, last: number, kind: CandidateKind, from: { chunk?: boolean }): void {
    const a = this.tokens[first];
    const b = this.tokens[last];
    if (a && b && last >= first) this.add(a.start, b.end, kind, from);
  }
}

/** The first run of letters and digits of a name form, when the form starts with one. */
const leadRuns = new Map<string, string | null>();
function leadRun(form: string): string | null {
  let run = leadRuns.get(form);
  if (run === undefined) {
    run = /^[\p{L}\p{N}]+/u.exec(form)?.[0] ?? null;
    if (leadRuns.size >= 50_000) leadRuns.clear();
    leadRuns.set(form, run);
  }
  return run;
}

/**
 * Every place a name (any of its forms) occurs in the sentence, longest forms first, no overlaps.
 * A form whose first run of letters the sentence does not hold is skipped without a whole-word
 * search (a substring test, no set of the sentence's words built first): an article names
 * hundreds of forms.
 */
function spansOf(
  sentence: string,
  forms: readonly string[],
  taken: Array<[number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const form of forms) {
    const lead = leadRun(form);
    if (lead !== null && !sentence.includes(lead)) continue;
    const at = findName(sentence, form);
    if (at < 0) continue;
    const span: [number, number] = [at, at + form.length];
    if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue;
    taken.push(span);
    out.push(span);
  }
  return out;
}

/** Maximal runs of nominal tokens: [det] (adj|noun|name|num)+, split before a second determiner. */
function chunksOf(tokens: readonly Token[]): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let from = -1;
  const close = (to: number) => {
    if (from >= 0 && to >= from) {
      // A lone determiner is no phrase.
      if (!(to === from && tokens[from]!.cls === 'det'))
        chunks.push([from, Math.min(to, from + MAX_CHUNK - 1)]);
    }
    from = -1;
  };
  tokens.forEach((t, i) => {
    if (NOMINAL.has(t.cls)) {
      if (from >= 0 && t.cls === 'det') close(i - 1);
      if (from < 0) from = i;
    } else {
      close(i - 1);
    }
  });
  close(tokens.length - 1);
  return chunks;
}

/** Runs of names inside a chunk, with "of"/"de"/"the" between names kept ("University of Chicago"). */
function nameRuns(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const isName = tokens[i]!.cls === 'name';
    if (isName && start < 0) start = i;
    if (!isName && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, to]);
  return runs;
}

export function sentenceCandidates(
  parsed: ParsedArticle,
  index: number,
  options: { reason: boolean },
): { tokens: Token[]; candidates: Candidate[] } {
  const sentence = parsed.sentences[index] ?? '';
  const tokens = tagSentence(sentence);
  const set = new CandidateSet(sentence, tokens);

  // Entities of the parse, each form placed once.
  const taken: Array<[number, number]> = [];
  const people: Array<[number, number]> = [];
  for (const [kind, list] of [
    ['person', parsed.people],
    ['organisation', parsed.organizations],
    ['place', parsed.places],
  ] as const) {
    for (const entity of list) {
      for (const [s, e] of spansOf(sentence, namesOf(entity), taken)) {
        set.add(s, e, kind, { entity: true });
        if (kind === 'person') people.push([s, e]);
      }
    }
  }

  // People joined as written: "Brett McGurk and Abram Paley", "A, B and C".
  people.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < people.length; i++) {
    let j = i;
    while (
      j + 1 < people.length &&
      /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(sentence.slice(people[j]![1], people[j + 1]![0]))
    )
      j++;
    if (j > i) set.add(people[i]![0], people[j]![1], 'people', { entity: true });
    i = j;
  }
  // Every person the sentence names, for "who were the two officials?": "The two officials were
  // Brett McGurk, the president's adviser, and Abram Paley" lists them around appositions.
  const named = [...new Set(people.map(([s, e]) => sentence.slice(s, e)))];
  if (named.length >= 2 && people.length >= 2) {
    const first = people[0]!;
    const last = people[people.length - 1]!;
    const whole = sentence.slice(first[0], last[1]);
    const joined = joinNames(named);
    // Listed side by side the span itself reads right; otherwise the names are joined as people write them.
    const text = whole === joined ? whole : joined;
    const range = tokenRange(tokens, first[0], last[1]);
    if (range && text !== whole) {
      set.byKey.set(`all:${first[0]}:${last[1]}`, {
        text,
        start: first[0],
        end: last[1],
        first: range[0],
        last: range[1],
        kind: 'people',
        named: true,
        entity: true,
        chunk: false,
        dateIndex: null,
        cue: 'all',
      });
    }
  }

  // Dates of the parse, as written.
  parsed.dates.forEach((d, di) => {
    if (d.sentence !== index || d.caption) return;
    const at = sentence.indexOf(d.text);
    if (at < 0) return;
    set.add(at, at + d.text.length, 'date', { entity: true, dateIndex: di });
    // "in 1817", "on Friday": the preposition tells how the date attaches, the answer is the date.
    const lead = DATE_PREPOSITION.exec(d.text);
    if (lead && lead[0].length < d.text.length)
      set.add(at + lead[0].length, at + d.text.length, 'date', { entity: true, dateIndex: di });
  });

  // Noun phrases, their name runs and their parts without a determiner.
  const chunks = chunksOf(tokens);
  for (const [from, to] of chunks) {
    const bare = tokens[from]!.cls === 'det' ? from + 1 : from;
    // A chunk of names only ("Kelso", "Harbour Live") is a name, whatever the engine made of it.
    const allNames = tokens.slice(bare, to + 1).every((t) => t.cls === 'name');
    set.addTokens(from, to, allNames ? 'name' : 'phrase', { chunk: true });
    if (bare > from && bare <= to) set.addTokens(bare, to, allNames ? 'name' : 'phrase', { chunk: true });
    for (const [a, b] of nameRuns(tokens, bare, to)) {
      if (a !== bare || b !== to) set.addTokens(a, b, 'name', { chunk: true });
    }
    // Numbers with what they count: "3,400 workers", "$2.5 million", "13%".
    for (let i = bare; i <= to; i++) {
      if (tokens[i]!.cls !== 'num') continue;
      let j = i;
      while (j + 1 <= to && tokens[j + 1]!.cls === 'num') j++;
      set.addTokens(i, j, 'number', { chunk: true });
      if (j < to) set.addTokens(i, to, 'number', { chunk: true });
      // "a million voters": the "a" of a scale word is the amount's "one" and belongs to it.
      const start = i === bare ? amountStart(tokens, i) : tokens[i]!.start;
      if (start < tokens[i]!.start) {
        set.add(start, tokens[j]!.end, 'number', { chunk: true });
        if (j < to) set.add(start, tokens[to]!.end, 'number', { chunk: true });
      }
      // "8 per cent", "£900 a year": the unit written after the number.
      const tail = NUMBER_TAIL.exec(sentence.slice(tokens[j]!.end));
      if (tail) set.add(start, tokens[j]!.end + tail[0].length, 'number', { chunk: true });
      // "over 5,000", "up to 30%", "nearly two million people": a word that bounds or
      // rounds the amount belongs to it (the amount told is not the bare number).
      if (i === bare) {
        const bound = APPROXIMATE.exec(sentence.slice(Math.max(0, start - 24), start));
        if (bound) {
          const from = start - bound[0].length;
          set.add(from, tokens[j]!.end, 'number', { chunk: true });
          if (j < to) set.add(from, tokens[to]!.end, 'number', { chunk: true });
          if (tail) set.add(from, tokens[j]!.end + tail[0].length, 'number', { chunk: true });
        }
      }
      i = j;
    }
  }
  for (const m of DURATION_UNIT.test(sentence) ? sentence.matchAll(DURATION) : []) {
    const lead = m[1]?.length ?? 0;
    set.add(m.index + lead, m.index + m[0].length, 'number', { chunk: true });
    if (lead > 0) set.add(m.index, m.index + m[0].length, 'date', { chunk: true });
  }
  for (const m of sentence.matchAll(RANGE)) {
    const counted = m[3] && !/^(?:and|or|to|the|a|of|in|on|at)$/.test(m[3]);
    set.add(m.index, m.index + m[0].length - (counted ? 0 : (m[3]?.length ?? 0)), 'number', { chunk: true });
    if (counted) set.add(m.index, m.index + m[0].length - (m[3]?.length ?? 0), 'number', { chunk: true });
  }
  // "66 million years ago", "9000 BP", "300 BC": an amount of time counted back, or a year of an
  // era, is a point in time; it answers "when" as a date does.
  for (const c of [...set.byKey.values()]) {
    if (c.kind !== 'number') continue;
    const after = tokens[c.last + 1];
    if (!after || !/^(?:ago|BC|BCE|AD|CE|BP)$/.test(after.text)) continue;
    if (!TIME_BACK.test(`${c.text} ${after.text}`)) continue;
    set.add(c.start, after.end, 'date', { chunk: true });
    // Found as an amount by another finder, the span is still a time.
    const whole = set.byKey.get(`${c.start}:${after.end}`);
    if (whole && !whole.entity) whole.kind = 'date';
  }
  // A phrase holding a year, a month or a weekday is a date even where the engine found none, and
  // so is a phrase headed by a unit of time ("the past year", "last weekend").
  for (const c of set.byKey.values()) {
    if (c.kind === 'date' || c.entity) continue;
    if (anyToken(tokens, c.first, c.last, (t) => DATE_WORDS.test(t.text))) c.kind = 'date';
    else if (c.kind === 'phrase' && c.last > c.first && TIME_HEAD.test(tokens[c.last]!.text)) c.kind = 'date';
  }
  // "X of Y": "the second round of negotiations", "University of Notre Dame".
  for (let c = 0; c + 1 < chunks.length; c++) {
    const [a, b] = chunks[c]!;
    const [x, y] = chunks[c + 1]!;
    if (x === b + 2 && tokens[b + 1]?.text.toLowerCase() === 'of' && y - a < MAX_CHUNK + 4) {
      set.addTokens(a, y, 'phrase', { chunk: true });
      const bare = tokens[a]!.cls === 'det' ? a + 1 : a;
      if (bare > a) set.addTokens(bare, y, 'phrase', { chunk: true });
    }
  }
  // Names joined by "and" that make one name: "Brighton and Hove Albion Football Club", "Trinidad and Tobago".
  for (let c = 0; c + 1 < chunks.length; c++) {
    const [a, b] = chunks[c]!;
    const [x, y] = chunks[c + 1]!;
    const joiner = tokens[b + 1]?.text.toLowerCase();
    if (x !== b + 2 || (joiner !== 'and' && joiner !== '&')) continue;
    const from = tokens[a]!.cls === 'det' ? a + 1 : a;
    const named = (i: number, j: number) => tokens.slice(i, j + 1).every((t) => t.cls === 'name');
    if (from <= b && named(from, b) && named(x, y)) set.addTokens(from, y, 'name', { chunk: true });
  }
  widerPhrases(tokens, chunks, set);
  if (options.reason) {
    for (const clause of reasonClauses(sentence)) {
      set.add(clause.start, clause.end, 'clause', { cue: clause.cue });
    }
  }
  // A piece of a date or a range the article wrote whole ("2019" of "June 3, 2019", "15" of
  // "10 to 15 years") is not an answer of its own: the whole is.
  const wholes = [...set.byKey.values()].filter(
    (c) => (c.kind === 'date' && c.entity) || c.kind === 'number',
  );
  const candidates = [...set.byKey.values()].filter(
    (c) =>
      !((c.kind === 'date' || c.kind === 'number') && !c.entity) ||
      !wholes.some(
        (w) =>
          w !== c &&
          w.start <= c.start &&
          w.end >= c.end &&
          (w.kind === 'date'
            ? true
            : c.start > w.start && /\b(?:to|and|or)\b/.test(w.text) && !/^up to\b/i.test(w.text)),
      ),
  );
  return { tokens, candidates: candidates.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/**
 * Phrases wider or narrower than one noun chunk, where answers often have their edges:
 * - a noun phrase with the prepositional phrase attached to it ("a trade magazine for the building
 *   industry", "money from overseas lenders"), with a second one too ("the rise of prices in the
 *   north"): a noun's complement belongs to the phrase that answers "what";
 * - lists joined by "and"/"or" ("wheat, barley and oats", "teachers or parents"): a question about
 *   several things is answered by all of them as written;
 * - a gerund with its object ("closing the border", "raising interest rates"): "how" and "what"
 *   ask for an action as often as a thing.
 * Each is only a candidate; the learned scorer chooses among the widths.
 */
function widerPhrases(
  tokens: readonly Token[],
  chunks: ReadonlyArray<[number, number]>,
  set: CandidateSet,
): void {
  const lower = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const kindOf = (a: number, b: number): CandidateKind => {
    const from = tokens[a]!.cls === 'det' ? a + 1 : a;
    for (let i = from; i <= b; i++) {
      const c = tokens[i]!.cls;
      if (c !== 'name' && !(c === 'conj' || c === 'punct' || lower(i) === 'of')) return 'phrase';
    }
    return 'name';
  };
  const add = (a: number, b: number) => {
    if (b - a + 1 > MAX_WIDE) return;
    set.addTokens(a, b, kindOf(a, b), { chunk: true });
    if (tokens[a]!.cls === 'det' && a < b) set.addTokens(a + 1, b, kindOf(a + 1, b), { chunk: true });
  };
  for (let c = 0; c < chunks.length; c++) {
    const [a, b] = chunks[c]!;
    // Noun phrase + one or two prepositional phrases.
    let end = b;
    for (let k = c + 1, n = 0; k < chunks.length && n < 2; k++, n++) {
      const [x, y] = chunks[k]!;
      if (x !== end + 2 || !ATTACHING.has(lower(end + 1))) break;
      // A common noun takes a complement; a name or a number rarely does ("in Leeds for a year",
      // "1817 by the mayor": the phrase after them tells about the verb), and "of" names are
      // joined above. A lone modifier is no object ("by closing").
      if (n === 0 && !COMPLEMENTED.has(tokens[b]!.cls)) break;
      if (!HEAD.has(tokens[y]!.cls) || (y === x && /ing$/.test(tokens[y]!.text))) break;
      // A time attaches to the event, not to a noun: "fined the club on Monday" is not "the club on Monday".
      if (tokens.slice(x, y + 1).some((t) => DATE_WORDS.test(t.text) || TIME_HEAD.test(t.text))) break;
      end = y;
      add(a, end);
    }
    // Lists: chunk (, chunk)* (,)? and|or chunk.
    let last = b;
    let k = c + 1;
    while (k < chunks.length) {
      const [x, y] = chunks[k]!;
      // What may join list items is one or two tokens (",", "and", ", or"); more is never a join.
      if (x - last - 1 > 2) break;
      const between = tokens.slice(last + 1, x).map((t) => t.text.toLowerCase());
      const joined = between.join(' ');
      if (joined === ',') {
        last = y;
        k++;
        continue;
      }
      // ", and" closes a list of three or more; after one item it usually joins two clauses.
      const listed = last > b;
      if (joined === 'and' || joined === 'or' || (listed && (joined === ', and' || joined === ', or'))) {
        add(a, y);
      }
      break;
    }
  }
  // Gerund + object: "closing the border", "raising rates".
  for (const [a, b] of chunks) {
    const v = a - 1;
    const verb = tokens[v];
    // The tagger reads a lone -ing word before a noun phrase as a verb or an adjective ("by closing the gates").
    const gerund = verb !== undefined && /^\p{Ll}+ing$/u.test(verb.text);
    if (gerund && (verb.cls === 'verb' || (verb.cls === 'adj' && tokens[a]!.cls === 'det')))
      set.addTokens(v, b, 'phrase', { chunk: true });
  }
}
