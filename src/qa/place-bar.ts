import { findName } from './text.js';

/**
 * "Where will the fair be held?" in "Organisers expect record crowds at the fair in Vellport": the
 * scorer picks the place, but the sentence holds too few of the question's words for the
 * learned coverage bar, which is set for any reply. A place that the sentence introduces with
 * "in" or "at" (news writing's way of saying where something happens) in a sentence that names
 * everyone the question names is tied to the question by more than word overlap, so a lower
 * floor suffices for it. On the where and unanswerable training questions (483), with a floor of
 * 0.3 instead of the bar (0.5), 5 replies change, 5 wrong -> right, 0 unanswerable turned
 * answered; a floor of 0.2 changes 6, all right; without the preposition and names gate, session 13
 * measured a lower bar that let an unanswerable dev question through.
 */

/** The least share of the question's words (the sentence, or it with the one before) kept. */
export const PLACE_FLOOR = 0.3;

export interface PlaceReply {
  answer: string | null;
  coverage: number;
  windowCoverage?: number;
}

/** Whether a place reply below the coverage bar is tied to the question well enough to stand. */
export function placeTiedBelowBar(reply: PlaceReply, sentence: string, names: readonly string[]): boolean {
  if (!reply.answer) return false;
  if (Math.max(reply.coverage, reply.windowCoverage ?? 0) < PLACE_FLOOR) return false;
  const at = sentence.indexOf(reply.answer);
  if (at < 0 || !IN_OR_AT.test(sentence.slice(0, at))) return false;
  return names.every((name) => findName(sentence, name) >= 0);
}

/** "in" or "at" (and "the") right before the place. */
const IN_OR_AT = /\b(?:in|at)\s+(?:the\s+)?$/i;
