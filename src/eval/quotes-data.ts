import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** One gold quote reduced to what the quote evaluation scores: its span and its speaker. */
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  /** Direct quotation with at least four words inside quote marks: the ones recall is scored on. */
  direct: boolean;
  /**
   * Reported speech of four words or more holding only short quoted phrases ("called his rivals
   * “deplorables”"): marked direct by PolNeAR, but its quote-mark spans are scare-quote length.
   */
  mixed: boolean;
  /** GGT: resolved full name; PolNeAR: the surface mention (may be a pronoun). */
  speaker: string;
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const GgtSchema = z.array(
  z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    text: z.string(),
    quotes: z.array(
      z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), reference: z.string().nullable().default('') }),
    ),
  }),
);

const PolnearSchema = z.array(
  z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    text: z.string(),
    quotes: z.array(
      z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), direct: z.boolean(), speaker: z.string().nullable().default('') }),
    ),
  }),
);

export function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Words in the longest stretch between double quote marks (marks alternate; a stretch left open at
 * the end counts). The scoring rule is about quote-mark spans: one to three words are scare quotes
 * or titles, four or more are quotations.
 */
export function quotedWords(text: string): number {
  const parts = text.split(/["“”„«»]/);
  let most = 0;
  for (let k = 1; k < parts.length; k += 2) most = Math.max(most, wordsIn(parts[k]!));
  return most;
}

/** GGT mixes indirect speech in; a quote is direct when its span opens or closes on a double quote mark. */
function isInsideQuoteMarks(text: string): boolean {
  const t = text.trim();
  return /^["“”]/.test(t) || /["“”]$/.test(t);
}

export function loadGgt(evalDir: string): GoldArticle[] {
  const raw = GgtSchema.parse(JSON.parse(readFileSync(path.join(evalDir, 'ggt-quotes.json'), 'utf8')));
  return raw.map((a) => ({
    id: a.id,
    text: a.text,
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      direct: isInsideQuoteMarks(q.text) && wordsIn(q.text) >= 4 && quotedWords(q.text) >= 4,
      mixed: isInsideQuoteMarks(q.text) && wordsIn(q.text) >= 4 && quotedWords(q.text) < 4,
      speaker: q.reference ?? '',
    })),
  }));
}

export function loadPolnear(evalDir: string): GoldArticle[] {
  const raw = PolnearSchema.parse(JSON.parse(readFileSync(path.join(evalDir, 'polnear-dev.json'), 'utf8')));
  return raw.map((a) => ({
    id: a.id,
    text: a.text,
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      direct: q.direct && wordsIn(q.text) >= 4 && quotedWords(q.text) >= 4,
      mixed: q.direct && wordsIn(q.text) >= 4 && quotedWords(q.text) < 4,
      speaker: q.speaker ?? '',
    })),
  }));
}
