import { findName } from './text.js';

/**
 * "When did Ana Ruiz open the depot?" in "On Monday, Ana Ruiz cut the ribbon at the new depot":
 * the scorer picks the date, but the sentence words the event its own way ("cut the ribbon" for
 * "open"), so it holds too few of the question's words for the learned coverage bar. News writing
 * dates and counts an event in the same sentence that names who did it, so a date or a number
 * picked in a sentence that names everyone the question names is tied to the question by more
 * than word overlap, and a lower floor suffices for it, as place-bar.ts does for places. A
 * question that names no one gets no such tie: its sentence shares only common words with it.
 */

/** The least share of the question's words (the sentence, or it with the one before) kept. */
export const TYPED_FLOOR = 0.2;

export interface TypedReply {
  answer: string | null;
  coverage: number;
  windowCoverage?: number;
}

/** Whether a date or number reply below the coverage bar is tied to the question's names well enough to stand. */
export function typedTiedBelowBar(
  reply: TypedReply,
  sentence: string,
  question: { text: string; names: readonly string[] },
): boolean {
  const { answer } = reply;
  if (!answer || question.names.length === 0) return false;
  if (Math.max(reply.coverage, reply.windowCoverage ?? 0) < TYPED_FLOOR) return false;
  const at = sentence.indexOf(answer);
  if (at < 0 || insideQuote(sentence, at)) return false;
  // "How many voted in 2012?": a figure the question sets (a year, a count) must be there too.
  const figures = question.text.match(/\d[\d,./]*\d|\d/g) ?? [];
  if (figures.some((f) => !sentence.includes(f))) return false;
  return question.names.every((name) => findName(sentence, name) >= 0);
}

/**
 * Whether an opening quotation mark before the position is still open: a speaker's "the other day"
 * is dated from when they spoke, and a quoted figure is theirs, not the article's record of the event.
 */
function insideQuote(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const opened = (before.match(/[“]/g) ?? []).length;
  const closed = (before.match(/[”]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opened > closed || straight % 2 === 1;
}
