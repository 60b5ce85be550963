import { z } from 'zod';

/**
 * TimeML (TempEval-3) documents: text with TIMEX3 gold spans, the document creation time, and
 * the scoring rules that turn TimeML values into comparable ISO values.
 */

export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

export interface TimemlDoc {
  /** Document creation time, YYYY-MM-DD. */
  dct: string;
  /** Body text with the markup stripped; gold offsets index it. */
  text: string;
  timexes: GoldTimex[];
}

const IsoDayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name] ?? '');
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/** Parses a .tml file; throws when it has no creation date or no TEXT element. */
export function parseTimeml(xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dct = IsoDayText.parse(attribute(dctTag ?? '', 'value').slice(0, 10));
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error('TimeML document has no <TEXT> element');
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const tag = /<(\/?)([A-Za-z0-9_]+)([^>]*)>/g;
  let from = 0;
  for (const m of body.matchAll(tag)) {
    text += decode(body.slice(from, m.index));
    from = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '')
      open = { start: text.length, type: attribute(m[0], 'type'), value: attribute(m[0], 'value') };
    else if (open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start) });
      open = null;
    }
  }
  text += decode(body.slice(from));
  return { dct, text, timexes };
}

/** A gold value made comparable; `known` says how many leading characters carry information. */
export interface NormalisedGold {
  value: string;
  /** True when the gold was coarsened (quarter, season, half, partly unknown): compare by prefix. */
  prefix: boolean;
}

/**
 * TimeML value → comparable ISO value, per the eval README: PRESENT_REF is the creation day; a
 * season, quarter or half is its year; a partly unknown value is its known part; PAST_REF,
 * FUTURE_REF and durations have no date (null, left out of value accuracy).
 */
export function normaliseGold(value: string, dct: string): NormalisedGold | null {
  if (value === 'PRESENT_REF') return { value: dct, prefix: false };
  if (!/^\d/.test(value)) return null;
  let v = value.replace(/T.*$/, '').replace(/-WE$/, '');
  v = v.replace(/-W(\d)$/, '-W0$1');
  const coarse = /^(\d{4})-(?:Q[1-4X]|H[12X]|SU|SP|FA|WI)$/.exec(v);
  if (coarse?.[1]) return { value: coarse[1], prefix: true };
  const x = v.indexOf('X');
  if (x >= 0) {
    const known = v
      .slice(0, x)
      .replace(/-[A-Z]*$/, '')
      .replace(/-$/, '');
    return known.length >= 2 ? { value: known, prefix: true } : null;
  }
  if (/^\d{3}$/.test(v) || /^\d{2}$/.test(v)) return { value: v, prefix: true };
  return /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/.test(v) ? { value: v, prefix: false } : null;
}

/**
 * Does a predicted value (ISO, week, or START/END range) mean the gold value? Exact for exact
 * gold; for coarsened gold, the prediction must fall inside it ("1989-07/1989-09" is in 1989).
 * A decade gold ("199") needs a decade-wide prediction, not one year of it.
 */
export function valueMatches(predicted: string | null, gold: NormalisedGold): boolean {
  if (predicted === null) return false;
  if (!gold.prefix) return predicted === gold.value;
  const [start = '', end = start] = predicted.split('/');
  const n = gold.value.length;
  if (n < 4)
    return (
      /^\d{4}$/.test(start) &&
      /^\d{4}$/.test(end) &&
      Number(end) - Number(start) >= 9 &&
      start.slice(0, n) === gold.value
    );
  return start.slice(0, n) === gold.value && end.slice(0, n) === gold.value;
}
