/**
 * "Tonight" in a quotation from last night's speech: news published the morning after a night
 * event (a primary, a rally, a debate) quotes what was said then ("“Our win tonight is only a
 * start,” she told supporters" after "on Tuesday night"), and the speaker's "tonight" is the night
 * just told, not the publication day. Only "tonight": a quoted "today" is as often the speaker's
 * "nowadays".
 */
import { withinQuote } from './anchor.js';
import type { RuleContext } from './rule.js';

/** The day of the night just told when a quoted "tonight" means it, else null. */
export function quotedTonightDay(
  word: string,
  sentence: string,
  at: number,
  ctx: RuleContext,
): number | null {
  if (word !== 'tonight' || ctx.published === null || !withinQuote(sentence, at)) return null;
  const last = ctx.anchor('day');
  if (last === null || last.granularity !== 'day' || last.day !== ctx.published - 1) return null;
  return last.day;
}
