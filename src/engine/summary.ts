import type { Doc } from './doc.js';
import { isFurniture } from './text/boilerplate.js';
import { PICTURE_TALK } from './text/captions.js';
import { isNearDuplicate } from './text/duplicates.js';
import { porterStem } from './text/porter.js';
import { contentWords, countWords } from './text/tokens.js';

export interface SummaryOptions {
  /** Most sentences in the summary (2-3 read best in chat); long sentences may stop it one short. */
  sentences: number;
  /** Longest one-line digest, in characters. */
  oneLineChars?: number;
}

export interface Summary {
  summary: string[];
  oneLine: string;
}

/**
 * The method, and why it has so few knobs: news is written inverted-pyramid, so the lead is the
 * summary unless a lead sentence cannot stand on its own. The score is a position prior (1, 1/2,
 * 1/3, ...) plus similarity to the headline, times a penalty for each reason a sentence reads badly
 * out of context. Centrality to the whole document was tried and dropped: on held-out halves of
 * the CNN/DailyMail dev set it moved the summary away from the lead without gaining ROUGE.
 */
const TITLE_WEIGHT = 0.3;
/** Sentences beyond this index are not considered: highlights almost always come from the top. */
const CANDIDATE_WINDOW = 10;
/** MMR: share of a candidate's score lost at full TF-IDF similarity to a sentence already chosen. */
const REDUNDANCY = 0.3;
/**
 * Once the summary holds two sentences and this many words, a third sentence only dilutes it:
 * news highlights run about 50-55 words, and a chat preview should not be longer.
 */
const WORD_BUDGET = 75;
const MIN_SUMMARY_SENTENCES = 2;

/** Fragments shorter than this cannot stand alone ("No wonder.", "Guilty across the board."). */
const MIN_WORDS = 6;
/** About twice an average news sentence; longer ones are usually run-ons or glued captions. */
const LONG_WORDS = 55;

/** Out-of-context penalties, as multipliers of the score. */
export const PENALTY = {
  question: 0.2,
  opensWithQuote: 0.5,
  captionMarker: 0.3,
  leadingPronoun: 0.7,
  connective: 0.8,
} as const;

