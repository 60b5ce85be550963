import { lemma } from './lexicon.js';
import { words } from './text.js';

/**
 * "When will the ferry route open?" answered "Friday" from "the port authority said Friday that
 * the route would open ...": news writing dates the report (the saying, the release, the
 * announcement) right beside its verb, and that date is when someone spoke, not when the event
 * the question asks about happens. So a when reply that is only such a date (a weekday, a month,
 * "last week") written right beside a verb of reporting ("said Friday", "released on Monday", "on
 * Tuesday announced", "told <outlet> last fall", "revealed in March") is no answer, unless the
 * question itself asks when someone said, told, announced or published something.
 * On all 840 PolNeAR train texts: a weekday so written occurs 221 times, 25 of 25 sampled date
 * the reporting act; a month or "last/this <period>" 86 times, 24 of 25 sampled. On the training
 * questions it fired 6 times, each on a wrong reply (4 unanswerable ones turned right).
 */

const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)(?:\\s+\\d{1,2})?';
const PERIOD = '(?:last|this|earlier\\s+this|later\\s+this)\\s+(?:week|month|year|fall|spring|summer|winter)';
/** Verbs that date a report, not the event it reports on ("told" with the outlet or "reporters" told). */
const REPORTING =
  '(?:said|says|told(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}|\\s+reporters)?|announced|announces|released|published|reported|wrote|tweeted|posted|revealed|disclosed)';

/** A reply that is such a date alone: "Friday", "on Friday", "Monday night", "in March", "last week". */
const DATE_ALONE = new RegExp(`^(?:(?:on|in)\\s+)?(?:${WEEKDAY}|${MONTH}|${PERIOD})$`);

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
  'reveal',
  'disclos',
  'speak',
  'interview',
  'stat',
  'remark',
  'com',
]);

const escaped = (text: string) => text.replace(/[.]/g, '\\.').replace(/\s+/g, '\\s+');

/** Whether a date reply is only the date a report was made, for a question about something else. */
export function reportDayOnly(answer: string, evidence: string, question: string): boolean {
  const reply = answer.trim();
  if (!DATE_ALONE.test(reply)) return false;
  if (words(question).some((w) => ASKS_REPORT_DAY.has(lemma(w)))) return false;
  const date = escaped(reply.replace(/^(?:on|in)\s+/, ''));
  // "said Friday's vote ..." names another day's event: the possessive is no report date.
  const after = new RegExp(`\\b${REPORTING}\\s+(?:(?:on|in)\\s+)?${date}(?![\\p{L}\\p{N}])(?!['’]s)`, 'u');
  const before = new RegExp(`\\b${date}\\s+${REPORTING}\\b`, 'u');
  return after.test(evidence) || before.test(evidence);
}
