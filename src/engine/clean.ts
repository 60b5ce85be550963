/**
 * Cleaning: raw article text in, clean body paragraphs and separated photo captions out.
 *
 * Conventions every later stage can rely on:
 * - Quotes are typographic. Straight `"` and `'` become “ ” and ‘ ’: a mark at the start of a
 *   paragraph or after a space or opening bracket opens, any other closes; `` '' „ « » fold in too.
 *   So quotations are always “…” or ‘…’, and an apostrophe is ’ (which is also the closing
 *   single quote, as in print: the quotes stage tells them apart by position), except a straight
 *   one inside a name before a capital ("O'Brien"), kept as the source spelled the name.
 * - Dashes between words are a spaced em dash ` — `; hyphens and number ranges are untouched.
 * - Spaces are single ASCII spaces (no tabs, non-breaking or zero-width characters); "..." stands
 *   for any ellipsis character.
 * - Paragraphs hold no captions, credits, bylines, timestamps, link or newsletter prompts,
 *   section headings, or repeated (near-duplicate) paragraphs and sentences.
 * The raw text is not modified; callers keep it if they need it.
 */
import type { Caption } from './schema.js';
import { splitSentences } from './sentences.js';
import {
  breakAtInlinePrompts,
  isFurniture,
  PROMPT_BREAK,
  stripLeadingFurniture,
} from './text/boilerplate.js';
import { separateGluedCaptions, splitCredit } from './text/captions.js';
import { dropNearDuplicates, isNearDuplicate } from './text/duplicates.js';
import { normaliseLine } from './text/normalize.js';
import { countWords, isSpaceUnit } from './text/tokens.js';

export interface CleanResult {
  title: string;
  paragraphs: string[];
  captions: Caption[];
  /**
   * Per paragraph, the sentences `splitSentences` gives it when cleaning already split that very
   * text (a paragraph that came through cleaning unchanged), else undefined: segmenting need not
   * split it again, nor look its whole text up in a table to find out.
   */
  splits: ReadonlyArray<readonly string[] | undefined>;
}

/** A paragraph this short that lacks final punctuation is a section heading, not body text. */
const MAX_HEADING_WORDS = 10;
/** Share of word pairs a paragraph must share with a caption to be that caption repeated. */
const CAPTION_REPEAT = 0.95;
/** A line this long is body text even when a credit line follows it. */
const MAX_CAPTION_WORDS = 70;

const ENDS_SENTENCE = /[.!?…:;][”’)\]]*$/;

interface Block {
  text: string;
  caption?: Caption;
  /** A caption split off the end of a body paragraph, which stays body (see splitLoneCaption). */
  extraCaption?: Caption;
}

/**
 * Raw lines into paragraphs: each line is one, unless it continues the one before mid-sentence
 * (hard-wrapped text, or a paragraph a scraper broke: no final punctuation, then a lowercase line).
 */
function toParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let blank = false;
  for (const raw of lines) {
    const line = normaliseLine(raw);
    if (!line) {
      blank = true;
      continue;
    }
    // Across a blank line, never after a heading ("What happens next" / "iPhone sales ...").
    const heading = blank && current !== null && countWords(current, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS;
    blank = false;
    if (current !== null && !heading && !ENDS_SENTENCE.test(current) && /^[\p{Ll}]/u.test(line)) {
      current = `${current} ${line}`;
      continue;
    }
    if (current !== null) paragraphs.push(current);
    current = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

/** Marks caption lines: lines with a credit, and the line a credit-only line belongs to. */
function findCaptions(paragraphs: string[]): Block[] {
  const blocks: Block[] = paragraphs.map((text) => ({ text }));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const parts = splitCredit(block.text);
    if (!parts) continue;
    if (parts.rest) {
      // A credit label the story runs on after: the story stays body text, and the credit goes
      // only to a caption above still without one (a body paragraph never becomes a caption here).
      const above = blocks[i - 1];
      if (above?.caption && !above.caption.credit) above.caption.credit = parts.credit;
      block.text = parts.rest;
      continue;
    }
    if (parts.text) {
      // A credit inside a long paragraph is an inline photo reference: keep the text as body.
      if (countWords(parts.text, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) block.text = parts.text;
      else if (blocks.length === 1) splitLoneCaption(block, parts.text, parts.credit);
      else block.caption = { text: parts.text, credit: parts.credit };
      continue;
    }
    // A credit on its own line belongs to the caption above it (or, failing that, below it).
    const owner = [blocks[i - 1], blocks[i + 1]].find(
      (b) => b !== undefined && (b.caption || countWords(b.text, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS),
    );
    if (owner && !owner.caption) owner.caption = { text: owner.text, credit: parts.credit };
    else if (owner?.caption && !owner.caption.credit) owner.caption.credit = parts.credit;
    block.caption = { text: '', credit: parts.credit };
  }
  // The same caption repeated without its credit is still a caption.
  const known = blocks.filter((b) => b.caption?.text).map((b) => b.caption!.text);
  for (const block of blocks) {
    // Only a paragraph that is no more than the caption, word for word or nearly: one that goes on
    // past it, or retells it in its own words ("A police official said ..." / "Reid said ..."), is body text.
    if (!block.caption && known.some((c) => repeatsCaption(c, block.text))) {
      block.caption = { text: block.text, credit: null };
    }
  }
  return blocks;
}

/**
 * A credit closing a text's only paragraph: a caption is its own sentence, the one the credit
 * follows, so the sentences before it stay the story's body; taking the whole paragraph for the
 * caption would leave the text with no body and no people at all.
 */
function splitLoneCaption(block: Block, text: string, credit: string | null): void {
  const sentences = splitSentences(text);
  const caption = sentences.pop() ?? text;
  if (sentences.length === 0) {
    block.caption = { text, credit };
    return;
  }
  block.text = sentences.join(' ');
  block.extraCaption = { text: caption, credit };
}

/**
 * A paragraph no more than the caption `c`, word for word or nearly. A module function: a named
 * closure made per paragraph is named at run time under tsx.
 */
function repeatsCaption(c: string, text: string): boolean {
  const most = countWords(c) + 3;
  return countWords(text, most) <= most && isNearDuplicate(c, text, CAPTION_REPEAT);
}

function isHeading(text: string): boolean {
  return (
    countWords(text, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS &&
    !ENDS_SENTENCE.test(text) &&
    !/[”’]$/.test(text)
  );
}

/** A text cleaning split into sentences, and its sentences. */
interface PieceSplit {
  text: string;
  split: string[];
}

/**
 * Body paragraph into clean sentences: leading furniture off, in-text prompts broken out, and
 * captions glued into the text separated.
 */
function cleanBody(paragraph: string, captions: string[], splits: PieceSplit[]): string[] {
  const sentences: string[] = [];
  const stripped = stripLeadingFurniture(paragraph);
  for (const piece of breakAtInlinePrompts(stripped).split(PROMPT_BREAK)) {
    const text = piece.trim();
    const split = splitSentences(text);
    splits.push({ text, split });
    for (const sentence of split) {
      const { body, captions: glued } = separateGluedCaptions(sentence);
      captions.push(...glued);
      if (body) sentences.push(body);
    }
  }
  return sentences;
}

/** Headlines are short and, unlike body sentences, rarely end in a full stop. */
const MAX_HEADLINE_WORDS = 30;
const MAX_DERIVED_TITLE = 120;

function looksLikeHeadline(line: string): boolean {
  const n = countWords(line);
  return n > 0 && n <= MAX_HEADLINE_WORDS && !/[.;:,][”’)\]]*$/.test(line);
}

/**
 * Whether `replace(/\s+/g, ' ').trim()` would change the text: whitespace other than a space, two
 * spaces together, or a space at either end. Clean paragraphs have none. A character loop, as a
 * regex with these alternatives is tried at every position of what is often the whole article.
 */
function hasLooseSpacing(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return true;
    } else if (isSpaceUnit(c)) return true;
  }
  return false;
}

/** A title for text that has none: its first sentence, cut at a word boundary. */
function derivedTitle(text: string): string {
  // Only the first sentence is split off, and spacing rewritten only when needed: for the many
  // scraped articles that are one paragraph, both would otherwise cost a pass over the article.
  const flat = hasLooseSpacing(text) ? text.replace(/\s+/g, ' ').trim() : text;
  const first = splitSentences(flat, 1)[0] ?? '';
  if (first.length <= MAX_DERIVED_TITLE) return first;
  return `${first.slice(0, MAX_DERIVED_TITLE).replace(/\s+\S*$/, '')}…`;
}

