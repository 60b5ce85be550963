/** Words the date scanner keys on, and the numbers behind them. */

import { CARDINAL_WORDS } from '../lexicon/number-words.js';

const MONTHS: Array<[number, string[]]> = [
  [1, ['january', 'jan']],
  [2, ['february', 'feb']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];

const MONTH_BY_NAME = new Map<string, number>(
  MONTHS.flatMap(([n, names]) => names.map((w) => [w, n] as const)),
);

/**
 * Month names as written in running text: capitalised, abbreviations with or without a dot.
 * Case-sensitive on purpose: "may" (modal) and "a march" are not months.
 */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?)';

/** Lower-case first letters every MONTH_PATTERN match starts with (a rule's `needs`). */
export const MONTH_STEMS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
/** The digits, as literals: a rule whose pattern needs a number `needs` one of them. */
export const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Month names that are also common words or first names, so bare they need a cue word before them. */
export const AMBIGUOUS_BARE_MONTHS = new Set([3, 4, 5, 6, 8]);

export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/**
 * A clock time as news writes it ("9 p.m.", "10:30 a.m.", "7PM", the British "1.30pm", "noon",
 * "midnight"); read case-insensitively. The date stage drops one before a day ("at 10am on
 * Thursday", rule.ts) and the answer reader gives one for "at what time ...?" (qa/clock-time.ts).
 */
export const CLOCK_TIME_PATTERN = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s?m\.|[ap]m\b)|noon|midnight)`;

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayNumber(name: string): number | null {
  const i = WEEKDAYS.indexOf(name.toLowerCase());
  return i < 0 ? null : i;
}

/** A count's words: "a"/"an" count one before a unit ("a week ago"). */
const SMALL_NUMBERS: Record<string, number> = { a: 1, an: 1, ...CARDINAL_WORDS };

export const COUNT_PATTERN =
  '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|a hundred)';

export function countValue(word: string): number | null {
  const w = word.toLowerCase().replace(/^a hundred$/, 'hundred');
  if (/^\d+$/.test(w)) return Number(w);
  return SMALL_NUMBERS[w] ?? null;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

export function ordinalValue(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}

/** Spelled-out decades ("the nineties") as their first year within the 1900s. */
const DECADE_WORDS: Record<string, number> = {
  twenties: 1920,
  thirties: 1930,
  forties: 1940,
  fifties: 1950,
  sixties: 1960,
  seventies: 1970,
  eighties: 1980,
  nineties: 1990,
};

export function decadeWordValue(word: string): number | null {
  return DECADE_WORDS[word.toLowerCase()] ?? null;
}

export type Season = 'spring' | 'summer' | 'fall' | 'winter';

/** Northern-hemisphere meteorological seasons: first month, and winter runs into the next year. */
export const SEASON_START_MONTH: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

export function seasonOf(word: string): Season | null {
  const w = word.toLowerCase();
  if (w === 'autumn') return 'fall';
  return w === 'spring' || w === 'summer' || w === 'fall' || w === 'winter' ? w : null;
}
