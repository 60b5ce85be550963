/**
 * A month named alone ("in March", "last November", "the June vote"): which one the clause means,
 * and whether "May" or "April" is the month at all.
 */
import { formatMonthIndex, monthIndexOf, ymdOf } from './calendar.js';
import { anyCase, YEAR } from './date-parts.js';
import { namesContractMonth } from './contract-months.js';
import { comingVoteMonth } from './election.js';
import { electionNovember } from './election-november.js';
import { HAPPENING_BEFORE_MONTH, POLL_BEFORE_MONTH } from './happenings.js';
import { AMBIGUOUS_BARE_MONTHS, MONTH_PATTERN, MONTH_STEMS, monthNumber } from './lexicon.js';
import { PAST_VERB_BEFORE } from './month-days.js';
import { partyConventionBefore } from './party-convention.js';
import { datesWhatFollows, measuredByFigure } from './measured-month.js';
import { namesAMarch } from './named-march.js';
import { frontsItsSentence } from './fronted-date.js';
import { ATTRIBUTIVE_MONTHS_AHEAD, directionFor, monthOccurrence } from './occurrence.js';
import { monthInPassage } from './passage.js';
import { type DateRule, relative } from './rule.js';

/** Month modifiers that count from publication ("last March", "this coming May"), not from a passage. */
const RELATIVE_MONTH_MODIFIER = /^(?:last|next|this)\b/;

/** How many months ahead of publication a month named in a past-tense clause may still lie ahead. */
const NEAR_MONTHS = 1;

/** Words before a bare month name that show it is the month, not "May" the verb or "April" the name. */
const MONTH_CUE_BEFORE =
  /(?:\b(?:in|since|until|till|by|from|through|throughout|during|before|after|of|to|and|or|between|early|late|mid|last|next|this|that|each|every|since|around|on|for)\s*-?\s*)$/i;

/** A second month with its year right after a bare month: "(July) and December 1995", "(May) to June, 2014". */
const YEAR_AFTER_PAIR = new RegExp(
  `^\\s*(?:and|to|through|until|till|-|–)\\s*(?:(?:early|late|mid)[-\\s]+)?(${MONTH_PATTERN}),?\\s+${YEAR}\\b(?![,.]\\d)`,
);

/** Month abbreviations written without their dot ("Jan", "Sept"), as a bare month match can end. */
const UNDOTTED_ABBREVIATION = /^(?:Jan|Feb|Apr|Aug|Sept|Oct|Nov|Dec)$/;

/**
 * A month name used as a modifier between a determiner and a common noun ("a June agreement", "the
 * May elections", "its March meeting") is the month; a name or a verb does not sit there.
 */
function attributiveMonth(before: string, after: string): boolean {
  return /\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) && /^\s[a-z]/.test(after);
}

