/**
 * "When was the survey taken?" in "taken March 3 to March 9": news writing gives a span of time
 * as two dates joined by "to", "through", "until" or a dash, or "between <date> and <date>", and
 * the span is the answer; the scorer picks one end of it. A date answer written so takes the
 * other end. The resolved value shown beside a single date no longer describes the span and is
 * dropped (both ends are written out).
 */
export function withDateRange(answer: string, evidence: string): string {
  const core = answer.replace(/\s+\([^()]*\)$/, '');
  if (!DATE_END.test(core)) return answer;
  // Written twice, the picked one is not known: "since 2011, and from 1990 to 2011".
  const at = evidence.indexOf(core);
  if (at < 0 || evidence.indexOf(core, at + 1) >= 0) return answer;
  const after = evidence.slice(at + core.length);
  if (/^[\p{L}\p{N}]/u.test(after)) return answer;
  const between = /\bbetween\s+$/i.test(evidence.slice(Math.max(0, at - 10), at));
  const tail = (between ? AND_TAIL : SPAN_TAIL).exec(after);
  if (tail) return core + tail[0].replace(/[.,]$/, '');
  // The later end picked: "March 3 to" before it.
  const head = SPAN_HEAD.exec(evidence.slice(Math.max(0, at - 40), at));
  if (head) return head[0].replace(/^between\s+/i, '') + core;
  return answer;
}

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|April|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A date as news writes it: "Oct. 30", "October 30, 2015", "March 2014", "2014", "Monday". */
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4})?|${MONTH}(?:\\s+\\d{4})?|\\d{4}|${WEEKDAY})`;

/** The answer ends in a day, a month or a year. */
const DATE_END = new RegExp(`${DATE}$`, 'u');
/** " to / through / until / - <date>" right after the picked date. */
const SPAN_TAIL = new RegExp(`^\\s*(?:to|through|until|till|-|–)\\s*${DATE}(?![\\p{L}\\p{N}])`, 'u');
/** " and <date>" after "between <picked date>". */
const AND_TAIL = new RegExp(`^\\s+and\\s+${DATE}(?![\\p{L}\\p{N}])`, 'u');
/** "<date> to " (or "between <date> and ") right before the picked date. */
const SPAN_HEAD = new RegExp(
  `(?:between\\s+${DATE}\\s+and|(?<!\\p{L})${DATE}\\s*(?:to|through|until|till|-|–))\\s*$`,
  'u',
);
