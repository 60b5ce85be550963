/**
 * Scoring for the news-dev task: people, their roles, and direct quotes with their speakers,
 * comparing what `herald parse` prints with the hand-made gold. Every rule here is strict on
 * purpose: the figures are meant to predict what a user sees on an article nobody tuned on.
 */

import type { Person, Quote } from '../src/engine/schema.js';
import type { NewsDevPerson, NewsDevQuote } from './news-dev-data.js';
import { locateQuotes, type PredictedSpan } from './quotes-score.js';

/** Case, typographic quote marks and spacing folded: the only differences a name match forgives. */
export function normaliseSurface(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

interface Named {
  name: string;
  aliases: readonly string[];
}

function surfaces(entity: Named): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(normaliseSurface).filter(Boolean));
}

function shareSurface(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Pairs predicted people with gold people one to one: a predicted person matches a gold one when
 * its name or one of its aliases equals the gold name or one of the gold aliases. Pairs whose
 * full names agree are made first, so a second predicted entry for the same person (the article's
 * "Hale" split off from "Gary Hale") is left over and counts against precision, as a reader of
 * `/who` would see it twice.
 */
export function pairPeople<P extends Named, G extends Named>(predicted: P[], gold: G[]): Map<G, P> {
  const pairs = new Map<G, P>();
  const used = new Set<P>();
  const predSurfaces = predicted.map((p) => ({ p, names: surfaces(p), name: normaliseSurface(p.name) }));
  for (const g of gold) {
    const hit = predSurfaces.find((x) => !used.has(x.p) && x.name === normaliseSurface(g.name));
    if (hit) {
      pairs.set(g, hit.p);
      used.add(hit.p);
    }
  }
  for (const g of gold) {
    if (pairs.has(g)) continue;
    const names = surfaces(g);
    const hit = predSurfaces.find((x) => !used.has(x.p) && shareSurface(x.names, names));
    if (hit) {
      pairs.set(g, hit.p);
      used.add(hit.p);
    }
  }
  return pairs;
}

/** Function words that carry no part of a role's meaning. */
const ROLE_STOPWORDS = new Set(
  'the a an of for in at on to with from by and or his her its their our who is was has been as'.split(' '),
);
/** Words after which a role's head noun has been passed ("envoy | for Iran", "chief executive | of Y"). */
const HEAD_ENDERS = new Set('of for at in on to with from who which that and or'.split(' '));

function roleWords(role: string): string[] {
  return normaliseSurface(role)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/** The head noun: the last word before the first preposition or clause ("US envoy for Iran" → envoy). */
export function roleHead(role: string): string | null {
  const words = roleWords(role);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (HEAD_ENDERS.has(words[i]!)) {
      end = i;
      break;
    }
  }
  const head = words.slice(0, end).filter((w) => !ROLE_STOPWORDS.has(w));
  const last = head[head.length - 1];
  return last === undefined ? null : singularOf(last);
}

/**
 * The singular of a plural head: a person listed under "coaches A and B" holds the role "coach".
 * Number is the only difference forgiven; "co-owner" and "owner" stay different.
 */
function singularOf(word: string): string {
  if (word.endsWith('men') && word.length > 4) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function contentWords(role: string): Set<string> {
  return new Set(roleWords(role).filter((w) => !ROLE_STOPWORDS.has(w)));
}

/** Heads of each coordinated part: "president and CEO" has two, "singer/songwriter" too. */
function roleHeads(role: string): Set<string> {
  const heads = new Set<string>();
  for (const part of role.split(/\s+(?:and|&)\s+|\//)) {
    const h = roleHead(part);
    if (h !== null) heads.add(h);
  }
  return heads;
}

/**
 * One predicted role against the gold role: a shared head noun ("Kilmarnock manager" and
 * "manager of Kilmarnock", "coaches" and "coach", "singer" and "actress and singer"), or content
 * words shared by more than half in both directions. The two-way overlap keeps a long stretch of
 * sentence that happens to contain the role from counting, and two roles that only share the
 * club ("Kilmarnock chairman", "Kilmarnock coach") apart.
 */
export function roleMatches(predicted: string, gold: string): boolean {
  const goldHeads = roleHeads(gold);
  for (const h of roleHeads(predicted)) if (goldHeads.has(h)) return true;
  const p = contentWords(predicted);
  const g = contentWords(gold);
  if (p.size === 0 || g.size === 0) return false;
  let shared = 0;
  for (const w of p) if (g.has(w)) shared++;
  return shared / g.size > 0.5 && shared / p.size > 0.5;
}

/**
 * A person's roles are right when one of them matches the gold role, or, where the article gives
 * the person no role (gold null), when none is predicted either.
 */
export function rolesRight(predicted: readonly string[], gold: string | null): boolean {
  if (gold === null) return predicted.length === 0;
  return predicted.some((r) => roleMatches(r, gold));
}

const UNNAMED = /\(unnamed\)\s*$/;

/**
 * A predicted speaker against the gold speaker. A gold "(unnamed)" speaker (a description such as
 * "a police spokesman") wants a non-null prediction; otherwise the names the prediction goes by
 * (the speaker string, plus the aliases of the predicted person it names) must share one form
 * with the gold speaker's (its name plus the aliases of the gold person it names).
 */
export function speakerMatches(
  predicted: string | null,
  gold: string,
  goldPeople: readonly NewsDevPerson[],
  predictedPeople: readonly Named[],
): boolean {
  if (predicted === null || predicted.trim() === '') return false;
  if (UNNAMED.test(gold)) return true;
  const g = normaliseSurface(gold);
  const goldPerson = goldPeople.find((p) => surfaces(p).has(g));
  const goldNames = goldPerson ? surfaces(goldPerson) : new Set([g]);
  const p = normaliseSurface(predicted);
  const predPerson = predictedPeople.find((x) => surfaces(x).has(p));
  const predNames = predPerson ? surfaces(predPerson) : new Set([p]);
  predNames.add(p);
  return shareSurface(predNames, goldNames);
}

interface Span {
  start: number;
  end: number;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Gold quotes located in the raw text (each is an exact substring), searched in order. */
export function goldQuoteSpans(
  text: string,
  quotes: readonly NewsDevQuote[],
): (Span & { quote: NewsDevQuote })[] {
  const spans: (Span & { quote: NewsDevQuote })[] = [];
  let cursor = 0;
  for (const quote of quotes) {
    let start = text.indexOf(quote.text, cursor);
    if (start < 0) start = text.indexOf(quote.text);
    if (start < 0) continue;
    spans.push({ start, end: start + quote.text.length, quote });
    cursor = start + 1;
  }
  return spans;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface NewsDevScores {
  people: { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  roles: {
    matched: number;
    right: number;
    accuracy: number;
    /** Matched people with a gold role whose roles include a matching one. */
    withGold: number;
    withGoldRight: number;
    /** Matched people the article gives no role: right when none is predicted. */
    withoutGold: number;
    withoutGoldRight: number;
    /** Matched people with at least one predicted role, and those whose roles include a right one. */
    given: number;
    givenRight: number;
    predictedRoles: number;
  };
  quotes: {
    gold: number;
    predicted: number;
    found: number;
    predictedRight: number;
    precision: number;
    recall: number;
    f1: number;
    speakerRight: number;
    speakerAccuracy: number;
    withSpeakerPrecision: number;
    withSpeakerRecall: number;
    withSpeakerF1: number;
  };
}

/** One matched person's roles beside the gold role, for reading what the role stage misses. */
export interface RoleDetail {
  article: string;
  name: string;
  gold: string | null;
  predicted: readonly string[];
  right: boolean;
}

/** Running totals over the articles of the set. */
export class NewsDevTally {
  /** Every matched person's roles, in article order: debug output only, no part of the scores. */
  readonly roleDetails: RoleDetail[] = [];
  private people = { gold: 0, predicted: 0, matched: 0 };
  private roles = {
    matched: 0,
    right: 0,
    withGold: 0,
    withGoldRight: 0,
    withoutGold: 0,
    withoutGoldRight: 0,
    given: 0,
    givenRight: 0,
    predictedRoles: 0,
  };
  private quotes = {
    gold: 0,
    predicted: 0,
    found: 0,
    predictedRight: 0,
    speakerRight: 0,
    predictedSpeakerRight: 0,
  };

  add(
    text: string,
    gold: { id?: string; people: readonly NewsDevPerson[]; quotes: readonly NewsDevQuote[] },
    parsed: { people: readonly Person[]; quotes: readonly Quote[] },
  ): void {
    this.addPeople(gold.id ?? '', gold.people, parsed.people);
    this.addQuotes(text, gold, parsed, locateQuotes(text, [...parsed.quotes]));
  }

  private addPeople(article: string, gold: readonly NewsDevPerson[], predicted: readonly Person[]): void {
    const pairs = pairPeople([...predicted], [...gold]);
    this.people.gold += gold.length;
    this.people.predicted += predicted.length;
    this.people.matched += pairs.size;
    for (const [g, p] of pairs) {
      const right = rolesRight(p.roles, g.role);
      this.roleDetails.push({ article, name: g.name, gold: g.role, predicted: p.roles, right });
      const r = this.roles;
      r.matched++;
      r.predictedRoles += p.roles.length;
      if (right) r.right++;
      if (g.role === null) {
        r.withoutGold++;
        if (right) r.withoutGoldRight++;
      } else {
        r.withGold++;
        if (right) r.withGoldRight++;
      }
      if (p.roles.length > 0) {
        r.given++;
        if (g.role !== null && right) r.givenRight++;
      }
    }
  }

  private addQuotes(
    text: string,
    gold: { people: readonly NewsDevPerson[]; quotes: readonly NewsDevQuote[] },
    parsed: { people: readonly Person[] },
    predicted: PredictedSpan[],
  ): void {
    const goldSpans = goldQuoteSpans(text, gold.quotes);
    const q = this.quotes;
    // A gold quote not found in its own article is a gold error; count it so recall can't hide it.
    q.gold += gold.quotes.length;
    q.predicted += predicted.length;
    const right = (speaker: string | null, g: NewsDevQuote) =>
      speakerMatches(speaker, g.speaker, gold.people, parsed.people);
    for (const g of goldSpans) {
      const best = bestOverlap(g, predicted);
      if (!best) continue;
      q.found++;
      if (right(best.speaker, g.quote)) q.speakerRight++;
    }
    for (const p of predicted) {
      const best = bestOverlap(p, goldSpans);
      if (!best) continue;
      q.predictedRight++;
      if (right(p.speaker, best.quote)) q.predictedSpeakerRight++;
    }
  }

  scores(): NewsDevScores {
    const pp = ratio(this.people.matched, this.people.predicted);
    const pr = ratio(this.people.matched, this.people.gold);
    const q = this.quotes;
    const qp = ratio(q.predictedRight, q.predicted);
    const qr = ratio(q.found, q.gold);
    const sp = ratio(q.predictedSpeakerRight, q.predicted);
    const sr = ratio(q.speakerRight, q.gold);
    return {
      people: { ...this.people, precision: pp, recall: pr, f1: f1(pp, pr) },
      roles: { ...this.roles, accuracy: ratio(this.roles.right, this.roles.matched) },
      quotes: {
        gold: q.gold,
        predicted: q.predicted,
        found: q.found,
        predictedRight: q.predictedRight,
        precision: qp,
        recall: qr,
        f1: f1(qp, qr),
        speakerRight: q.speakerRight,
        speakerAccuracy: ratio(q.speakerRight, q.found),
        withSpeakerPrecision: sp,
        withSpeakerRecall: sr,
        withSpeakerF1: f1(sp, sr),
      },
    };
  }
}

function bestOverlap<T extends Span>(target: Span, candidates: readonly T[]): T | null {
  let best: T | null = null;
  let most = 0;
  for (const c of candidates) {
    const o = overlap(target, c);
    if (o > most) {
      most = o;
      best = c;
    }
  }
  return best;
}
