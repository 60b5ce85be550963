import type { Doc } from './doc.js';
import { isNearDuplicate } from './text/duplicates.js';
import { porterStem } from './text/porter.js';
import { contentWords } from './text/tokens.js';

export interface SummaryOptions {
  /** Sentences in the summary (2-3 read best in chat). */
  sentences: number;
  /** Longest one-line digest, in characters. */
  oneLineChars?: number;
}

export interface Summary {
  summary: string[];
  oneLine: string;
}

/**
 * Weights of the sentence signals. News puts the gist first, so position dominates; centrality
 * and title overlap let a later sentence displace a lead sentence that is scene-setting, a question
 * or a bare quotation.
 */
const WEIGHTS = { position: 1, centrality: 0.2, title: 0.3 };
/**
 * Centrality is directional (as in PacSum): a sentence the rest of the article goes on to develop
 * is a summary sentence; one that mostly echoes what came before it is elaboration. Similarity to
 * earlier sentences therefore counts against a sentence, at this fraction.
 */
const BACKWARD_PENALTY = 0.5;
/** Sentences beyond this index are not considered: highlights almost always come from the top. */
const CANDIDATE_WINDOW = 10;
const MIN_WORDS = 6;
const LONG_WORDS = 40;

const CONNECTIVE_OPENER = /^(?:but|and|however|meanwhile|still|yet|so|also|instead|then)\b/i;
const OPENS_WITH_QUOTE = /^[“‘]/;

function stems(text: string): string[] {
  return contentWords(text).map(porterStem);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** How much a sentence has to say on its own, in [0, 1]: penalises questions, bare quotes, fragments. */
function informativeness(sentence: string): number {
  const words = wordCount(sentence);
  if (words < MIN_WORDS) return 0;
  let factor = 1;
  if (/\?[”’]?$/.test(sentence)) factor *= 0.15;
  if (OPENS_WITH_QUOTE.test(sentence)) factor *= 0.6;
  if (CONNECTIVE_OPENER.test(sentence)) factor *= 0.8;
  if (words > LONG_WORDS) factor *= LONG_WORDS / words;
  return factor;
}

interface Scored {
  index: number;
  score: number;
  /** False for fragments too short to stand alone. */
  usable: boolean;
}

function scoreSentences(doc: Doc): Scored[] {
  const sentenceStems = doc.sentences.map((s) => new Set(stems(s)));
  const titleStems = new Set(stems(doc.title));
  const window = Math.min(doc.sentences.length, CANDIDATE_WINDOW);

  const raw: { centrality: number; title: number }[] = [];
  for (let i = 0; i < window; i++) {
    const set = sentenceStems[i]!;
    let onTitle = 0;
    for (const w of set) if (titleStems.has(w)) onTitle++;
    let forward = 0;
    let backward = 0;
    sentenceStems.forEach((other, j) => {
      if (j === i) return;
      let shared = 0;
      for (const w of set) if (other.has(w)) shared++;
      const similarity = shared / Math.sqrt(Math.max(1, set.size) * Math.max(1, other.size));
      if (j > i) forward += similarity;
      else backward += similarity;
    });
    raw.push({
      centrality: forward - BACKWARD_PENALTY * backward,
      title: titleStems.size ? onTitle / titleStems.size : 0,
    });
  }
  const maxCentrality = Math.max(1e-9, ...raw.map((r) => Math.abs(r.centrality)));
  return raw.map((r, i) => {
    // Position weight halves by the second sentence and keeps falling: 1, 1/2, 1/3, ...
    const position = 1 / (i + 1);
    const base =
      WEIGHTS.position * position +
      WEIGHTS.centrality * (r.centrality / maxCentrality) +
      WEIGHTS.title * r.title;
    const factor = informativeness(doc.sentences[i]!);
    return { index: i, score: base * factor, usable: factor > 0 };
  });
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
 * Extractive summary: the best-scoring sentences of the article's opening, no two saying the same
 * thing, in article order; plus a one-line digest. Captions never reach `doc.sentences`.
 */
export function summarize(doc: Doc, opts: SummaryOptions): Summary {
  const want = Math.max(1, opts.sentences);
  const ranked = scoreSentences(doc)
    .filter((s) => s.usable)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: Scored[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= want) break;
    const text = doc.sentences[candidate.index]!;
    if (chosen.some((c) => isNearDuplicate(doc.sentences[c.index]!, text))) continue;
    chosen.push(candidate);
  }
  const best = chosen[0];
  chosen.sort((a, b) => a.index - b.index);
  const summary = chosen.map((c) => doc.sentences[c.index]!);
  const lead = best ? doc.sentences[best.index]! : (doc.sentences[0] ?? doc.title);
  return { summary, oneLine: trimAtWord(lead, opts.oneLineChars ?? 200) };
}
