import type { ParsedArticle } from '../engine/schema.js';
import type { Story } from '../store/alert-store.js';

/**
 * The same news from several outlets shares its people, places, organisations and dates. A story
 * is identified by that signature; a new article joins a recent story when the signatures overlap
 * enough, otherwise it starts one.
 */

/** Stories older than this don't absorb new articles: "a day or two" in newsroom terms. */
export const STORY_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Share of the smaller signature that must be common to both. */
const MIN_OVERLAP = 0.5;
/** Fewer shared features than this is coincidence (two stories that both mention "United States"). */
const MIN_SHARED = 3;

export function storySignature(parsed: ParsedArticle): string[] {
  const features = new Set<string>();
  const top = <T extends { mentions: number }>(list: T[], n: number) =>
    [...list].sort((a, b) => b.mentions - a.mentions).slice(0, n);
  for (const p of top(parsed.people, 6)) features.add(`person:${p.name.toLowerCase()}`);
  for (const p of top(parsed.places, 5)) features.add(`place:${p.name.toLowerCase()}`);
  for (const o of top(parsed.organizations, 5)) features.add(`org:${o.name.toLowerCase()}`);
  for (const d of parsed.dates) if (d.value && !d.caption && d.granularity === 'day') features.add(`date:${d.value}`);
  return [...features].sort();
}

function signatureOverlap(a: readonly string[], b: readonly string[]): { shared: number; ratio: number } {
  const set = new Set(a);
  const shared = b.filter((f) => set.has(f)).length;
  const smaller = Math.min(a.length, b.length);
  return { shared, ratio: smaller === 0 ? 0 : shared / smaller };
}

/** The recent story this signature belongs to, best overlap first, or null for a new story. */
export function findStory(signature: readonly string[], recent: readonly Story[]): Story | null {
  let best: { story: Story; ratio: number } | null = null;
  for (const story of recent) {
    const { shared, ratio } = signatureOverlap(signature, story.signature);
    if (shared >= MIN_SHARED && ratio >= MIN_OVERLAP && (!best || ratio > best.ratio)) best = { story, ratio };
  }
  return best?.story ?? null;
}
