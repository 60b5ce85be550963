import type { Attribution } from './attribution.js';

/**
 * A digest credits an excerpt with its source in brackets right after it: "HARBOUR FERRY SAVED
 * “The council found the money at the last minute.” [Tolland Post.]". Newsletters and link
 * round-ups quote a line of each story and name the outlet it came from that way, one bracketed
 * name closing the item before the next one starts. With no tag, label or frame of its own, the
 * excerpt is the outlet's, not a name the item's headline or the item before happens to hold.
 * A label or frame before the excerpt ("Ann Pell: “...” [Tolland Post.]") still names the writer,
 * and a span under four words stays a title. Counted over PolNeAR train 0-839 and CoNLL eng.train
 * (ADR 009, session 22): fires on 8 quotes in 2 digests (all in the fixed range 0-419; none in
 * 420-839 or eng.train); 3 change, each to the bracketed outlet and right; 4 keep the same right
 * outlet; 1 stays wrong (an outlet named with a title word first, "[Mother Tolland.]", resolved to a
 * person). Holds 7 of 8.
 */
const BRACKETED_SOURCE =
  /^\s*\[(\p{Lu}[\p{L}\p{M}&'’-]*(?:[ .]\p{Lu}?[\p{L}\p{M}&'’-]*){0,3}?)\.?\]\s*(?:$|\p{Lu})/u;

/** The outlet a bracket right after a closed quote names (`after`: the text after the closing mark). */
export function sourceInBrackets(after: string): Attribution | null {
  const found = BRACKETED_SOURCE.exec(after);
  const name = found?.[1];
  if (!name || /['’]s$/.test(name)) return null;
  return { mention: { kind: 'name', text: name, appositive: null }, basis: 'X-said' };
}