/** A month with a possessive before a common noun ("November's runoff", "October's harvest"). */
function possessiveMonth(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return /^['’]s\s[a-z]/.test(m.input.slice(end, end + 4));
}

export const bareMonthRule: DateRule = {
  name: 'month',
  needs: [MONTH_STEMS],
  pattern: new RegExp(
    `(?:\\b(${anyCase('early|late|mid|last|next|this|this past|this coming|the (?:end|beginning|start|middle) of')})[-\\s]+)?\\b(${MONTH_PATTERN})(?![\\w-])`,
    'g',
  ),
  resolve: (m, ctx) => {
    const month = monthNumber(m[2] ?? '');
    if (month === null) return null;
    const modifier = (m[1] ?? '').toLowerCase();
    const name = m[2] ?? '';
    const full = !name.endsWith('.');
    // "The March on Washington", "the March of Dimes": a march, not the month (named-march.ts).
    if (
      !modifier &&
      namesAMarch(name, ctx.before, m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))
    )
      return null;
    // An undotted abbreviation on its own ("Jan Kavan said", "Dec" in a code) is a name or a
    // label far more often than the month, which news writes out or abbreviates with a dot.
    const undottedAbbreviation = UNDOTTED_ABBREVIATION.test(name);
    if (
      !modifier &&
      full &&
      (AMBIGUOUS_BARE_MONTHS.has(month) || undottedAbbreviation) &&
      !MONTH_CUE_BEFORE.test(ctx.before) &&
      !attributiveMonth(ctx.before, m.input.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
      !datesWhatFollows(ctx.before, m.input.slice(m.index + m[0].length, m.index + m[0].length + 80), name)
    )
      return null;
    // "Between July and December 1995", "from September to December 2014": the year is written
    // once, after the second month, and holds for the first too.
    const pairedYear = YEAR_AFTER_PAIR.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!modifier && pairedYear) {
      const second = monthNumber(pairedYear[1] ?? '');
      if (second !== null) {
        const year = Number(pairedYear[2]) - (second < month ? 1 : 0);
        return { value: formatMonthIndex(monthIndexOf(year, month)), granularity: 'month' };
      }
    }
    const attributive =
      !modifier &&
      attributiveMonth(ctx.before, m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
    // "until a June review" is a deadline as "until June" is: look past the determiner.
    const before = ctx.before.replace(/\b(?:the|a|an|its|their|his|her|our)\s+$/i, '');
    const since = /\bsince\s+$/i.test(before);
    // A deadline ("by February", "until March") is as often ahead as behind: take the nearest.
    const deadline = /\b(?:by|until|till|through|before)\s+$/i.test(before);
    return relative(ctx, 'month', (published) => {
      // "In 2013, the ferry line cut fares from April": the passage's year, told in the past.
      if (!RELATIVE_MONTH_MODIFIER.test(modifier) && ctx.passage !== null && ctx.tense() === 'past')
        return formatMonthIndex(monthInPassage(month, ctx.passage));
      // "this September" is the September of the publication's year ("the election due this
      // September", written in February), unless that is past and the clause looks ahead.
      if (modifier === 'this') {
        const { year, month: now } = ymdOf(published);
        const sameYear = monthIndexOf(year, month);
        if (!(ctx.tense() === 'future' && month < now)) return formatMonthIndex(sameYear);
      }
      let direction = directionFor(ctx.tense(), 'nearest');
      if (modifier === 'last' || modifier === 'this past') direction = 'strictPast';
      else if (modifier === 'next' || modifier === 'this coming') direction = 'strictFuture';
      else if (modifier === 'this') direction = 'nearest';
      else if (since || HAPPENING_BEFORE_MONTH.test(before) || POLL_BEFORE_MONTH.test(before))
        direction = 'past';
      else if (namesContractMonth(m.input.slice(m.index + m[0].length, m.index + m[0].length + 60)))
        direction = 'future';
      else if (!modifier && partyConventionBefore(m.input, m.index) && direction !== 'future') {
        // "The Republican convention in July", written in April: the coming one (party-convention.ts).
        const { year, month: now } = ymdOf(published);
        const ahead = monthOccurrence(month, published, 'future') - monthIndexOf(year, now);
        if (ahead >= 1 && ahead < ATTRIBUTIVE_MONTHS_AHEAD) direction = 'future';
      } else if ((attributive || possessiveMonth(m)) && direction !== 'future') {
        // "The November election", "a June referendum", "the July convention", "November's
        // runoff": an event named by its month is one the reader knows, and the nearest such
        // event lies ahead when its month comes within half a year, however the clause around it
        // is told ("teeing up the November showdown", written in July). Half a year or more
        // ahead, it is the one just past.
        const { year, month: now } = ymdOf(published);
        const ahead = monthOccurrence(month, published, 'future') - monthIndexOf(year, now);
        if (ahead >= 1 && ahead < ATTRIBUTIVE_MONTHS_AHEAD) direction = 'future';
      } else if (deadline && direction !== 'future') direction = 'nearest';
      else if (direction === 'past' && !PAST_VERB_BEFORE.test(before.replace(/\b(?:in|during)\s+$/i, ''))) {
        // Next month, in a past-tense clause whose verb does not take the month itself ("agreed to
        // join in March", "the vote was set for March", written in February): what was said
        // or decided lies behind, the month it names just ahead, as for a near month-day.
        const { year, month: now } = ymdOf(published);
        const ahead = monthOccurrence(month, published, 'future') - monthIndexOf(year, now);
        // Not a month at the head of its sentence: it dates the past verb that follows (fronted-date.ts).
        if (ahead >= 1 && ahead <= NEAR_MONTHS && !frontsItsSentence(ctx.before)) direction = 'future';
        // A clause with no tense of its own but a modal or an infinitive, told under a past
        // frame ("said that the party must back her in November", "a chance to win in July"):
        // the past is the telling's, and a month less than half a year ahead is the coming one.
        else if (ahead >= 1 && ahead < ATTRIBUTIVE_MONTHS_AHEAD && ctx.ownTense() === 'modal')
          direction = 'future';
      }
      // "Lower than expected June output": a month's figure is reported once the month is over.
      if (
        !modifier &&
        direction === 'future' &&
        measuredByFigure(m.input.slice(m.index + m[0].length, m.index + m[0].length + 80))
      )
        direction = 'past';
      // "Rivals hope to unseat her in November", written in March: the coming vote (election.ts).
      if (!modifier && !since && direction !== 'future' && direction !== 'strictPast') {
        if (comingVoteMonth(month, published, ctx.ownTense(), m.input, ctx.before)) direction = 'future';
        // "Voters she needs in November", written in March of an election year (election-november.ts).
        else if (electionNovember(month, published, ctx.ownTense(), ctx.tense(), m.input, ctx.before))
          direction = 'future';
      }
      return formatMonthIndex(monthOccurrence(month, published, direction));
    });
  },
};
