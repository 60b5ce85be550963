import type { ParsedArticle } from '../engine/schema.js';
import { datelineOnly, type EventDetails, eventDetailsOf } from './details.js';
import { minhash } from './minhash.js';
import { addCounts, contentTerms, foldTerm, wordsOf } from './terms.js';

/**
 * What the story grouper knows of one article: its term counts (title and lead counted again, as
 * they say what the article is about), the names it mentions, a MinHash of its wording and the day
 * it reports, when known. Built from the parsed article, so grouping adds no second parse.
 */
export interface StoryDoc {
  id: string;
  terms: Map<string, number>;
  /** Entity keys: "p:" people (full name and surname), "o:" organisations, "l:" places. */
  names: Set<string>;
  /** Display forms of the names, by key, for explanations. */
  nameLabels: Map<string, string>;
  shingles: Uint32Array | null;
  /** Days since 1970-01-01 of the publication date its source gave, when it gave one. */
  day: number | null;
  /** Term counts of the headline and of the first sentence alone: what the article leads with. */
  titleTerms: Map<string, number>;
  leadTerms: Map<string, number>;
  /** Figures, years, weekdays and the text's own date (`textDay` is `day` when the source gave one). */
  details: EventDetails;
  /**
   * Counts of the capitalised words inside sentences and of the figures: the names and numbers
   * that tell one event from a look-alike one, compared apart from the topic's common words.
   */
  properTerms: Map<string, number>;
}

/** Names mentioned this often or in the first few sentences are what the article is about. */
const LEAD_SENTENCES = 3;
const MAX_NAMES_PER_KIND = 8;
/** Words as written (case kept), decimals and internal apostrophes or hyphens inside. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/**
 * The day an article was published, when its source said so (feed, ingest request or `--published`).
 * A day the engine read from the text itself (a dateline, "May 3, 2013" under the headline, or the
 * first dated sentence) does not count: on ECB+ dev such days put reports of one event weeks or
 * years apart (a background date taken for the dateline, a follow-up a month on), and vetoing on
 * them split stories (B-cubed F1 0.841 with them, 0.861 without).
 */
function reportedDay(parsed: ParsedArticle, published: string | null | undefined): number | null {
  const given = published ?? parsed.published;
  if (!given || (parsed.publishedInferred && given === parsed.published)) return null;
  return dayNumber(given);
}

function namesOf(parsed: ParsedArticle): { names: Set<string>; labels: Map<string, string> } {
  const names = new Set<string>();
  const labels = new Map<string, string>();
  const add = (key: string, label: string) => {
    if (key.length <= 2) return;
    names.add(key);
    if (!labels.has(key)) labels.set(key, label);
  };
  const salient = <T extends { mentions: number; firstSentence: number }>(list: readonly T[]) =>
    list
      .filter((e) => e.mentions >= 2 || e.firstSentence < LEAD_SENTENCES)
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, MAX_NAMES_PER_KIND);
  for (const p of salient(parsed.people)) {
    const parts = wordsOf(p.name);
    add(`p:${parts.join(' ')}`, p.name);
    // The surname alone, as a second outlet may give only "Reid" where the first wrote "Tara Reid".
    const last = parts.at(-1);
    if (parts.length > 1 && last) add(`p:${last}`, p.name);
  }
  for (const o of salient(parsed.organizations)) add(`o:${wordsOf(o.name).map(foldTerm).join(' ')}`, o.name);
  for (const l of salient(parsed.places)) add(`l:${wordsOf(l.name).join(' ')}`, l.name);
  return { names, labels };
}

export function storyDocOf(id: string, parsed: ParsedArticle, published?: string | null): StoryDoc {
  const terms = new Map<string, number>();
  const body = parsed.paragraphs.join('\n');
  const titleTerms = contentTerms(parsed.title);
  addCounts(terms, titleTerms, 2);
  const lead = parsed.sentences[0] ?? '';
  // A title that is only the first sentence again (plain text with no headline) is not counted twice.
  if (lead.trim() !== parsed.title.trim()) addCounts(terms, contentTerms(lead));
  addCounts(terms, contentTerms(body));
  const { names, labels } = namesOf(parsed);
  const day = reportedDay(parsed, published);
  const details = eventDetailsOf(parsed, day);
  const leadTerms = new Map<string, number>();
  addCounts(leadTerms, contentTerms(lead));
  const headline = new Map<string, number>();
  addCounts(headline, titleTerms);
  return {
    id,
    terms,
    names,
    nameLabels: labels,
    shingles: minhash(wordsOf(body)),
    day,
    titleTerms: headline,
    leadTerms,
    details,
    properTerms: properTermsOf([parsed.title, ...parsed.sentences].filter((line) => !datelineOnly(line))),
  };
}

/**
 * A line in headline case ("Storm Closes Harbour Bridge") or in capitals capitalises its common
 * words too, so its capitals mark no names: most of its words after the first start upper-case.
 */
function headlineCased(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words.slice(1)) {
    if (!/^\p{L}/u.test(w) || w.length < 4) continue;
    letters++;
    if (/^\p{Lu}/u.test(w)) upper++;
  }
  return letters >= 3 && upper / letters > 0.6;
}

/**
 * Capitalised words that do not open their sentence, and figures of two or more characters.
 * A sentence's first word is capitalised whatever it is, so it is left out rather than guessed.
 */
function properTermsOf(sentences: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const sentence of sentences) {
    const words = sentence.match(WORD) ?? [];
    const caseless = headlineCased(words);
    for (const [i, word] of words.entries()) {
      const proper = i > 0 && !caseless && /^\p{Lu}/u.test(word);
      const figure = word.length >= 2 && /^\d/.test(word);
      if (!proper && !figure) continue;
      const [term] = contentTerms(word);
      if (term) out.set(term, (out.get(term) ?? 0) + 1);
    }
  }
  return out;
}
