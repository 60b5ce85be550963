import type { Doc } from '../../src/engine/doc.js';

/** A Doc from ready-split sentences, one paragraph each, so a test exercises one stage alone. */
export function sentenceDoc(
  sentences: string[],
  opts: { title?: string; published?: string | null } = {},
): Doc {
  return {
    title: opts.title ?? '',
    published: opts.published ?? null,
    paragraphs: sentences,
    sentences,
    sentenceParagraph: sentences.map((_, i) => i),
    captions: [],
  };
}
