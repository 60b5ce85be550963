import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { countLetteredWords } from '../src/engine/text/tokens.js';

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
  /** The data set marks it direct (PolNeAR's flag; GGT: inside quote marks), whatever its length. */
  marked: boolean;
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
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
        reference: z.string().nullable().default(''),
      }),
    ),
  }),
);

const PolnearSchema = z.array(
  z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    text: z.string(),
    quotes: z.array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
        direct: z.boolean(),
        speaker: z.string().nullable().default(''),
      }),
    ),
  }),
);

/** Scoring counts a quotation from four words up; one to three are scare quotes or titles. */
export const MIN_QUOTATION_WORDS = 4;

/**
 * Words in the longest stretch between double quote marks (marks alternate; a stretch left open at
 * the end counts). The scoring rule is about quote-mark spans: one to three words are scare quotes
 * or titles, four or more are quotations.
 */
function quotedWords(text: string): number {
  const parts = text.split(/["“”„«»]/);
  let most = 0;
  for (let k = 1; k < parts.length; k += 2) most = Math.max(most, countLetteredWords(parts[k]!));
  return most;
}

/** GGT mixes indirect speech in; a quote is direct when its span opens or closes on a double quote mark. */
function isInsideQuoteMarks(text: string): boolean {
  const t = text.trim();
  return /^["“”]/.test(t) || /["“”]$/.test(t);
}

/** A gold quote the dataset marks as direct (`marked`), split by what its quote marks hold. */
function goldQuote(
  q: { start: number; end: number; text: string },
  marked: boolean,
  speaker: string,
): GoldQuote {
  const long = marked && countLetteredWords(q.text) >= MIN_QUOTATION_WORDS;
  const quoted = quotedWords(q.text) >= MIN_QUOTATION_WORDS;
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    direct: long && quoted,
    mixed: long && !quoted,
    marked,
    speaker,
  };
}

export function loadGgt(evalDir: string): GoldArticle[] {
  const raw = GgtSchema.parse(JSON.parse(readFileSync(path.join(evalDir, 'ggt-quotes.json'), 'utf8')));
  return raw.map((a) => ({
    id: a.id,
    text: a.text,
    quotes: a.quotes.map((q) => goldQuote(q, isInsideQuoteMarks(q.text), q.reference ?? '')),
  }));
}

export function loadPolnear(evalDir: string): GoldArticle[] {
  return loadPolnearFile(path.join(evalDir, 'polnear-dev.json'));
}

/** Any PolNeAR split (the training split has the same format as the dev file). */
export function loadPolnearFile(file: string): GoldArticle[] {
  const raw = PolnearSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return raw.map((a) => ({
    id: a.id,
    text: a.text,
    quotes: a.quotes.map((q) => goldQuote(q, q.direct, q.speaker ?? '')),
  }));
}
