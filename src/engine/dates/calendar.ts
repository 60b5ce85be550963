/**
 * Calendar arithmetic on whole days. A day is a count of days since 1970-01-01 (UTC), so
 * adding, comparing and finding weekdays is integer maths with no time zones to leak in.
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdOf(dayNumber: number): Ymd {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Parses YYYY-MM-DD into a day number; null for anything else or an impossible date. */
export function parseIsoDay(text: string | null): number | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? dayOf(year, month, day) : null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday ... 6 = Saturday, as in Date#getUTCDay. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeekOf(dayNumber: number): { year: number; week: number } {
  const isoWeekday = weekdayOf(dayNumber) || 7;
  const thursday = dayNumber + 4 - isoWeekday;
  const year = ymdOf(thursday).year;
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
  return { year, week };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatDay(dayNumber: number): string {
  const { year, month, day } = ymdOf(dayNumber);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function formatWeek(dayNumber: number): string {
  const { year, week } = isoWeekOf(dayNumber);
  return `${pad4(year)}-W${pad2(week)}`;
}

/** A month as a single index (year * 12 + month - 1) so "three months ago" is a subtraction. */
export function monthIndexOf(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function formatMonthIndex(index: number): string {
  return `${pad4(Math.floor(index / 12))}-${pad2((index % 12) + 1)}`;
}

export function formatYear(year: number): string {
  return pad4(year);
}

export function yearOf(dayNumber: number): number {
  return ymdOf(dayNumber).year;
}

/** A decade as the range of its years: "1990/1999". */
export function formatDecade(startYear: number): string {
  return `${pad4(startYear)}/${pad4(startYear + 9)}`;
}

/** The same calendar day shifted by whole months, clamped to the target month's length. */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = ymdOf(dayNumber);
  const index = monthIndexOf(year, month) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayOf(y, m, Math.min(day, daysInMonth(y, m)));
}
