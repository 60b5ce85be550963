import { lemma } from './lexicon.js';
import { words } from './text.js';

/**
 * "When will the ferry route open?" answered "Friday" from "the port authority said Friday that
 * the route would open ...": news writing dates the report (the saying, the release, the
 * announcement) by its weekday, and that weekday is the day someone spoke, not the day of the
 * event the question asks about. So a when reply that is a bare weekday written right beside a
 * verb of reporting ("said Friday", "released on Monday", "on Tuesday announced") is no answer,
 * unless the question itself asks when someone said, told, announced or published something.
 * On all 840 PolNeAR train texts the pattern occurs 221 times; 25 of 25 sampled date the
 * reporting act. On the training questions it fired 5 times, each time on a wrong reply.
 */

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
/** Verbs that date a report, not the event it reports on. */
const REPORTING = '(?:said|says|told|announced|announces|released|published|reported|wrote|tweeted|posted)';

/** A reply that is a weekday alone: "Friday", "on Friday", "Monday night". */
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?${WEEKDAY}${DAY_PART}$`);

/** Roots of question words that ask for the day of the report itself ("When did X announce it?"). */
const ASKS_REPORT_DAY: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announc',
  'releas',
  'publish',
  'report',
  'writ',
  'tweet',
  'post',
  'speak',
  'interview',
  'stat',
  'remark',
  'com',
]);

/** Whether a date reply is only the weekday a report was made, for a question about something else. */
export function reportDayOnly(answer: string, evidence: string, question: string): boolean {
  const reply = answer.trim();
  if (!BARE_WEEKDAY.test(reply)) return false;
  if (words(question).some((w) => ASKS_REPORT_DAY.has(lemma(w)))) return false;
  const day = reply.replace(/^on\s+/, '').replace(/\s+/g, '\\s+');
  // "said Friday's vote ..." names another day's event: the possessive is no report date.
  const after = new RegExp(`\\b${REPORTING}\\s+(?:on\\s+)?${day}\\b(?!['’]s)`);
  const before = new RegExp(`\\b${day}\\s+${REPORTING}\\b`);
  return after.test(evidence) || before.test(evidence);
}
