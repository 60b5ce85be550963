import { canSpeak, type Mention, mentionAfter } from './mentions/index.js';

/**
 * "“...,” the Harbour Gazette quoted Ada Pell as saying.", "Radio Dunloe quoted a port official as
 * telling reporters: “...”": wire copy passes on words another outlet reported, and the words are
 * the quoted person's, not the outlet's, nor the subject of the sentence before. The speaker is
 * read right after "quoted" as after a speech verb (a name, a name with its role, a description).
 * The gap before "as" is bounded, and no stop may fall inside it, so the pattern reads one clause.
 */
const QUOTED_AS_SAYING = /\bquot(?:ed|es|ing)\s+([^.;:!?“”"]{1,100}?)\s+as\s+(?:saying|telling|writing)\b/iu;

/**
 * The person a "quoted X as saying" frame around a quote names, if the frame holds one. A thing
 * quoted ("quoted the manual as saying", "quoted a radio report as saying") is left to the other
 * rules: a document is not read as its own speaker here.
 */
export function quotedAsSaying(frame: string): Mention | null {
  const m = QUOTED_AS_SAYING.exec(frame);
  const mention = m?.[1] ? mentionAfter(m[1].replace(/,\s*$/, '')) : null;
  return mention?.kind === 'nominal' && !canSpeak(mention.head) ? null : mention;
}
