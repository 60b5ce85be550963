/** Sentence-edge helpers for the short frames around a quote. */

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m|vs|etc)|\b\p{Lu})$/u;
const END = /[.!?]+["”’)]*(?=\s+["“]?\p{Lu}|\s*$)/gu;
/**
 * Characters before a full stop that can hold an abbreviation and the word boundary before it
 * ("Sept", "U.S", and the character before): the end-anchored test reads only these, not all the
 * text before the stop, which for a paragraph with many sentences would cost its length squared.
 */
const ABBREVIATION_REACH = 8;

function abbreviationBefore(text: string, at: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, at - ABBREVIATION_REACH), at));
}

/** The text up to the end of its first sentence. */
export function untilSentenceEnd(text: string): string {
  for (const m of text.matchAll(END)) {
    if (m[0].startsWith('.') && abbreviationBefore(text, m.index ?? 0)) continue;
    return text.slice(0, (m.index ?? 0) + m[0].length);
  }
  return text;
}

/** The text after the last sentence end in it (the start of the sentence it ends in). */
export function sinceSentenceStart(text: string): string {
  let from = 0;
  for (const m of text.matchAll(END)) {
    const at = m.index ?? 0;
    if (m[0].startsWith('.') && abbreviationBefore(text, at)) continue;
    from = at + m[0].length;
  }
  return text.slice(from);
}

/** The last sentence of a text that ends with one ("Smith said the plan would work."). */
export function lastSentence(text: string): string {
  return sinceSentenceStart(text.trimEnd().replace(/[.!?]+["”’)]*$/, ''));
}
