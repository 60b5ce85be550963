import {
  addMonths,
  dayOf,
  isValidDate,
  formatDay,
  formatDecade,
  formatMonthIndex,
  formatWeek,
  formatYear,
  monthIndexOf,
  weekdayOf,
  yearOf,
  ymdOf,
} from './calendar.js';
import {
  COUNT_PATTERN,
  countValue,
  DIGITS,
  MONTH_PATTERN,
  ordinalValue,
  type Season,
  seasonOf,
  WEEKDAY_PATTERN,
  weekdayNumber,
} from './lexicon.js';
import {
  type Direction,
  ATTRIBUTIVE_MONTHS_AHEAD,
  directionFor,
  formatMonthRange,
  formatQuarter,
  quarterIndexOf,
  quarterOccurrence,
  seasonOccurrence,
  seasonStartOfYear,
  thisSeason,
  weekdayOccurrence,
} from './occurrence.js';
import { weekdayIsHabitual } from './generic-weekday.js';
import { endsAProgrammeTitle, namesABroadcast } from './broadcast-title.js';
import { datesAComingVote } from './coming-vote-day.js';
import { tellsAMatch } from './match-play.js';
import { lastMonthsOfYear } from './year-parts.js';
import { toldFromPastMoment } from './narrated-stretch.js';
import { quotedTonightDay } from './quoted-tonight.js';
import {
  beforeClockTime,
  type DateRule,
  POSTPONED_TO_BEFORE,
  type Resolution,
  type RuleContext,
  relative,
} from './rule.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Expressions whose meaning depends on the publication day: "yesterday", "last month", "on Monday". */

