import type { Caption } from './schema.js';

/** The cleaned, segmented article every extraction stage reads. */
export interface Doc {
  title: string;
  published: string | null;
  paragraphs: string[];
  sentences: string[];
  /** For each sentence, the index of its paragraph. */
  sentenceParagraph: number[];
  captions: Caption[];
}
