/**
 * Page furniture that scrapers leave in article text: bylines, timestamps, "Read more" links,
 * newsletter and share prompts, datelines. Recognised by shape, never by outlet-specific strings
 * alone, so the rules carry over to sources Herald has not seen.
 */

import { countWords } from './tokens.js';
import { WIRE_AGENCIES, WIRE_DESKS } from './wire-agencies.js';

/** Lines this long or longer are body text even if they start like a prompt. */
const MAX_FURNITURE_WORDS = 30;

/**
 * "By Jane Doe", "By Jane Doe and Tom Ellis, Reuters": bylines are written with a capital B, so the
 * case of "By" is open; the name words are capitalised, and what follows a comma, "and", "&", "|" or
 * "/" is more names or an outlet ("Political Correspondent", "The Globe and Mail"), so a sentence that
 * opens with a time ("By Monday, the river had burst its banks.") is not taken for one. Each name
 * word is matched whole (the lookahead), so a long capitalised word cannot be split many ways.
 */
const BYLINE =
  /^[Bb]y\s+(?:\.\s+)?(?:[A-Z][\p{L}’'.-]*(?![\p{L}’'.-])\s*){1,4}(?:(?:[,&|/.]|(?:and|of|the|for|to)\b|[A-Z][\p{L}’'.-]*(?![\p{L}’'.-]))\s*)*$/u;
const LINK_PROMPT =
  /^(?:read (?:also|more|next)|related(?: articles?| stories| coverage)?|see also|more on this|more:|watch:|listen:|recommended|most (?:read|popular)|trending|you may also like|further reading)\b/i;
const CALL_TO_ACTION =
  /^(?:sign up|subscribe|click here|tap here|follow (?:us|me|@)|share (?:this|on|via)|like us|join (?:us|our)|get (?:our|the) (?:newsletter|app|latest)|download (?:the|our)|scroll down|advertisement|continue reading|story continues|skip advert|comments?\b|sponsored)/i;
/**
 * A copyright sign marks a credit line ("© 2024 Daily Planet", "Copyright © Jane Doe") where it
 * stands apart; glued to a letter before it, it is the second byte of an "é" that a scraper
 * decoded as Latin-1 ("rÃ©sumÃ©", "LibÃ©ration"), inside an ordinary body sentence.
 */
const PROMPT_ANYWHERE =
  /\b(?:sign up (?:for|to) (?:our|the)|subscribe to (?:our|the)|our newsletter|all rights reserved|click here to|follow us on)\b|(?<![\p{L}\p{M}])©|\bcopyright \d{4}/iu;
const TIMESTAMP =
  /^(?:published|updated|last updated|posted|first published|modified)\b\s*(?:at|on|:)?\s*[\d\p{L}:,. |-]*$/iu;

/**
 * The pieces a page's date line is made of: month and weekday names (whole or short), numbers
 * (days, years, times), clock and zone words, and the page's notes beside them ("Updated",
 * "2 hours ago", "5 min read"), with their separators.
 */
const DATE_LINE_TOKEN = new RegExp(
  '^(?:' +
    [
      '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?',
      '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?',
      '\\d[\\d:./-]*(?:st|nd|rd|th|h|am|pm)?',
      '[ap]\\.?m\\.?|gmt|utc|bst|cet|cest|ist|[ecmp][sd]t|aes?t|aedt|et|pt|hkt|jst|sgt|updated|published|posted|modified|last|ago|mins?|minutes?|hours?|hrs?|read|at|on|[·|/—–-]',
    ].join('|') +
    ')$',
  'i',
);
const HAS_MONTH_OR_YEAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\p{L}])|\b(?:1[89]|20)\d\d\b/iu;

