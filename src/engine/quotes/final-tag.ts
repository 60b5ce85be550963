import type { Attribution } from './attribution.js';
import { mentionAfter } from './mentions/index.js';

/**
 * 'Ward “drew well from retired voters” in the spring vote, said county analyst Jo Marsh.': a tag
 * inverted after a comma at the very end of the sentence attributes the whole sentence, quoted words
 * included, as "..., Marsh said." does; the quote's own clause subject (Ward) is who the words
 * are about. Only the sentence's last clause: the name must close the sentence.
 */
const FINAL_INVERTED_TAG =
  /,\s+(?:said|says|wrote|writes|added|adds|noted|notes)\s+([^,;:!?"“”]+(?:,[^;:!?"“”]+)?)[.!?]\s*$/u;

/** The inverted tag closing `sentenceRest` (the narration after the closing mark up to the sentence end), if any. */
export function finalInvertedTag(sentenceRest: string): Attribution | null {
  const tag = FINAL_INVERTED_TAG.exec(sentenceRest);
  const mention = tag?.[1] ? mentionAfter(tag[1]) : null;
  return mention && mention.kind !== 'pronoun' ? { mention, basis: 'said-X' } : null;
}
