import { splitSentences } from '../engine/sentences.js';
import { toIsoDay } from '../sources/metadata.js';

/** Longest derived title: a headline's length, so alerts and previews stay one line. */
export const DERIVED_TITLE_CHARS = 120;

/** Cut text at the last word boundary that fits, with an ellipsis: never mid-word. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max);
  const space = room.search(/\s\S*$/);
  const cut = (space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:–—-]+$/, '');
  return `${cut}…`;
}

/**
 * A title for an item that has none (Mastodon, Bluesky, micro-blogs, many podcasts): the first
 * sentence of its text, cut cleanly when long. Leading @-mentions are kept (they say who a reply
 * is for); a lone full stop at the end is dropped, as headlines don't carry one.
 */
export function titleFromText(text: string): string | null {
  const paragraph = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .find((p) => /[\p{L}\p{N}]/u.test(p));
  if (!paragraph) return null;
  const first = splitSentences(paragraph)[0] ?? paragraph;
  const sentence = first.replace(/(?<![.]{2})\.$/, '').trim();
  return sentence ? cutAtWord(sentence, DERIVED_TITLE_CHARS) : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day an item says it was published, on the publisher's own calendar: "Thu, 16 May 2024
 * 23:30 -0500" is the 16th, not the UTC 17th. Reads ISO 8601 / W3C-DTF and RFC 822 dates (with
 * two-digit years); anything else is read by Date and taken in UTC.
 */
export function publishedDay(value: string | null): string | null {
  if (!value?.trim()) return null;
  const written = value.trim();
  const iso = toIsoDay(written) ?? /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(written)?.[1];
  if (iso && toIsoDay(iso)) return iso;
  const rfc = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})/i.exec(written);
  if (rfc?.[1] && rfc[2] && rfc[3]) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    let year = Number(rfc[3]);
    if (rfc[3].length === 2) year += year < 50 ? 2000 : 1900;
    const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
    if (month > 0 && toIsoDay(day)) return day;
  }
  const date = new Date(written);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** The moment an item says it was published, as an ISO timestamp, when it can be read. */
export function publishedMoment(value: string | null): string | null {
  if (!value?.trim()) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
