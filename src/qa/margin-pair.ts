import type { Candidate } from './candidates.js';

/**
 * "By what margin did <A> beat <B>?", "What was <A>'s lead in the poll?": a lead or a margin
 * between two sides is told in news writing as both sides' shares, larger first ("a lead of 52
 * percent to 44 percent", "won 61% to 35%"). One share alone ("52 percent") is the leader's
 * share, not the lead: the reply must keep the pair the sentence writes. pair.ts picks which share
 * of a pair answers a "what share ...?" question; this widens a share to its pair only when the
 * question asks for the lead or margin itself (issue 12, ADR 015 session 21).
 *
 * Over all 2,775 training questions (PolNeAR train 2-840, committed weights) it changes 3 replies:
 * 2 wrong -> right (a "what was X's lead" read as a description, a "by what margin" read as a
 * number), 1 wrong -> wrong (the scorer's sentence was already the wrong one), none right ->
 * wrong; the blind file (720-734) gains one how-many reply and changes no other type. Holds 3 of
 * 3 decisive firings (ADR 015, session 21).
 */

/** The question asks for a lead, a margin or a win's size (not a poll's "margin of error"). */
const MARGIN_ASKED =
  /\b(?:by\s+what\s+margin|by\s+how\s+much|(?:lead|margin|edge|advantage)\b(?!\s+of\s+error))|\bwhat\s+(?:was|is)\b[^?]*\b(?:lead|margin|edge|advantage)\b(?!\s+of\s+error)/i;

/** A share as the reply writes it: "52 percent", "52%", "52 per cent". */
const SHARE = /^(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s?cent\b)$/i;

/** The other side's share written right after the first: " to 44 percent", "-44%", " to 44%". */
const OTHER_SHARE = /^\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s?cent\b)/i;

/** Whether the question asks for a lead or a margin between two sides. */
export function asksMargin(question: string): boolean {
  return MARGIN_ASKED.test(question);
}

/**
 * The picked share widened to the pair its sentence writes ("48 percent" -> "48 percent to 41
 * percent") when the question asks for a lead or margin and the second share is the smaller one
 * (a lead is written larger first; "from 40 percent to 45 percent" is a change, not a lead).
 */
export function wholeMargin(c: Candidate, sentence: string, question: string): Candidate {
  if (c.kind !== 'number' || !asksMargin(question)) return c;
  const first = SHARE.exec(c.text.trim());
  if (!first?.[1] || sentence.slice(c.start, c.end) !== c.text) return c;
  const other = OTHER_SHARE.exec(sentence.slice(c.end));
  if (!other?.[1] || Number(other[1]) >= Number(first[1])) return c;
  if (/\bfrom\s+$/i.test(sentence.slice(0, c.start))) return c;
  const end = c.end + other[0].length;
  return { ...c, text: sentence.slice(c.start, end), end };
}