/**
 * The title and how much of the text it takes: a given title (the first paragraph is skipped
 * only when it repeats it), else a headline-like first line (taken off the first paragraph, even
 * when the body follows it without a blank line), else the first sentence, leaving the body whole.
 */
function titleOf(
  paragraphs: string[],
  given: string | undefined,
  firstLine: string,
): { title: string; skip: number; firstParagraph?: string } {
  const first = paragraphs[0] ?? '';
  // A given title, even an empty one, means the first line is body text unless it repeats the title.
  if (given !== undefined) {
    // The title is shown as the outlet wrote it: only its spacing is normalised.
    const title = given.replace(/\s+/g, ' ').trim();
    // The cheap word count first: comparing with the first paragraph costs its whole length.
    const most = countWords(title) + 2;
    const repeatsTitle = title !== '' && countWords(first, most) <= most && isNearDuplicate(first, title);
    // A text that is only its headline (a one-line post, a title-only feed item) keeps it as its body.
    return { title, skip: repeatsTitle && paragraphs.length > 1 ? 1 : 0 };
  }
  // A first line too long for a headline (a one-line article) is not normalised a second time.
  if (countWords(firstLine, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS)
    return { title: derivedTitle(first), skip: 0 };
  // The title keeps the outlet's own typography; the normalised form finds it in the paragraphs.
  const title = firstLine.replace(/\s+/g, ' ').trim();
  const line = normaliseLine(firstLine).replace(/\s+/g, ' ').trim();
  if (!looksLikeHeadline(title)) return { title: derivedTitle(first), skip: 0 };
  if (first === line || !first.startsWith(line)) return { title, skip: first ? 1 : 0 };
  return { title, skip: 0, firstParagraph: first.slice(line.length).trim() };
}

/** Derives the clean title, body paragraphs and captions from raw article text. */
export function cleanArticle(raw: string, title?: string): CleanResult {
  const lines = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).split('\n');
  const all = toParagraphs(lines);
  const firstLine = lines.find((l) => /\S/.test(l)) ?? '';
  const head = titleOf(all, title, firstLine);
  if (head.firstParagraph !== undefined) all[0] = head.firstParagraph;
  const blocks = findCaptions(all.slice(head.skip));

  const captionTexts: string[] = [];
  const captions: Caption[] = [];
  for (const block of blocks) {
    if (block.caption?.text) captions.push(block.caption);
    if (block.extraCaption) captions.push(block.extraCaption);
  }

  const kept = blocks.filter(
    (b, i) => !b.caption && !isFurniture(b.text) && !(isHeading(b.text) && i < blocks.length - 1),
  );
  const uniqueParagraphs = dropNearDuplicates(kept, (b) => b.text, { exactShort: true });

  const bodySentences: { text: string; paragraph: number }[] = [];
  // The pieces each block was split as: a paragraph that comes out as one of its own pieces'
  // text has that piece's sentences (the split is a function of the text alone).
  const pieces: PieceSplit[][] = [];
  uniqueParagraphs.forEach((block, paragraph) => {
    const own: PieceSplit[] = [];
    pieces.push(own);
    for (const text of cleanBody(block.text, captionTexts, own)) {
      if (!isFurniture(text)) bodySentences.push({ text, paragraph });
    }
  });
  for (const text of captionTexts) captions.push({ text, credit: null });

  // Sentences that repeat a caption (tabloids retell the picture in the text) stay in the body:
  // only repeats within the body are dropped, keeping the fuller wording.
  const uniqueSentences = dropNearDuplicates(bodySentences, (s) => s.text, { exactShort: false });
  // Each paragraph's sentences joined once: a join makes one flat string, where appending
  // sentence by sentence built a chain of pieces every later reader had to flatten.
  const parts: string[][] = [];
  const partBlocks: number[] = [];
  let lastParagraph = -1;
  for (const s of uniqueSentences) {
    if (s.paragraph === lastParagraph) parts[parts.length - 1]!.push(s.text);
    else {
      parts.push([s.text]);
      partBlocks.push(s.paragraph);
    }
    lastParagraph = s.paragraph;
  }
  const paragraphs = parts.map((sentences) => sentences.join(' '));
  const splits = paragraphs.map((text, i) => pieces[partBlocks[i]!]!.find((p) => p.text === text)?.split);

  return {
    title: head.title,
    paragraphs,
    captions: dropNearDuplicates(captions, (c) => c.text, { exactShort: true }),
    splits,
  };
}