/** A negated perfect in the words before a count ("hasn't been seen", "have not met"). */
const NEGATED_PERFECT_BEFORE = /\b(?:has|have|had)(?:n['’]t|\s+not|\s+never)\b[^,;:]*$/i;

/** A capitalised "Today" after these is a paper or a programme: "USA Today", "NBC's Today". */
const MEDIA_BEFORE = /\b(?:USA|NBC(?:['’]s)?)\s*["“]?$/;
/**
 * A capitalised "Now" right after a capitalised word, inside a sentence, ends a name or a title: a
 * group ("Liberty Now"), a song ("All Right Now"). A headline's verb before it ("Trump Is Now
 * Leading") leaves it the adverb.
 */
const TITLE_WORD_BEFORE =
  /\b(?!(?:Is|Are|Was|Were|Has|Have|Had|Will|Would|And|But|Or|So|Just|Even|Only|By|Until|Since|For|From|Then|Not)\s)\p{Lu}[\p{L}’'-]*\s+$/u;

/** An opening quote or a possessive after a word, as before a programme's title ("ABC's “This Week”"). */
const TITLE_OPENING_BEFORE = /[\p{L}\d,.]\s*(?:["“”‘]|''|['’]s\s+(?:["“”‘]|'')?)$/u;

/**
 * An opening quote mark right after a word ("on “Today", "CBS's “This Morning"; not a quotation
 * opened after a comma or a colon, or at the head of the sentence, which is speech), and a closing
 * one right after the words (perhaps after "," or "."; not the possessive "’s").
 */
const OPEN_QUOTE_BEFORE = /\p{L}\s+["“”‘]$/u;
const CLOSE_QUOTE_AFTER = /^[,.]?(?:["”]|’(?!s\b))/;

/** Whether the text from `start` to `end` is the whole of a quotation set inside a sentence. */
function quotedAlone(text: string, start: number, end: number): boolean {
  return (
    OPEN_QUOTE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    CLOSE_QUOTE_AFTER.test(text.slice(end, end + 3))
  );
}

/** "Of" after a half with no year named: the half of a month, a century or a season, not of the year. */
const HALF_OF_SOMETHING_ELSE = /^\s+of\b/i;
/**
 * "(The last week) of October", "of the race", "of his presidency": the unit is the final one of a
 * named stretch, not counted from publication. "Of action", "of being held", "of 2015" are left as
 * they were: a span of something, or a year the span rule's reading stays near.
 */
function finalUnitOf(text: string, end: number): boolean {
  return FINAL_UNIT_OF.test(text.slice(end, end + 24));
}
const FINAL_UNIT_OF = new RegExp(`^\\s+of\\s+(?:the|his|her|its|their|this|that|a|an|${MONTH_PATTERN})\\b`);

const monthIndexOfDay = (day: number): number => {
  const { year, month } = ymdOf(day);
  return monthIndexOf(year, month);
};

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  return w === 'day' || w === 'week' || w === 'month' || w === 'quarter' || w === 'year' || w === 'decade'
    ? w
    : null;
}

/** The calendar unit containing `day` shifted by `n` units; its granularity is the unit itself. */
function shiftedUnit(unit: Unit, day: number, n: number): string {
  switch (unit) {
    case 'day':
      return formatDay(day + n);
    case 'week':
      return formatWeek(day + 7 * n);
    case 'month':
      return formatMonthIndex(monthIndexOfDay(day) + n);
    case 'quarter':
      return formatQuarter(quarterIndexOf(day) + n);
    case 'year':
      return formatYear(yearOf(day) + n);
    case 'decade':
      return formatDecade(Math.floor(yearOf(day) / 10) * 10 + 10 * n);
  }
}

/** A span of `n` units ending (n < 0) or starting (n > 0) on the publication day: "the past two weeks". */
export function spanFrom(unit: Unit, day: number, n: number): string {
  const ends = (a: string, b: string): string => (n < 0 ? `${a}/${b}` : `${b}/${a}`);
  switch (unit) {
    case 'day':
      return ends(formatDay(day + n), formatDay(day));
    case 'week':
      return ends(formatDay(day + 7 * n), formatDay(day));
    case 'month':
      return ends(formatDay(addMonths(day, n)), formatDay(day));
    case 'quarter':
      return ends(formatDay(addMonths(day, 3 * n)), formatDay(day));
    case 'year':
      return ends(formatYear(yearOf(day) + n), formatYear(yearOf(day)));
    case 'decade':
      return ends(formatYear(yearOf(day) + 10 * n), formatYear(yearOf(day)));
  }
}

function weekdayDirection(
  modifier: string,
  ctx: RuleContext,
  wideBefore = ctx.before,
  after = '',
): Direction {
  const m = modifier.toLowerCase();
  if (m === 'last' || m === 'this past' || m === 'the previous') return 'strictPast';
  if (m === 'next' || m === 'this coming' || m === 'the following' || m === 'the next') return 'strictFuture';
  // "Postponed until Friday": the new day of a moved event lies ahead, whatever the tense.
  if (POSTPONED_TO_BEFORE.test(ctx.before)) return 'future';
  // Deadlines ("until Tuesday", "as soon as Tuesday") mostly lie ahead, but not always: nearest,
  // unless the clause looks ahead ("hope to discharge him by Sunday").
  if (
    /\b(?:until|till|by|before|as soon as|starting|beginning|effective)\s+$/i.test(
      beforeClockTime(ctx.before),
    )
  )
    return ctx.tense() === 'future' ? 'future' : 'nearest';
  // "The funeral is Saturday", "kick-off is at 3pm on Saturday": a copula right before the day
  // gives a timetable, which lies ahead ("is accused of an attack on Saturday" has its verb between).
  if (SCHEDULE_COPULA_BEFORE.test(beforeClockTime(ctx.before))) return 'future';
  if (AWAITED_BEFORE.test(ctx.before) || AWAITED_EVENT_BEFORE.test(wideBefore)) return 'future';
  // "Playing Sunday:", the heading of a sports page's list of coming fixtures.
  if (FIXTURES_HEADING_BEFORE.test(ctx.before)) return 'future';
  // "The governor's announcement Friday that she would run", "a statement Monday that ...": a bare day right
  // after a word for something said dates the saying, which is done; what it said (the clause after)
  // has its own time. Only when the day's own clause has no tense ("will make a statement Friday").
  if (!m && STATEMENT_NOUN_BEFORE.test(ctx.before) && ctx.ownTense() === 'neutral') return 'past';
  // "Can win on Tuesday", "if there is a close vote on Tuesday": a vote still ahead (coming-vote-day.ts).
  if (!m && datesAComingVote(ctx.before, after, ctx.ownTense())) return 'future';
  const tense = ctx.tense();
  // "This Sunday" not told in the past is the coming one ("the show airs this Sunday").
  if (m === 'this' && tense !== 'past') return 'future';
  return directionFor(tense, 'past');
}

/** A word for something said right before a bare weekday (perhaps with "on"): the saying it dates. */
const STATEMENT_NOUN_BEFORE =
  /\b(?:statements?|announcements?|comments?|remarks?|assertions?|claims?|declarations?|pledges?|vows?|admissions?)\s+(?:on\s+)?$/i;

/** "Is (due) on", "are set for", and the arrangement "are playing on" right before the weekday. */
/** "Ahead of Saturday's final", "in the run-up to the weekend": what is awaited lies ahead. */
const FIXTURES_HEADING_BEFORE = /^\s*[Pp]laying\s+(?:on\s+)?$/;
const AWAITED_BEFORE = /\b(?:ahead of|in the run-up to|in preparation for|in the build-up to)\s+$/i;
/**
 * The same words before the event the day belongs to, with no break between ("ahead of the
 * state's contest on Saturday", "ahead of a survey out on Wednesday"): the event is awaited.
 */
const AWAITED_EVENT_BEFORE =
  /\b(?:ahead of|in the run-up to|in preparation for|in the build-up to)\s[^,;:.!?"“”()]*$/i;
/** How far back an awaited event's cue may stand before its weekday. */
const AWAITED_EVENT_REACH = 80;

const SCHEDULE_COPULA_BEFORE =
  /\b(?:is|are)\s+(?:(?:due|set|scheduled|slated|planned|expected)\s+(?:for\s+)?|[a-z]{3,}ing\s+)?(?:on\s+)?$/i;

/**
 * "Before last" ends the phrase unless "last" opens one of its own ("the week before last year's
 * vote", "the weekend before last Tuesday"): then it is not "the one before last".
 */
const NOT_LAST_SOMETHING = String.raw`(?!['’]|\s+(?:[A-Z]|(?:week|month|year|weekend|night|season|spring|summer|fall|autumn|winter|time)s?\b))`;

/** Days of the weekend nearest in the intended direction: Saturday of that week. */
function weekendWeek(day: number, direction: Direction): string {
  return formatWeek(weekendSaturday(day, direction));
}

function weekendSaturday(day: number, direction: Direction): number {
  const saturday = weekdayOccurrence(6, day, direction === 'strictPast' ? 'past' : direction);
  // A Sunday publication's "last weekend" is the one just ending; ISO weeks end on Sunday.
  const inWeekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
  return direction === 'strictPast' && inWeekend ? saturday - 7 : saturday;
}

function seasonResolution(startIndex: number): Resolution {
  return { value: formatMonthRange(startIndex, 3), granularity: 'season' };
}

/**
 * "A levy the council is likely to raise in the fall", "must finish the pier by the fall", written
 * in spring: a bare season whose own clause tells nothing past (no past verb of its own, only a
 * modal or an infinitive, or else nothing past around) is the coming one when it is not under way
 * and starts fewer than six months ahead, as a month named so is; a past tense borrowed from the
 * clause around ("said ...") is the telling's.
 */
function comingSeasonUntold(season: Season, ctx: RuleContext): boolean {
  const published = ctx.published;
  if (published === null) return false;
  const own = ctx.ownTense();
  // A clause that is only the season ("Throughout the summer, the dockers struck ...") takes the
  // past of the clause it opens.
  if (own !== 'modal' && !((own === 'neutral' || own === 'present') && ctx.tense() !== 'past')) return false;
  const { year, month } = ymdOf(published);
  const now = monthIndexOf(year, month);
  if (seasonOccurrence(season, published, 'past') + 2 >= now) return false;
  const ahead = seasonOccurrence(season, published, 'strictFuture') - now;
  return ahead >= 1 && ahead < ATTRIBUTIVE_MONTHS_AHEAD;
}

/** Words before a bare season that make it the season ("in summer"), not "summer camp" or "the fall of". */
const SEASON_CUE_BEFORE =
  /\b(?:in|during|by|until|till|since|over|through|throughout|this|last|next|early|late|for)\s+(?:the\s+)?$/i;

/**
 * Words that make a weekday part of a name, not a day of the week around publication: "Super
 * Tuesday", "Bloody Sunday", "Black Friday" (the named days among them are read in named-days.ts).
 */
const WEEKDAY_NAME_LEADS =
  '\\b(?:Black|Cyber|Super|Bloody|Ash|Palm|Maundy|Holy|Good|Easter|Shrove|Giving|Small Business)';

/** A word after a weekday that makes it part of a name: a "Sunday league" (a competition played on that day). */
const WEEKDAY_NAME_TAILS = '\\s+[Ll]eague\\b';

/**
 * Names of programmes and clubs that hold one weekday, each with its own day (counted on PolNeAR
 * train and eng.train: "Saturday Night Live" 4, "Fox News Sunday" 3, Sheffield Wednesday 4 in 4
 * documents): no date. Paired with their day, so "on Fox News Tuesday night" stays a date.
 */
const NAMES_HOLDING_A_WEEKDAY =
  '(?!(?<=\\bFox News\\s)Sunday\\b|(?<=\\bSheffield\\s)Wednesday\\b|Saturday\\s+Night\\s+Live\\b)';

const MODIFIED_WEEKDAY = `(?:([Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Tt]he (?:previous|following|next)|[Ee]arly|[Ll]ate)\\s+)?`;

export const relativeRules: DateRule[] = [
  {
    name: 'day-word',
    trigger: [
      'today',
      'tonight',
      'tomorrow',
      'yesterday',
      'last night',
      'this morn',
      'this after',
      'this even',
      'the day',
    ],
    pattern:
      /\b(?:(?:early|late|later|earlier)\s+)?(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)|the day (?:before yesterday|after tomorrow))\b(?:\s+(?:morning|afternoon|evening|night)\b)?/gi,
    resolve: (m, ctx) => {
      const word = (m[1] ?? '').toLowerCase();
      // "A job on “Today.”", "CBS's “This Morning,”": a capitalised day word that is all a
      // quotation holds is a programme's title (quoted speech goes on past its first word).
      if (OPENS_CAPITAL.test(m[0]) && quotedAlone(m.input, m.index, m.index + m[0].length)) return null;
      if (namesABroadcast(ctx.before, m[0])) return null;
      // "“Last Week Tonight,”", "The Tonight Show": the last word of a programme's title.
      if (endsAProgrammeTitle(m.input, m.index, m.index + m[0].length)) return null;
      // "USA Today" the paper and "NBC's Today" are names, not the day.
      if (word === 'today' && m[1] !== 'today' && MEDIA_BEFORE.test(ctx.before)) return null;
      const offset =
        word === 'yesterday' || word === 'last night'
          ? -1
          : word === 'tomorrow'
            ? 1
            : word.endsWith('before yesterday')
              ? -2
              : word.endsWith('after tomorrow')
                ? 2
                : 0;
      const night = quotedTonightDay(word, m.input, m.index, ctx);
      if (night !== null) return { value: formatDay(night), granularity: 'day' };
      return relative(ctx, 'day', (published) => formatDay(published + offset));
    },
  },
  {
    name: 'present',
    trigger: ['now', 'current', 'present', 'these days', 'moment'],
    pattern: /\b(?:right now|now|currently|at present|nowadays|these days|at the moment)\b(?!-)/gi,
    resolve: (m, ctx) => {
      if (/^(?:Right )?Now$/.test(m[0]) && TITLE_WORD_BEFORE.test(ctx.before)) return null;
      return relative(ctx, 'day', (published) => formatDay(published));
    },
  },
  {
    name: 'weekday',
    // The pattern needs a weekday's name: a sentence with "day" but none ("today", "days") skips the trigger too.
    needs: [['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']],
    trigger: /day\b/,
    pattern: new RegExp(
      `${MODIFIED_WEEKDAY}(?<!${WEEKDAY_NAME_LEADS}\\s)${NAMES_HOLDING_A_WEEKDAY}\\b(${WEEKDAY_PATTERN})\\b(?!['’]s\\s+(?:edition|issue|paper)|${WEEKDAY_NAME_TAILS})(?:\\s+(?:morning|afternoon|evening|night)\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => {
      const weekday = weekdayNumber(m[2] ?? '');
      if (weekday === null || weekdayIsHabitual(m.input, m.index + m[0].length)) return null;
      return relative(ctx, 'day', (published) =>
        formatDay(
          weekdayOccurrence(
            weekday,
            published,
            weekdayDirection(
              m[1] ?? '',
              ctx,
              m.input.slice(Math.max(0, m.index - AWAITED_EVENT_REACH), m.index),
              m.input.slice(m.index + m[0].length, m.index + m[0].length + 40),
            ),
          ),
        ),
      );
    },
  },
  {
    name: 'weekend',
    trigger: ['weekend'],
    // "The weekend before last" (group 2) is the weekend before last weekend (session 19).
    pattern: new RegExp(
      `\\b(this|last|next|the|over the|this past|this coming)\\s+weekend\\b(?:\\s+(before\\s+last)\\b${NOT_LAST_SOMETHING})?`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const mod = (m[1] ?? '').toLowerCase();
      if (m[2] && (mod === 'the' || mod === 'over the'))
        return relative(ctx, 'week', (published) => formatWeek(weekendSaturday(published, 'strictPast') - 7));
      const direction: Direction =
        mod === 'last' || mod === 'this past'
          ? 'strictPast'
          : mod === 'next' || mod === 'this coming' || AWAITED_BEFORE.test(ctx.before)
            ? 'future'
            : directionFor(ctx.tense(), 'past');
      return relative(ctx, 'week', (published) =>
        mod === 'next' ? formatWeek(published + 7) : weekendWeek(published, direction),
      );
    },
  },
  {
    // "The week before last", "the month before last", "the year before last": the unit before
    // the last one, two back from the one under way (session 19).
    name: 'unit-before-last',
    trigger: ['before last'],
    pattern: new RegExp(`\\bthe\\s+(week|month|year)\\s+before\\s+last\\b${NOT_LAST_SOMETHING}`, 'gi'),
    resolve: (m, ctx) => {
      const unit = (m[1] ?? '').toLowerCase();
      if (unit === 'week') return relative(ctx, 'week', (published) => formatWeek(published - 14));
      if (unit === 'month')
        return relative(ctx, 'month', (published) => formatMonthIndex(monthIndexOfDay(published) - 2));
      return relative(ctx, 'year', (published) => formatYear(ymdOf(published).year - 2));
    },
  },
  {
    name: 'unit-relative',
    trigger: ['this ', 'last ', 'next ', 'current ', 'previous ', 'coming '],
    pattern:
      /\b(?:(earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|so far|at the end of)[-\s]+)?(this coming|this past(?=\s+week\b)|this|last|next|the current|the previous|the coming)\s+(week|month|year|quarter|decade)\b(?!-)/gi,
    resolve: (m, ctx) => {
      const unit = unitOf(m[3] ?? '');
      if (unit === null) return null;
      // "ABC's This Week", "“Last Week Tonight”": a capitalised unit after a possessive or an
      // opening quote inside a sentence is a programme's title (a headline's "For Next Week" stays).
      if (OPENS_CAPITAL.test(m[3] ?? '') && TITLE_OPENING_BEFORE.test(ctx.before)) return null;
      const mod = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
      // "The last week of the race" (the span rule's words): the final unit of what follows.
      if (!m[1] && /\bthe\s+$/i.test(ctx.before) && finalUnitOf(m.input, m.index + m[0].length)) return null;
      // "This past week" is the week just ended: the one under way when it is told at the weekend.
      if (mod === 'this past')
        return relative(ctx, unit, (published) =>
          shiftedUnit(unit, published, weekdayOf(published) === 0 || weekdayOf(published) === 6 ? 0 : -1),
        );
      const n =
        mod === 'last' || mod === 'the previous'
          ? -1
          : mod === 'next' || mod === 'the coming' || mod === 'this coming'
            ? 1
            : 0;
      return relative(ctx, unit, (published) => shiftedUnit(unit, published, n));
    },
  },
  {
    // "Earlier in the week", "later in the year": the week, month or year the article is written
    // in (on PolNeAR train and eng.train all seven uses are, none the unit of an older event).
    name: 'in-the-unit',
    needs: [['in the week', 'in the month', 'in the year']],
    pattern: /\b(earlier|later)\s+in\s+the\s+(week|month|year)\b(?!\s+(?:of\b|\d))/gi,
    resolve: (m, ctx) => {
      const unit = unitOf(m[2] ?? '');
      if (unit === null) return null;
      const earlier = /^earlier$/i.test(m[1] ?? '');
      // Told on a Monday, nothing of the week under way lies earlier: it is the week just ended.
      return relative(ctx, unit, (published) =>
        shiftedUnit(unit, published, earlier && unit === 'week' && weekdayOf(published) === 1 ? -1 : 0),
      );
    },
  },
  {
    name: 'span',
    trigger: ['past ', 'last ', 'previous ', 'next ', 'coming '],
    pattern: new RegExp(
      `\\bthe\\s+(past|last|previous|next|coming)\\s+(?:(${COUNT_PATTERN})\\s+)?(days?|weeks?|months?|years?|decades?)\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const unit = unitOf(m[3] ?? '');
      const count = m[2] ? countValue(m[2]) : 1;
      // "the last years" with no count is vague (TimeML's PAST_REF), not a date.
      if (unit === null || count === null || (!m[2] && /s$/i.test(m[3] ?? ''))) return null;
      // "The last week of October", "the last year of his presidency", "the last day of the test":
      // the final unit of something named after it, not a stretch up to publication.
      const end = m.index + m[0].length;
      // "The last four months of 2031": the year's final months, whenever it was published.
      if (unit === 'month' && /^last$/i.test(m[1] ?? '')) {
        const ofYear = lastMonthsOfYear(count, m.input.slice(end, end + 20), ctx);
        if (ofYear) return ofYear;
      }
      if (finalUnitOf(m.input, end)) return null;
      const back = /^(past|last|previous)$/i.test(m[1] ?? '');
      if (toldFromPastMoment(!back, m.input, ctx)) return { value: null, granularity: 'range' };
      return relative(ctx, 'range', (published) => spanFrom(unit, published, back ? -count : count));
    },
  },
  {
    name: 'ago',
    // A unit must stand before the cue word: "earlier" alone is common and the pattern is slow to fail.
    needs: [['day', 'week', 'month', 'year', 'decade']],
    trigger: ['ago', 'earlier', 'from now', 'hence'],
    pattern: new RegExp(
      `\\b(?:(?:about|nearly|almost|roughly|some|more than|less than|over|just|only|barely|around)\\s+)?(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?|decades?)\\s+(ago|earlier|from now|hence)\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const unit = unitOf(m[2] ?? '');
      const count = countValue(m[1] ?? '');
      if (unit === null || count === null) return null;
      const sign = /^(ago|earlier)$/i.test(m[3] ?? '') ? -1 : 1;
      if (unit === 'decade') return relative(ctx, 'year', (p) => formatYear(yearOf(p) + sign * 10 * count));
      return relative(ctx, unit, (published) => shiftedUnit(unit, published, sign * count));
    },
  },
  {
    // "The plant opens in 10 days", "the vote is in two weeks' time": a count of units from
    // publication, forward. Only in a clause that looks ahead or a copula's ("is in two weeks");
    // told in the past, "in two weeks" is how long something took.
    name: 'in-count',
    needs: [['in '], ['day', 'week', 'month', 'year']],
    pattern: new RegExp(
      `\\b[Ii]n\\s+(?:(?:about|around|just|only|another|roughly|some)\\s+)?(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)(?:['’]?\\s*time)?\\b(?!['’]|\\s+(?:of|since|after|before|to|from|and|or)\\b)`,
      'g',
    ),
    resolve: (m, ctx) => {
      const unit = unitOf(m[2] ?? '');
      const count = countValue(m[1] ?? '');
      if (unit === null || count === null || count === 0) return null;
      const tense = ctx.tense();
      if (tense !== 'future' && !(tense === 'present' && /\b(?:is|are)\s+$/i.test(ctx.before))) return null;
      // "A ferry that hasn't sailed in eight weeks": how long something has not happened, even in a
      // sentence that looks ahead.
      if (NEGATED_PERFECT_BEFORE.test(ctx.before)) return null;
      return relative(ctx, unit, (published) => shiftedUnit(unit, published, count));
    },
  },
  {
    // "On the 14th", "by the 3rd of next month": a day of the month with the month left out, which
    // news writes for the current month (or the one it names); the tense says whether a day number
    // past today's is last month's or still ahead. Only after a preposition of time and before the
    // end of the phrase: "the 3rd floor" and "the 14th time" are not days.
    name: 'ordinal-day',
    // A digit right before the ordinal ending: "th" alone is in almost every sentence ("the").
    needs: [DIGITS.flatMap((d) => [`${d}st`, `${d}nd`, `${d}rd`, `${d}th`])],
    trigger: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/,
    pattern:
      /\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter)\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(this|that|the|last|next)\s+month)?(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|when|at|in|as|to|with|after|before|but)\b)/g,
    resolve: (m, ctx) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      const which = (m[2] ?? '').toLowerCase();
      return relative(ctx, 'day', (published) => {
        const { year, month, day: today } = ymdOf(published);
        let shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        if (!which) {
          const tense = ctx.tense();
          if (tense === 'past' && day > today) shift = -1;
          else if (tense === 'future' && day < today) shift = 1;
        }
        const index = monthIndexOf(year, month) + shift;
        const y = Math.floor(index / 12);
        const mo = (index % 12) + 1;
        return isValidDate(y, mo, day) ? formatDay(dayOf(y, mo, day)) : null;
      });
    },
  },
  {
    name: 'year-ago',
    trigger: ['year-'],
    pattern: /\b(?:the\s+)?year-(?:ago|earlier)(?:\s+(quarter|period))?\b/gi,
    resolve: (m, ctx) => {
      if (m[1]) return relative(ctx, 'quarter', (p) => formatQuarter(quarterIndexOf(p) - 5));
      return relative(ctx, 'year', (p) => formatYear(yearOf(p) - 1));
    },
  },
  {
    name: 'ordinal-quarter',
    trigger: ['quarter'],
    pattern:
      /\b(?:(?:the|its|(this|last|next) year['’]s)\s+)?(?:fiscal[-\s]+)?(?:((?:19|20)\d\d)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:fiscal[-\s])?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?((?:19|20)\d\d)\b|(this|last|next) year\b))?/gi,
    resolve: (m, ctx) => {
      const q = ordinalValue(m[3] ?? '');
      if (q === null) return null;
      const explicit = m[2] ?? m[4];
      if (explicit) return { value: formatQuarter(Number(explicit) * 4 + q - 1), granularity: 'quarter' };
      const yearWord = (m[1] ?? m[5] ?? '').toLowerCase();
      // "Two tries in the first quarter gave the visitors the lead": a quarter of the game.
      if (!yearWord && tellsAMatch(m.input)) return null;
      return relative(ctx, 'quarter', (p) => {
        if (yearWord) {
          const year = yearOf(p) + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0);
          return formatQuarter(year * 4 + q - 1);
        }
        // Results "for the third quarter" are reported after it ends: ahead means the nearest. What
        // will happen "in the fourth quarter" happens within it, so that one lies ahead.
        const tense = ctx.tense();
        const within = /\b(?:in|during|by)\s+$/i.test(ctx.before);
        const direction = tense !== 'future' ? 'past' : within ? 'future' : 'nearest';
        return formatQuarter(quarterOccurrence(q, p, direction));
      });
    },
  },
  {
    name: 'q-quarter',
    needs: [['q1', 'q2', 'q3', 'q4']],
    trigger: /Q[1-4]/,
    pattern: /\b(?:Q([1-4])(?:\s*((?:19|20)\d\d)|\s*'(\d\d))?|((?:19|20)\d\d)\s*Q([1-4]))\b/g,
    resolve: (m, ctx) => {
      const q = Number(m[1] ?? m[5]);
      const year = m[2] ?? m[4] ?? (m[3] ? `20${m[3]}` : null);
      if (year) return { value: formatQuarter(Number(year) * 4 + q - 1), granularity: 'quarter' };
      return relative(ctx, 'quarter', (p) =>
        formatQuarter(quarterOccurrence(q, p, directionFor(ctx.tense(), 'past'))),
      );
    },
  },
  {
    name: 'named-quarter',
    trigger: ['quarter'],
    pattern:
      /\b(?:(this|last|next)|the\s+(?:(latest|most recent|current|previous|past|last|next|coming|just-ended|recent)\s+)?)(?:fiscal\s+)?quarter\b(?![-\s]+(?:of|point|percent|century|mile|inch|share|stake)\b|-)/gi,
    resolve: (m, ctx) => {
      const mod = (m[1] ?? m[2] ?? '').toLowerCase();
      // "the quarter" in news is the one being reported: the latest that has ended.
      const offset = mod === 'this' || mod === 'current' ? 0 : mod === 'next' || mod === 'coming' ? 1 : -1;
      return relative(ctx, 'quarter', (p) => formatQuarter(quarterIndexOf(p) + offset));
    },
  },
  {
    name: 'half',
    trigger: ['half', 'h1', 'h2'],
    pattern:
      /\b(?:the\s+)?(first|second|latter)[-\s]half\b(?:\s+of\s+(?:((?:19|20)\d\d)\b|(this|last|next|the) year\b))?|\bH([12])\s*((?:19|20)\d\d)\b/gi,
    resolve: (m, ctx) => {
      const half = m[4] ? Number(m[4]) : /^first$/i.test(m[1] ?? '') ? 1 : 2;
      const at = (year: number): string => formatMonthRange(monthIndexOf(year, half === 1 ? 1 : 7), 6);
      const explicit = m[2] ?? m[5];
      if (explicit) return { value: at(Number(explicit)), granularity: 'range' };
      const yearWord = (m[3] ?? '').toLowerCase();
      // "The second half of July", "of the 19th century", "of the season": a half
      // of something other than the year, whose own words (a month, a century) are read apart.
      if (!yearWord && !m[4] && HALF_OF_SOMETHING_ELSE.test(m.input.slice(m.index + m[0].length)))
        return null;
      // "A second-half goal", "an entertaining first half": a half of a match, not of the year.
      if (!yearWord && tellsAMatch(m.input)) return null;
      return relative(ctx, 'range', (p) =>
        at(yearOf(p) + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0)),
      );
    },
  },
  {
    name: 'season',
    trigger: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    pattern:
      /\b(?:(this|last|next|this past|this coming|the|early|late|mid|the early|the late)[-\s]+)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi,
    resolve: (m, ctx) => {
      const season: Season | null = seasonOf(m[2] ?? '');
      if (season === null) return null;
      if (m[3]) return seasonResolution(seasonStartOfYear(season, Number(m[3])));
      const mod = (m[1] ?? '').toLowerCase();
      const strong =
        mod === 'this' || mod === 'last' || mod === 'next' || mod === 'this past' || mod === 'this coming';
      const after = m.input.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4);
      if (!strong) {
        const cued = SEASON_CUE_BEFORE.test(ctx.before + (mod === 'the' ? 'the ' : ''));
        const earlyLate = /early|late|mid/.test(mod) && season !== 'fall';
        if ((!cued && !earlyLate) || /^\s+of\b/.test(after)) return null;
      }
      if (ctx.published === null) return { value: null, granularity: 'season' };
      if (mod === 'this') {
        const start = thisSeason(season, ctx.published);
        const { year, month } = ymdOf(ctx.published);
        // Past and the clause looks ahead ("will reopen this spring" in December): the next one.
        if (!(ctx.tense() === 'future' && start + 2 < monthIndexOf(year, month)))
          return seasonResolution(start);
      }
      const direction: Direction =
        mod === 'last' || mod === 'this past'
          ? 'strictPast'
          : mod === 'next' || mod === 'this coming'
            ? 'strictFuture'
            : mod === 'this'
              ? 'future'
              : directionFor(ctx.tense(), 'past');
      if (direction === 'past' && comingSeasonUntold(season, ctx))
        return seasonResolution(seasonOccurrence(season, ctx.published, 'strictFuture'));
      return seasonResolution(seasonOccurrence(season, ctx.published, direction));
    },
  },
];
