import { settleByEvidence } from '../../src/engine/entities/body-evidence.js';
import type { Kind } from '../../src/engine/entities/classify.js';
import {
  type Mention,
  prepareSentence,
  type SentenceMentions,
} from '../../src/engine/entities/mentions/index.js';
import { lowerVocabulary } from '../../src/engine/entities/names.js';

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

/** The article's sentences as the entity stage reads them, with its lower-case vocabulary. */
export function sentencesOf(texts: string[]): SentenceMentions[] {
  const sentences = texts.map((t, i) => prepareSentence(t, i));
  const lower = lowerVocabulary(sentences.filter((s) => !s.caseless).map((s) => s.tokens));
  for (const s of sentences) s.lower = lower;
  return sentences;
}

/**
 * A mention of `name` typed `kind` where it first stands in sentence `sentence`; `titleWords`
 * words before it are its title (an honorific only, as the tests need no more).
 */
export function mentionAt(
  sentences: SentenceMentions[],
  name: string,
  sentence: number,
  kind: Kind = 'person',
  titleWords = 0,
): Mention {
  const words = name.split(' ');
  const tokens = sentences[sentence]?.tokens ?? [];
  const at = tokens.findIndex((_t, i) => words.every((w, k) => tokens[i + k]?.text === w));
  return {
    ...mentionOf(name, kind, sentence),
    span: {
      start: at,
      end: at + words.length,
      title: titleWords > 0 ? { start: at - titleWords, end: at } : null,
      honorificOnly: titleWords > 0,
    },
  };
}

/** The kinds the body-evidence rules leave the given mentions with. */
export function settledKinds(sentences: SentenceMentions[], mentions: Mention[]): Kind[] {
  return settleByEvidence(sentences, mentions).map((m) => m.kind);
}
