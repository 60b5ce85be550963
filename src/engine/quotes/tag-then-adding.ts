import { type Mention, mentionBefore } from './mentions/index.js';

/**
 * "The ferry crews will be balloted in March, Vance said, adding, “Every skipper gets a vote.”": a
 * tag closing a clause of reported speech, then a participle of saying that introduces the quote.
 * The quote is the tag's speaker's; the clause before the tag has its own subject ("The ferry
 * crews"), who is only talked about. Read before the participle's general rule, which takes the subject of the main clause.
 */
const TAG_THEN_PARTICIPLE =
  /(?:^|[,;]\s+)([^,;]+?)\s+(?:said|says|wrote|writes|told\s+[^\s,;]+),\s+(?:adding|continuing|noting|explaining)[,:]?$/u;

/** The speaker of the tag right before ", adding," at the end of the frame before a quote, if any. */
export function tagBeforeParticiple(frame: string): Mention | null {
  const tag = TAG_THEN_PARTICIPLE.exec(frame);
  return tag?.[1] ? mentionBefore(tag[1]) : null;
}
