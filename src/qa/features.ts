import type { Candidate } from './candidates.js';
import { lemma, synonymsOf } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import type { Token } from './tags.js';
import { isStopWord, words } from './text.js';

/**
 * Features of one candidate answer for the learned scorer: what kind of phrase it is against
 * what the question asks, how close it sits to the question's words in its sentence, which side
 * of the question's verb it is on, the word before and after it, whether the question already
 * says it, its length and shape, and how well its sentence covers the question. Named sparse
 * features; their weights are learned (tools/train/qa.ts), none are set by hand.
 */

export type Features = Map<string, number>;

/** What the features need to know about the question, computed once per question. */
export interface QuestionView {
  q: ParsedQuestion;
  /** Lemmas of the question's words (content and names). */
  lemmas: Set<string>;
  /** The question verb's lemma and synonyms. */
  verbRoots: Set<string>;
  /** Lemmas of the words of names the question mentions. */
  names: Set<string>;
  /** Content lemmas written after the question word ("what did Tesla invent": tesla, invent); the rest come before it. */
  afterWh: Set<string>;
  /** The asked-for noun's lemma ("which ruler" → ruler), when the question names one. */
  askedLemma: string | null;
  /** The question word and the word after it, as written ("what year", "how long", "who was"). */
  afterWhWord: string;
}

const WH_WORDS = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);

export function questionView(q: ParsedQuestion): QuestionView {
  const lemmas = new Set(
    words(q.text)
      .filter((w) => !isStopWord(w))
      .map(lemma),
  );
  const verbRoots = new Set<string>();
  if (q.verb) {
    verbRoots.add(q.verb);
    for (const s of synonymsOf(q.verb)) verbRoots.add(s);
  }
  const names = new Set(q.names.flatMap((n) => words(n)).map(lemma));
  const all = words(q.text);
  const whAt = all.findIndex((w) => WH_WORDS.has(w.toLowerCase()));
  const afterWh = new Set(
    all
      .slice(whAt + 1)
      .filter((w) => !isStopWord(w))
      .map(lemma),
  );
  const askedLemma = q.askedNoun ? lemma(q.askedNoun) : null;
  const afterWhWord = whAt >= 0 ? `${all[whAt]!.toLowerCase()} ${(all[whAt + 1] ?? '').toLowerCase()}` : '-';
  return { q, lemmas, verbRoots, names, afterWh, askedLemma, afterWhWord };
}

/** What the features need to know about the sentence, computed once per sentence. */
export interface SentenceView {
  tokens: Token[];
  lemmas: string[];
  /** Token indexes whose lemma is one of the question's words. */
  matched: number[];
  /** First token holding the question's verb (or a synonym), or -1. */
  verbAt: number;
  coverage: number;
  /** Coverage of the sentence read with the one before it (evidence.ts windowCoverage). */
  windowCoverage?: number;
  bm25: number;
  rank: number;
  /** How far the sentence's coverage is below the best sentence's (0 for the best). */
  gap: number;
  /** Share of the question's name words the sentence holds (1 when it names no one). */
  nameShare: number;
  /**
   * Each token's share of the question's weight when it is a question word (its lemma's rarity in
   * the article over the sum for all the question's words), else 0. A lemma counts once per sentence.
   */
  matchWeight: number[];
}

export function sentenceView(
  tokens: Token[],
  question: QuestionView,
  ranking: { coverage: number; bm25: number; rank: number; gap: number; windowCoverage?: number },
  /** The question words' rarity in the article (lemmaWeights); every word weighs alike without it. */
  weights?: ReadonlyMap<string, number>,
): SentenceView {
  const lemmas = tokens.map((t) => (t.cls === 'punct' ? '' : lemma(t.text)));
  const matched: number[] = [];
  lemmas.forEach((l, i) => {
    if (l && question.lemmas.has(l) && !isStopWord(tokens[i]!.text)) matched.push(i);
  });
  let totalWeight = 0;
  for (const l of question.lemmas) totalWeight += weights?.get(l) ?? 1;
  const matchWeight = new Array<number>(tokens.length).fill(0);
  for (const i of matched) matchWeight[i] = (weights?.get(lemmas[i]!) ?? 1) / Math.max(totalWeight, 1e-9);
  const verbAt = question.verbRoots.size > 0 ? verbIndex(tokens, lemmas, question.verbRoots) : -1;
  const present = new Set(lemmas);
  let named = 0;
  for (const n of question.names) if (present.has(n)) named++;
  const nameShare = question.names.size > 0 ? named / question.names.size : 1;
  return { tokens, lemmas, matched, verbAt, nameShare, matchWeight, ...ranking };
}

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
}

