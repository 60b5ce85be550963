import { type DateSpan, scanSentence } from './scan.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const HAS_LETTER = /\p{L}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * The article's own date, read from its head when no publication date came with it: a timestamp
 * line ("Posted Mar 25, 2024", "PUBLISHED: 10:02 EST, 5 March 2015 | UPDATED: ..."), a line that
 * is only a date ("Saturday, 17 March 2007"), a byline carrying one ("By Jane Doe | March 5,
 * 2024"), or a dateline opening the text ("WASHINGTON, March 5, 2024 (Reuters) -"). Only full
 * dates with a year count: a dateline's "February 10" says nothing about the year.
 */

/** News puts these at the top: past this many lines a date is story text, not the article's own. */
const HEAD_LINES = 8;
/** Longer lines are paragraphs, whose dates are events. */
const MAX_LINE_CHARS = 240;

const FULL_DATE_RULES = new Set(['iso-date', 'numeric-date', 'month-day', 'day-month']);
const PUBLISHED_CUE = /^\W*(?:published|posted|first published|date|dated|released)\b/i;
const UPDATED_CUE = /^\W*(?:updated|last updated|last modified|modified|edited)\b/i;
const BYLINE = /^\W*(?:[Ww]ritten\s+)?[Bb]y\s+\p{Lu}/u;
/**
 * A dateline: a place in capitals (optionally with its region, then the agency in brackets) and a
 * comma or dash, right before the date ("LONDON, Feb 10", "WASHINGTON (AP) — March 5, 2024 —").
 */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]{1,20})?\s*(?:\([^()]{1,30}\)\s*)?(?:,|[-–—]+)\s*$/u;
/**
 * A dateline whose place runs straight into the date, with no comma or dash ("VELMORA 2025-06-12
 * The council said ...", "PORT ALDEN, Kessia 2025-06-12", after a byline "Jane Doe LISBON
 * 2024-03-05" or a bracketed desk note "[UPDATED 09:10 GMT]"), as wire copy comes when its dateline line is pasted into the first paragraph. The
 * place must be in capitals, a word of two letters or more: a capitalised word before a date is
 * otherwise ordinary prose ("Tuesday May 3, 2024" is a timestamp, read as one above).
 */
const DATELINE_RUN_IN =
  /^\s*(?:\[[^\]]{1,40}\]\s*)?(?:(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|du|le|la|al|bin)\s+){0,4}\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]{1,20}(?:\s+\p{Lu}[\p{L}.]{1,20})?)?\s+$/u;

/**
 * Words a timestamp line carries beside its date: times, zones, weekdays, separators, and the
 * page's own notes about the story ("Updated 2 hours ago", "4 min read").
 */
const TIMESTAMP_WORDS =
  /\b(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|[A-Z]{2,4}T|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|IST|AEST|AEDT|ET|PT|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|at|on|(?:last\s+)?(?:updated|published|posted|modified)|\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|d)\s+(?:ago|read))\b/gi;

/** What every pattern of FULL_DATE_RULES needs (iso-date, numeric-date; month-day and day-month by trigger). */
const ASCII_DIGIT = /\d/;

function fullDates(line: string): DateSpan[] {
  return scanSentence(line, null).filter(
    (s) => s.value !== null && s.granularity === 'day' && FULL_DATE_RULES.has(s.rule),
  );
}

/** What a line says besides its dates, once they and the timestamp words are taken out. */
function wordsBesides(line: string, dates: DateSpan[]): string[] {
  let rest = '';
  let from = 0;
  for (const d of dates) {
    rest += ` ${line.slice(from, d.start)}`;
    from = d.end;
  }
  rest += ` ${line.slice(from)}`;
  return rest
    .replace(TIMESTAMP_WORDS, ' ')
    .split(/\s+/)
    .filter((w) => HAS_LETTER.test(w));
}

/** Most words a byline or outlet line carries beside its date ("Jane Doe | Reuters"). */
const MAX_CREDIT_WORDS = 6;

/**
 * Whether the words beside a date are a credit: names and outlets, capitalised ("Jane Doe",
 * "CBS News"), perhaps after "by" or "written by" and joined by "and". A sentence of story text
 * has lowercase words of its own.
 */
function onlyCredit(words: string[]): boolean {
  if (words.length > MAX_CREDIT_WORDS) return false;
  return words.every((w) => OPENS_CAPITAL.test(w) || /^(?:by|written|and)$/i.test(w));
}

/**
 * The article's date as YYYY-MM-DD from its first lines, or null. A "published"/"posted" date is
 * preferred to an "updated" one: relative dates in the text were written when it was first out.
 */
export function articleDate(text: string): string | null {
  const lines = text
    .slice(0, HEAD_LINES * MAX_LINE_CHARS * 2)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, HEAD_LINES);
  let updated: string | null = null;
  for (const full of lines) {
    // The opening of a long first paragraph can still be a dateline.
    const line = full.length > MAX_LINE_CHARS ? full.slice(0, MAX_LINE_CHARS) : full;
    // Each full-date rule's pattern holds a digit: a line without one is not scanned.
    const dates = ASCII_DIGIT.test(line) ? fullDates(line) : [];
    const first = dates[0];
    if (!first?.value) continue;
    if (UPDATED_CUE.test(line)) {
      // "PUBLISHED: ..., 5 March 2015 | UPDATED: ..." has both: the published one comes first.
      const published = PUBLISHED_CUE.test(line.slice(0, first.start)) ? first.value : null;
      if (published) return published;
      updated ??= first.value;
      continue;
    }
    if (PUBLISHED_CUE.test(line)) return first.value;
    if (full.length <= MAX_LINE_CHARS) {
      const besides = wordsBesides(line, dates);
      if (BYLINE.test(line) || besides.length <= 1 || onlyCredit(besides)) return first.value;
    }
    const head = line.slice(0, first.start);
    if (DATELINE.test(head) || DATELINE_RUN_IN.test(head)) return first.value;
  }
  return updated;
}
