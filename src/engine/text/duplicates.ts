import { wordTokens } from './tokens.js';

/** Below this many words a text is too short to call a near-duplicate of anything but itself. */
const MIN_WORDS = 6;
/** Share of the shorter text's word pairs found in the longer one for the two to count as one. */
const CONTAINMENT = 0.8;

interface Fingerprint {
  words: number;
  exact: string;
  /** Distinct adjacent word pairs: order matters, so a short sentence of common words is not
   * "contained" in every long one. Each pair is a number made of its two word ids. */
  pairs: Set<number>;
}

/** Word ids stay below this, so `first * PAIR_BASE + second` names one pair as an exact integer. */
const PAIR_BASE = 0x200000;

/**
 * Numbers words for one comparison run, so pairs hash as numbers instead of freshly built strings:
 * fingerprinting every paragraph and sentence of every article is most of the deduplication cost.
 * Ids are only comparable between fingerprints made with the same `WordIds`.
 */
class WordIds {
  private readonly ids = new Map<string, number>();

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      // Past PAIR_BASE distinct words (no article comes near) ids wrap: a collision could only add a shared pair.
      id = this.ids.size % PAIR_BASE;
      this.ids.set(word, id);
    }
    return id;
  }
}

function fingerprint(text: string, ids: WordIds): Fingerprint {
  const tokens = wordTokens(text);
  const pairs = new Set<number>();
  let previous = tokens.length > 0 ? ids.idOf(tokens[0]!) : 0;
  for (let i = 1; i < tokens.length; i++) {
    const current = ids.idOf(tokens[i]!);
    pairs.add(previous * PAIR_BASE + current);
    previous = current;
  }
  return { words: tokens.length, exact: tokens.join(' '), pairs };
}

function shorterIsContained(a: Fingerprint, b: Fingerprint, shared: number, containment = CONTAINMENT): boolean {
  const smaller = Math.min(a.pairs.size, b.pairs.size);
  return smaller > 0 && shared / smaller >= containment;
}

/**
 * Whether one text (nearly) repeats the other: the same words, or one cut short or lightly edited.
 * `containment` is the share of the shorter text's word pairs the longer must hold.
 */
export function isNearDuplicate(a: string, b: string, containment = CONTAINMENT): boolean {
  const ids = new WordIds();
  const fa = fingerprint(a, ids);
  const fb = fingerprint(b, ids);
  if (fa.exact === fb.exact) return fa.words > 0;
  if (Math.min(fa.words, fb.words) < MIN_WORDS) return false;
  let shared = 0;
  for (const p of fa.pairs) if (fb.pairs.has(p)) shared++;
  return shorterIsContained(fa, fb, shared, containment);
}

export interface DedupeOptions {
  /** Drop exact repeats of texts shorter than MIN_WORDS too (paragraphs yes, sentences no). */
  exactShort: boolean;
}

/**
 * Drops repeated items, keeping the fuller version of each near-duplicate pair in its own position
 * (exact repeats keep the first). Scraped articles repeat their standfirst, captions and pull
 * quotes, sometimes cut short. Candidate pairs come from an index of word pairs, so the cost grows
 * with shared material rather than with the square of the article length.
 */
export function dropNearDuplicates<T>(items: T[], textOf: (item: T) => string, opts: DedupeOptions): T[] {
  if (items.length < 2) return items;
  const ids = new WordIds();
  const prints = items.map((it) => fingerprint(textOf(it), ids));
  const keep = items.map(() => true);
  const byExact = new Map<string, number>();
  const index = new Map<number, number[]>();
  for (let i = 0; i < prints.length; i++) {
    const fp = prints[i]!;
    const earlierExact = byExact.get(fp.exact);
    if (earlierExact !== undefined && fp.words > 0 && (opts.exactShort || fp.words >= MIN_WORDS)) {
      keep[i] = false;
      continue;
    }
    byExact.set(fp.exact, i);
    if (fp.words >= MIN_WORDS) {
      const shared = new Map<number, number>();
      for (const p of fp.pairs) {
        for (const j of index.get(p) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
      for (const [j, count] of shared) {
        if (!keep[j] || !shorterIsContained(fp, prints[j]!, count)) continue;
        if (fp.words > prints[j]!.words) keep[j] = false;
        else keep[i] = false;
        if (!keep[i]) break;
      }
      if (!keep[i]) continue;
      for (const p of fp.pairs) {
        const list = index.get(p);
        if (list) list.push(i);
        else index.set(p, [i]);
      }
    }
  }
  return items.filter((_, i) => keep[i]);
}