/** The word beside the candidate as a feature value: closed-class words as themselves, else their class. */
function neighbour(t: Token | undefined): string {
  if (!t) return 'edge';
  if (t.cls === 'punct') return t.text === ',' || t.text === '(' || t.text === ')' ? t.text : 'punct';
  if (t.cls === 'prep' || t.cls === 'det' || t.cls === 'conj' || t.cls === 'aux' || t.cls === 'wh')
    return t.text.toLowerCase();
  return t.cls;
}

export function candidateFeatures(c: Candidate, s: SentenceView, view: QuestionView): Features {
  const f: Features = new Map();
  const { q } = view;
  const wh = q.wh;
  const type = q.type;
  const on = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);

  on(`kind=${c.kind}|type=${type}`);
  on(`kind=${c.kind}|wh=${wh}`);
  on(`kind=${c.kind}|after_wh=${view.afterWhWord}`);
  if (c.entity) on(`entity|type=${type}`);
  if (c.chunk) on(`chunk|type=${type}`);
  if (c.cue) on(`cue=${c.cue}|type=${type}`);

  const span = s.tokens.slice(c.first, c.last + 1).filter((t) => t.cls !== 'punct');
  const length = span.length;
  on(`len${bucket(length, [1, 2, 3, 5, 8, 12])}|type=${type}`);
  on(`len${bucket(length, [1, 2, 3, 5, 8, 12])}|wh=${wh}`);

  // Words the question already says are not what it asks for.
  const content = span.filter((t) => t.cls !== 'det' && t.cls !== 'prep' && t.cls !== 'conj');
  let inQuestion = 0;
  for (let i = c.first; i <= c.last; i++) {
    const l = s.lemmas[i];
    if (l && view.lemmas.has(l) && !isStopWord(s.tokens[i]!.text)) inQuestion++;
  }
  const share = content.length > 0 ? inQuestion / content.length : 0;
  // A name the question already uses ("Kessler" in "who is suing Nina Kessler?") is who it is about, not the answer.
  for (let i = c.first; i <= c.last; i++) {
    if (s.tokens[i]!.cls === 'name' && view.names.has(s.lemmas[i] ?? '')) {
      on(`q_name|type=${type}`);
      break;
    }
  }
  on('inq_share', share);
  if (content.length > 0 && inQuestion === content.length) on(`inq_all|type=${type}`);
  if (inQuestion === 0) on(`inq_none|type=${type}`);

  // Distance to the question's words in the sentence, outside the candidate.
  let nearest = 99;
  let left = 0;
  let right = 0;
  for (const m of s.matched) {
    if (m >= c.first && m <= c.last) continue;
    const d = m < c.first ? c.first - m : m - c.last;
    if (d < nearest) nearest = d;
    if (m < c.first) left++;
    else right++;
  }
  on(`dist${bucket(nearest, [1, 2, 3, 5, 8, 15])}`);
  // Sliding windows (Richardson et al. 2013; Rajpurkar et al. 2016): how many of the question's
  // words sit just before and just after the candidate, and whether its neighbours are among them.
  const matchedSet = new Set(s.matched);
  let near3 = 0;
  let near8 = 0;
  for (const m of s.matched) {
    if (m >= c.first && m <= c.last) continue;
    const d = m < c.first ? c.first - m : m - c.last;
    if (d <= 3) near3++;
    if (d <= 8) near8++;
  }
  const wanted = Math.max(1, view.lemmas.size);
  on('win3', near3 / wanted);
  on('win8', near8 / wanted);
  on(`win3${bucket(near3, [0, 1, 2])}|wh=${wh}`);
  if (matchedSet.has(c.first - 1)) on(`prev_matched|wh=${wh}`);
  if (matchedSet.has(c.last + 1)) on(`next_matched|wh=${wh}`);
  on(`matches_right${bucket(right, [0, 1, 3])}|asked=${q.subjectAsked ? 'subj' : 'obj'}`);
  on(`dist${bucket(nearest, [1, 3, 8])}|wh=${wh}`);
  on('dist_log', Math.log(1 + Math.min(nearest, 40)));
  if (left > 0 && right > 0) on('between_matches');
  on(`matches_left${bucket(left, [0, 1, 3])}`);

  // The question's verb: which side the candidate is on, and whether the question asks for that side.
  if (s.verbAt >= 0) {
    const before = c.last < s.verbAt;
    const passiveAgent = s.tokens[c.first - 1]?.text.toLowerCase() === 'by' && c.first - 1 > s.verbAt;
    const asked = q.subjectAsked ? 'subj' : 'obj';
    on(`verb_${before ? 'before' : c.first > s.verbAt ? 'after' : 'on'}|asked=${asked}`);
    if (passiveAgent) on(`by_agent|asked=${asked}|wh=${wh}`);
    const gap = before ? s.verbAt - c.last : c.first - s.verbAt;
    on(`verb_gap${bucket(gap, [1, 2, 4, 8])}|wh=${wh}`);
  } else {
    on('verb_absent');
  }

  weightedWindows(c, s, view, on);
  questionOrder(c, s, view, on);
  adjacentPairs(c, s, view, on);

  // The span's word classes in order ("det adj noun", "num noun"): the stand-in for a constituent
  // label (Rajpurkar et al. 2016 used the parse's), so "what" can learn which shapes answer.
  if (length > 0 && length <= 6) {
    const shape = span.map((t) => t.cls).join('-');
    on(`shape=${shape}|wh=${wh}`);
    on(`shape=${shape}|type=${type}`);
  }

  const prev = neighbour(s.tokens[c.first - 1]);
  const next = neighbour(s.tokens[c.last + 1]);
  on(`prev=${prev}|wh=${wh}`);
  on(`next=${next}|wh=${wh}`);
  on(`prev=${prev}|type=${type}`);
  // The words themselves beside it, for open-class words too ("born in", "led by", "capital of").
  const pw = s.lemmas[c.first - 1];
  const nw = s.lemmas[c.last + 1];
  if (pw && s.tokens[c.first - 1]!.cls !== 'name') on(`prevw=${pw}|wh=${wh}`);
  if (nw && s.tokens[c.last + 1]!.cls !== 'name') on(`nextw=${nw}|wh=${wh}`);

  // "Kelso's mayor", "Friday's final": a possessive modifies the noun after it, which is usually what is asked.
  const lastToken = s.tokens[c.last];
  if (lastToken && /['’]s?$/.test(lastToken.text)) on(`possessive|wh=${wh}`);
  // "Kenyan marathon runner", "Tesco car park": a name right before a common noun modifies
  // it, and the phrase it sits in is about that noun, not about the name.
  if (s.tokens[c.last + 1]?.cls === 'noun') on(`modifies_noun|kind=${c.kind}|type=${type}`);
  // A piece of a longer name ("Ana" of "Ana Ruiz-Mateo") names less than the whole.
  if (s.tokens[c.first - 1]?.cls === 'name' || s.tokens[c.last + 1]?.cls === 'name') on(`cut_name|wh=${wh}`);
  const first = span[0];
  if (first) {
    on(`first=${first.cls}|wh=${wh}`);
    const last = span[span.length - 1]!;
    on(`last=${last.cls}|wh=${wh}`);
  }
  const names = span.filter((t) => t.cls === 'name').length;
  if (length > 0) on(`name_share|wh=${wh}`, names / length);
  if (span.some((t) => t.cls === 'num')) on(`has_num|type=${type}`);
  if (span.some((t) => /^\d{4}$/.test(t.text))) on(`has_year|type=${type}`);

  // "how many officials": the counted noun in or just after the candidate.
  if (q.unit) {
    const near = s.lemmas.slice(c.first, c.last + 3);
    if (near.includes(q.unit)) on('unit_match');
  }
  // "which team": the kind named in or beside the candidate.
  if (q.typeNoun) {
    const inside = s.lemmas.slice(c.first, c.last + 1).includes(q.typeNoun);
    const around = [
      ...s.lemmas.slice(Math.max(0, c.first - 3), c.first),
      ...s.lemmas.slice(c.last + 1, c.last + 4),
    ];
    if (inside) on('typenoun_in');
    else if (around.includes(q.typeNoun)) on('typenoun_near');
  }
  // What kind of phrase the asked-for noun takes ("what year" → a date, "which team" → a name).
  if (q.typeNoun) {
    on(`tn=${q.typeNoun}|kind=${c.kind}`);
    const head = s.lemmas[c.last];
    if (head === q.typeNoun) on('typenoun_head');
  }
  // "Which court ...", "what Roman ruler ...": the noun the question asks for, inside the phrase,
  // as its head, or beside it ("the court of appeal", "Hadrian, the ruler of ...").
  const asked = view.askedLemma;
  if (asked && asked !== q.typeNoun) {
    if (s.lemmas[c.last] === asked) on(`asked_head|wh=${wh}`);
    else if (s.lemmas.slice(c.first, c.last + 1).includes(asked)) on(`asked_in|wh=${wh}`);
    else if (
      [
        ...s.lemmas.slice(Math.max(0, c.first - 3), c.first),
        ...s.lemmas.slice(c.last + 1, c.last + 4),
      ].includes(asked)
    )
      on(`asked_near|wh=${wh}`);
  }
  // What the phrase is built of beyond one chunk: a list ("A, B and C") fits a question asking for
  // several; an attached phrase ("the rise of prices") is read by its preposition.
  let joiner = false;
  let preposition = '';
  for (let i = c.first + 1; i < c.last; i++) {
    const t = s.tokens[i]!;
    if (t.cls === 'conj' || t.text === ',') joiner = true;
    if (t.cls === 'prep' && !preposition) preposition = t.text.toLowerCase();
  }
  if (joiner) {
    on(`list|plural=${q.plural}|type=${type}`);
    on(`list|wh=${wh}`);
  }
  if (preposition) on(`prep_inside=${preposition}|wh=${wh}`);
  // Constituent-like shape: the word classes at the span's edges together, and a whole chunk or a piece.
  if (first) on(`edges=${first.cls}-${span[span.length - 1]!.cls}|wh=${wh}`);
  if (c.chunk && !c.entity) on(`chunk_only|wh=${wh}`);
  if (c.entity && c.chunk) on(`entity_chunk|wh=${wh}`);
  if (c.named) on(`named|type=${type}`);
  if (c.kind === 'people') on(`people|plural=${q.plural}`);
  if (q.plural && (c.kind === 'person' || c.kind === 'organisation')) on(`single|plural`);

  return f;
}

/**
 * The question's words against the candidate as the question's words stand against its question
 * word. A statement puts the answer where the question put "what": "What did the company build
 * in 1990?" is answered by "In 1990 the company built a dam", where the words after "what" in the
 * question sit either side of the answer, those before it (in "... was founded in what year?") on
 * its left. The rarity-weighted share of the question's words on each side, split by whether they
 * follow the question word, lets the scorer learn the usual inversions.
 */
function questionOrder(
  c: Candidate,
  s: SentenceView,
  view: QuestionView,
  on: (name: string, value?: number) => void,
): void {
  const seen = new Set<string>();
  let afterLeft = 0;
  let afterRight = 0;
  let beforeLeft = 0;
  let beforeRight = 0;
  for (const m of s.matched) {
    if (m >= c.first && m <= c.last) continue;
    const l = s.lemmas[m]!;
    if (seen.has(l)) continue;
    seen.add(l);
    const w = s.matchWeight[m] ?? 0;
    const left = m < c.first;
    if (view.afterWh.has(l)) {
      if (left) afterLeft += w;
      else afterRight += w;
    } else if (left) beforeLeft += w;
    else beforeRight += w;
  }
  const asked = view.q.subjectAsked ? 'subj' : 'obj';
  on(`qafter_left|asked=${asked}`, afterLeft);
  on(`qafter_right|asked=${asked}`, afterRight);
  on('qbefore_left', beforeLeft);
  on('qbefore_right', beforeRight);
}

/**
 * Two of the question's words side by side right before or after the candidate ("the capital of
 * France" after "Paris,", "invented by" before "Tesla"): a phrase the question repeats, beside
 * the answer, ties them more than single words do.
 */
function adjacentPairs(
  c: Candidate,
  s: SentenceView,
  view: QuestionView,
  on: (name: string, value?: number) => void,
): void {
  const pairs = questionPairs(view);
  if (pairs.size === 0) return;
  const pairAt = (i: number) => pairs.has(`${s.lemmas[i]} ${s.lemmas[i + 1]}`);
  let left = false;
  for (let i = Math.max(0, c.first - 4); i + 1 < c.first; i++) if (pairAt(i)) left = true;
  let right = false;
  for (let i = c.last + 1; i <= c.last + 3 && i + 1 < s.lemmas.length; i++) if (pairAt(i)) right = true;
  if (left) on(`pair_left|wh=${view.q.wh}`);
  if (right) on(`pair_right|wh=${view.q.wh}`);
}

/** Widest reach, in tokens, of the weighted windows either side of a candidate. */
const WINDOW = 8;

/**
 * The sliding window weighted by rarity (Richardson et al. 2013's MCTest baseline, with IDF):
 * how much of the question's weight sits within 3 and 8 tokens left and right of the candidate,
 * and a proximity sum where each question word counts by its weight over (1 + its distance). A
 * rare question word beside a phrase ("evacuated to ... Crete") says more than "said" beside it.
 * Each lemma counts once, at its nearest occurrence.
 */
export function weightedWindows(
  c: Candidate,
  s: SentenceView,
  view: QuestionView,
  on: (name: string, value?: number) => void,
): number {
  const nearest = new Map<string, { d: number; w: number; left: boolean }>();
  for (const m of s.matched) {
    if (m >= c.first && m <= c.last) continue;
    const left = m < c.first;
    const d = left ? c.first - m : m - c.last;
    const l = s.lemmas[m]!;
    const seen = nearest.get(l);
    if (!seen || d < seen.d) nearest.set(l, { d, w: s.matchWeight[m] ?? 0, left });
  }
  let left3 = 0;
  let right3 = 0;
  let left8 = 0;
  let right8 = 0;
  let proximity = 0;
  for (const { d, w, left } of nearest.values()) {
    proximity += w / (1 + d);
    if (d <= 3) {
      if (left) left3 += w;
      else right3 += w;
    }
    if (d <= WINDOW) {
      if (left) left8 += w;
      else right8 += w;
    }
  }
  const asked = view.q.subjectAsked ? 'subj' : 'obj';
  on('wwin3', left3 + right3);
  on('wwin8', left8 + right8);
  on(`wwin8_left|asked=${asked}`, left8);
  on(`wwin8_right|asked=${asked}`, right8);
  on('wprox', proximity);
  on(`wprox|type=${view.q.type}`, proximity);
  return proximity;
}

/** The weighted proximity of a candidate alone (weightedWindows' "wprox"). */
export function proximityOf(c: Candidate, s: SentenceView, view: QuestionView): number {
  return weightedWindows(c, s, view, () => {});
}

/**
 * Features of an evidence sentence as a whole, for the sentence half of the scorer (pick.ts):
 * how much of the question it holds (weighted share, BM25, word pairs in the question's order),
 * whether it holds the question's verb, names and asked-for noun, which kinds of phrase it offers
 * against the kind asked for, and where it stands in the ranking and the article. Prefixed "s:"
 * so they share the weights file with the phrase features without colliding.
 */
export function sentenceFeatures(
  s: SentenceView,
  view: QuestionView,
  kinds: ReadonlySet<string>,
  index: number,
  /** Tokens from the nearest candidate to a question word in the sentence. */
  nearest: number,
  /** The highest weighted proximity of any of its candidates to the question's words. */
  bestProximity = 0,
): Features {
  const f: Features = new Map();
  const { q } = view;
  const type = q.type;
  const on = (name: string, value = 1) => f.set(`s:${name}`, (f.get(`s:${name}`) ?? 0) + value);
  on('cov', s.coverage);
  on(`cov|type=${type}`, s.coverage);
  on('gap', s.gap);
  // What the sentence before adds: "He was shot in a small town" after the sentence naming him.
  on('wincov_extra', Math.max(0, (s.windowCoverage ?? s.coverage) - s.coverage));
  on('bm25', s.bm25);
  on(`rank${bucket(s.rank, [0, 1, 2, 4])}`);
  on('names', s.nameShare);
  // Question word pairs the sentence holds in the same order ("first round", "Rankine cycle").
  const pairs = questionPairs(view);
  if (pairs.size > 0) {
    let held = 0;
    for (let i = 0; i + 1 < s.lemmas.length; i++) {
      if (pairs.has(`${s.lemmas[i]} ${s.lemmas[i + 1]}`)) held++;
    }
    on('pairs', Math.min(1, held / pairs.size));
  }
  on(view.verbRoots.size === 0 ? 'verb_none' : s.verbAt >= 0 ? 'verb_held' : 'verb_missing');
  if (q.typeNoun && s.lemmas.includes(q.typeNoun)) on('typenoun');
  if (q.unit) on(s.lemmas.includes(q.unit) ? 'unit_held' : 'unit_missing');
  for (const kind of kinds) on(`has=${kind}|type=${type}`);
  on(`words${bucket(s.tokens.length, [10, 20, 35, 60])}`);
  // A phrase of the asked kind right beside the question's words: the sentence says the fact itself.
  on(`near${bucket(nearest, [1, 2, 4, 8])}|type=${type}`);
  on('near_log', Math.log(1 + Math.min(nearest, 40)));
  on(`pos${bucket(index, [0, 1, 3, 8])}`);
  // The question's weight the sentence holds (every question word, the asked-for noun too), and
  // how tightly its question words sit together: a fact is usually told in one stretch.
  const held = new Set<string>();
  let weight = 0;
  for (const m of s.matched) {
    const l = s.lemmas[m]!;
    if (held.has(l)) continue;
    held.add(l);
    weight += s.matchWeight[m] ?? 0;
  }
  on('wcov', weight);
  // A candidate of an allowed kind right beside the rare question words: the sentence tells the fact.
  on('best_wprox', bestProximity);
  on(`best_wprox|type=${type}`, bestProximity);
  if (s.matched.length >= 2) {
    const spread = s.matched[s.matched.length - 1]! - s.matched[0]! + 1;
    on(`spread${bucket(spread / held.size, [1.5, 3, 6])}`);
  }
  return f;
}

const pairCache = new WeakMap<QuestionView, Set<string>>();

/** Adjacent content-word pairs of the question, as lemmas. */
function questionPairs(view: QuestionView): Set<string> {
  let pairs = pairCache.get(view);
  if (!pairs) {
    const roots = words(view.q.text)
      .filter((w) => !isStopWord(w))
      .map(lemma);
    pairs = new Set(roots.slice(1).map((r, i) => `${roots[i]} ${r}`));
    pairCache.set(view, pairs);
  }
  return pairs;
}

/**
 * Features of each candidate against the other candidates of its sentence, which a phrase's own
 * features can't see (a listwise view: which phrase of this sentence, not whether this phrase):
 * whether a longer candidate holds it or it holds a shorter one ("Port Ellis" inside "Port
 * Ellis Rovers": a piece of a name rarely answers alone), whether it is the only phrase of
 * its kind there, and how its nearness to the question's rare words ranks among them (writers
 * put the new fact right beside what the reader already knows, so the closest phrase is the
 * usual answer however long the sentence). One object per candidate, in the order given.
 */
export function relativeFeatures(
  candidates: readonly Candidate[],
  s: SentenceView,
  view: QuestionView,
): Features[] {
  const type = view.q.type;
  const proximity = candidates.map((c) => proximityOf(c, s, view));
  const kinds = new Map<string, number>();
  for (const c of candidates) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  return candidates.map((c, k) => {
    const f: Features = new Map();
    const size = c.last - c.first;
    let inside = false;
    let holds = false;
    for (const o of candidates) {
      if (o === c) continue;
      const other = o.last - o.first;
      if (o.first <= c.first && o.last >= c.last && other > size) inside = true;
      if (c.first <= o.first && c.last >= o.last && size > other) holds = true;
    }
    if (inside) f.set(`inside|kind=${c.kind}|type=${type}`, 1);
    if (holds) f.set(`holds|kind=${c.kind}|type=${type}`, 1);
    if (kinds.get(c.kind) === 1) f.set(`only_kind|kind=${c.kind}|type=${type}`, 1);
    const own = proximity[k] ?? 0;
    let closer = 0;
    for (const p of proximity) if (p > own + 1e-9) closer++;
    f.set(`prox_rank${Math.min(closer, 2)}|type=${type}`, 1);
    return f;
  });
}

/**
 * Where the sentence uses the question's verb as a verb: the first occurrence not right after a
 * determiner or a preposition. A participle after those modifies a noun ("the mother of shot
 * cyclist X ... was shot in the back", "a stolen car was found"): English puts an attributive
 * participle inside the noun phrase, and the event the question asks about is told by the verb
 * of a clause. Falls back to the first occurrence when every one is attributive.
 */
function verbIndex(tokens: readonly Token[], lemmas: readonly string[], roots: ReadonlySet<string>): number {
  let first = -1;
  for (let i = 0; i < lemmas.length; i++) {
    if (!roots.has(lemmas[i]!)) continue;
    if (first < 0) first = i;
    const before = tokens[i - 1];
    const attributive =
      before !== undefined &&
      (before.cls === 'det' || (before.cls === 'prep' && before.text.toLowerCase() !== 'to'));
    if (!attributive) return i;
  }
  return first;
}
