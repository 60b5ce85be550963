import type { Kind } from '../../src/engine/entities/classify.js';
import type { Mention } from '../../src/engine/entities/mentions/index.js';

/** A mention as the tagger stage would hand it over, in its own sentence, with no flags set. */
export function mentionOf(text: string, kind: Kind, sentence: number): Mention {
  return {
    kind,
    text,
    canonical: null,
    sentence,
    span: { start: 2, end: 2 + text.split(' ').length, title: null, honorificOnly: false },
    titleText: null,
    shouting: false,
    placeSlot: false,
    ordinaryFirstWord: false,
    beforeLedBody: false,
    quotedWhole: false,
  };
}