const QUESTION_END = /\?[”’"')]*$/;
const OPENS_WITH_QUOTE = /^[“‘"']/;
const CONNECTIVE_OPENER = /^(?:but|and|however|meanwhile|still|yet|so|also|instead|then|or)\b/i;
/**
 * A personal pronoun (or "it") opening a later sentence points back to someone the reader of a
 * three-line summary may not have met. Demonstratives are left alone: "This year" or "These
 * figures" usually read fine.
 */
const LEADING_PRONOUN = /^(?:he|she|they|it|its|his|her|their|him|them)\b/i;
/**
 * How well a sentence stands on its own, in [0, 1]: 0 for fragments and furniture, less for
 * questions, openings inside a quotation, caption text, and openers that lean on an earlier sentence.
 */
export function standalone(sentence: string, index: number): number {
  const words = countWords(sentence);
  // Cleaning already drops furniture from the body; the same test keeps a Doc built any other way honest.
  if (words < MIN_WORDS || isFurniture(sentence)) return 0;
  let factor = 1;
  if (QUESTION_END.test(sentence)) factor *= PENALTY.question;
  if (OPENS_WITH_QUOTE.test(sentence)) factor *= PENALTY.opensWithQuote;
  if (PICTURE_TALK.test(sentence)) factor *= PENALTY.captionMarker;
  if (CONNECTIVE_OPENER.test(sentence)) factor *= PENALTY.connective;
  // The first sentence has nothing earlier to lean on, so its pronoun is the story's subject.
  if (index > 0 && LEADING_PRONOUN.test(sentence)) factor *= PENALTY.leadingPronoun;
  if (words > LONG_WORDS) factor *= LONG_WORDS / words;
  return factor;
}

type TermVector = Map<string, number>;

interface WeightedVector {
  terms: TermVector;
  norm: number;
}

function cosine(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.terms.size < b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}

/** Stems outlive one article: news reuses most of its vocabulary, so most words are stemmed once per process. */
const stemCache = new Map<string, string>();
/** Past this many words the cache starts afresh, so a long-running bot's memory stays bounded. */
const STEM_CACHE_LIMIT = 50_000;

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stem = porterStem(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * TF-IDF vectors for the candidate sentences and the title, with document frequency counted over
 * the article's sentences: a word every paragraph repeats says little about any one of them.
 */
function tfidfVectors(doc: Doc, window: number): { sentences: WeightedVector[]; title: WeightedVector } {
  // One pass over the article with plain loops and a stem cache: this runs on every article.
  const stemsOf = (text: string): string[] => {
    const words = contentWords(text);
    for (let k = 0; k < words.length; k++) words[k] = cachedStem(words[k]!);
    return words;
  };
  const frequency = new Map<string, { sentences: number; lastSentence: number }>();
  const windowStems: string[][] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const stems = stemsOf(doc.sentences[i]!);
    if (i < window) windowStems.push(stems);
    for (const stem of stems) {
      const seen = frequency.get(stem);
      if (!seen) frequency.set(stem, { sentences: 1, lastSentence: i });
      else if (seen.lastSentence !== i) {
        seen.sentences++;
        seen.lastSentence = i;
      }
    }
  }
  const total = doc.sentences.length;
  const vectorOf = (stems: string[]): WeightedVector => {
    const terms: TermVector = new Map();
    for (const stem of stems) {
      const idf = Math.log((total + 1) / ((frequency.get(stem)?.sentences ?? 0) + 1)) + 1;
      terms.set(stem, (terms.get(stem) ?? 0) + idf);
    }
    let sumSquares = 0;
    for (const weight of terms.values()) sumSquares += weight * weight;
    return { terms, norm: Math.sqrt(sumSquares) };
  };
  return { sentences: windowStems.map(vectorOf), title: vectorOf(stemsOf(doc.title)) };
}

interface Candidate {
  index: number;
  score: number;
  words: number;
}

function candidates(doc: Doc, vectors: WeightedVector[], title: WeightedVector): Candidate[] {
  const found: Candidate[] = [];
  vectors.forEach((vector, index) => {
    const sentence = doc.sentences[index]!;
    const quality = standalone(sentence, index);
    if (quality === 0) return;
    const prior = 1 / (index + 1) + TITLE_WEIGHT * cosine(vector, title);
    found.push({ index, score: prior * quality, words: countWords(sentence) });
  });
  return found;
}

/** Cuts text to at most `limit` characters at a word boundary, marking the cut with an ellipsis. */
export function trimAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—-]+$/, '');
  return `${head}…`;
}

/**
 * Extractive summary: sentences chosen greedily by score less redundancy with those already chosen
 * (MMR), never a near-duplicate, stopping early once the word budget is spent, then put back in
 * article order; plus a one-line digest from the best sentence. Captions never reach `doc.sentences`.
 */
export function summarize(doc: Doc, opts: SummaryOptions): Summary {
  const most = Math.max(1, opts.sentences);
  const window = Math.min(doc.sentences.length, CANDIDATE_WINDOW);
  const vectors = tfidfVectors(doc, window);
  const pool = candidates(doc, vectors.sentences, vectors.title);
  const chosen: Candidate[] = [];
  let words = 0;
  while (chosen.length < most && pool.length > 0) {
    if (chosen.length >= MIN_SUMMARY_SENTENCES && words >= WORD_BUDGET) break;
    let bestAt = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    pool.forEach((candidate, at) => {
      let overlap = 0;
      for (const c of chosen)
        overlap = Math.max(overlap, cosine(vectors.sentences[candidate.index]!, vectors.sentences[c.index]!));
      const value = candidate.score * (1 - REDUNDANCY * overlap);
      if (value > bestValue) {
        bestValue = value;
        bestAt = at;
      }
    });
    const [pick] = pool.splice(bestAt, 1);
    if (!pick) break;
    const text = doc.sentences[pick.index]!;
    if (chosen.some((c) => isNearDuplicate(doc.sentences[c.index]!, text))) continue;
    chosen.push(pick);
    words += pick.words;
  }
  const best = chosen[0];
  chosen.sort((a, b) => a.index - b.index);
  const summary = chosen.map((c) => doc.sentences[c.index]!);
  const lead = best ? doc.sentences[best.index]! : (doc.sentences[0] ?? doc.title);
  return { summary, oneLine: trimAtWord(lead, opts.oneLineChars ?? 200) };
}