/** Words a credit beside a date stamp is made of: capitalised names and outlets, "by", "and". */
const CREDIT_TOKEN = /^(?:\p{Lu}[\p{L}.'’&-]*|by|written|and)$/u;
const YEAR = /\b(?:1[89]|20)\d\d\b/;
/** A line's first token as `line.split(/[\s,()]+/)` with empty parts dropped gives it. */
const FIRST_TOKEN = /[^\s,()]+/;

/**
 * A line that is only the page's date stamp, perhaps with its credit: "Mon 5 Mar 2024 14.02 GMT",
 * "March 5, 2024 / 6:01 AM / Updated 2 hours ago", "Jane Doe | Daily Planet | March 5, 2024".
 * Credit words count only beside a full year, and a stamp has no lowercase words of its own.
 */
function isDateLine(line: string): boolean {
  if (!/\d/.test(line)) return false;
  // The first token must pass the test every token passes below: asked before the case-blind
  // Unicode month search, it turns away a prose sentence holding a number at once (same answer).
  const first = FIRST_TOKEN.exec(line)?.[0];
  if (first === undefined) return false;
  const credited = YEAR.test(line);
  if (!DATE_LINE_TOKEN.test(first) && !(credited && CREDIT_TOKEN.test(first))) return false;
  if (!HAS_MONTH_OR_YEAR.test(line)) return false;
  const tokens = line.split(/[\s,()]+/).filter((t) => t.length > 0);
  return tokens.every((t) => DATE_LINE_TOKEN.test(t) || (credited && CREDIT_TOKEN.test(t)));
}

/** Whether a whole line or paragraph is furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const words = countWords(line, MAX_FURNITURE_WORDS);
  if (words === 0 || words >= MAX_FURNITURE_WORDS) return false;
  if (BYLINE.test(line) && words <= 12) return true;
  if (LINK_PROMPT.test(line) || CALL_TO_ACTION.test(line)) return true;
  if (TIMESTAMP.test(line) || isDateLine(line)) return true;
  return mayHoldPrompt(line) && PROMPT_ANYWHERE.test(line);
}

/**
 * A test that every line PROMPT_ANYWHERE matches passes, and most body lines fail, at a tenth of
 * the cost: the pattern is case-blind and searched at every position, and it is asked of every
 * short paragraph and sentence. Under `iu` two letters past ASCII match its ASCII letters (long s
 * for "s", the Kelvin sign for "k", by Unicode case folding); a line holding either goes to the
 * pattern itself. Otherwise a match is its phrase in ASCII letters of either case: one case-blind
 * search for all the phrases (without the `u` flag, no letter past ASCII matches an ASCII one),
 * which costs a third of lower-casing the line (a two-byte string, lowered in the runtime) and
 * searching it once per phrase.
 */
const PROMPT_PHRASE =
  /sign up |subscribe to |our newsletter|all rights reserved|click here to|follow us on|copyright /i;
function mayHoldPrompt(line: string): boolean {
  if (line.includes('©') || line.includes('\u017f') || line.includes('\u212a')) return true;
  return PROMPT_PHRASE.test(line);
}

/**
 * Header furniture glued in front of a body paragraph, as tabloid scrapes have it:
 * "By . Jane Doe . PUBLISHED: 09:13 EST, 3 May 2013 | . UPDATED: 11:02 EST, 3 May 2013 . ".
 */
const GLUED_BYLINE = /^by\s+\.\s+[^.]{1,80}?\s+\.\s+(?:and\s+[^.]{1,80}?\s+\.\s+)?/i;
const GLUED_TIMESTAMPS =
  /^(?:\|?\s*\.?\s*(?:PUBLISHED|UPDATED|Last updated)\b:?\s*[^|]{0,60}?\d{4}\s*(?:\|\s*)?\.?\s*)+/i;

/**
 * Source datelines that open wire and broadcast copy: "(CNN)", "Boston (CNN) — ",
 * "WASHINGTON (Reuters) — ", "LONDON — ". The place is kept out of the body because it is
 * the newsroom's location, not a fact of the story.
 */
const AGENCY_DATELINE = new RegExp(
  `^(?:[A-Z][\\p{L}.'’ -]{0,40}(?:,\\s*[\\p{L}.'’ ]{1,30})?\\s*)?\\((?:${[...WIRE_AGENCIES, ...WIRE_DESKS].join('|')})\\)\\s*(?:—\\s*)?`,
  'u',
);
const CAPITALS_DATELINE = /^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[\p{L}.'’ ]{1,30})?\s+—\s+(?=[A-Z“‘])/u;

/** Removes furniture glued to the start of a paragraph (byline, timestamps, dateline). */
export function stripLeadingFurniture(paragraph: string): string {
  let text = paragraph;
  for (let pass = 0; pass < 3; pass++) {
    const before = text;
    text = text.replace(GLUED_BYLINE, '').replace(GLUED_TIMESTAMPS, '');
    text = text.replace(AGENCY_DATELINE, '').replace(CAPITALS_DATELINE, '');
    text = text.replace(/^[.|\s]+/, '');
    if (text === before) break;
  }
  return text;
}

/**
 * In-text prompts that interrupt a paragraph ("... said. Scroll down for video The ..."). They are
 * replaced by a paragraph break marker so what follows (often a glued caption) starts afresh.
 */
const INLINE_PROMPTS =
  /\s*\b(?:scroll down for (?:video|more)|click here (?:for|to) [^.!?]*?(?=[.!?]|$)|read more: [^.!?]*?(?=[.!?]|$)|advertisement)\b[.:]?\s*/gi;

export const PROMPT_BREAK = '\n';

/**
 * Literal text every INLINE_PROMPTS match holds, under the same case folding (/i without /u, so a
 * non-ASCII letter never folds to an ASCII one). A paragraph without any has no prompt: the check
 * spares most paragraphs the pattern's attempt at every position, and it reads the paragraph as it
 * is (lower-casing it first was a copy of the whole article, usually one paragraph, per article).
 */
const INLINE_PROMPT_WORDS = /scroll down for |click here |read more: |advertisement/i;

export function breakAtInlinePrompts(paragraph: string): string {
  if (!INLINE_PROMPT_WORDS.test(paragraph)) return paragraph;
  return paragraph.replace(INLINE_PROMPTS, PROMPT_BREAK);
}
