import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * CoNLL-2003 reader: one `token POS chunk NER` line per token (IOB1 tags), blank lines between
 * sentences, and `-DOCSTART-` lines that, in the shared copy, FOLLOW the document they close.
 */

export type NerType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

const TagSchema = z.string().regex(/^(?:O|[IB]-(?:PER|LOC|ORG|MISC))$/, 'expected an IOB1 NER tag');

function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  const endSentence = () => {
    if (current.tokens.length > 0) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (sentences.length > 0) docs.push({ sentences });
      sentences = [];
      continue;
    }
    if (cols.length < 4) {
      endSentence();
      continue;
    }
    current.tokens.push(cols[0] ?? '');
    current.tags.push(TagSchema.parse(cols[3]));
  }
  endSentence();
  if (sentences.length > 0) docs.push({ sentences });
  return docs;
}

export function loadConll(file: string): ConllDocument[] {
  return parseConll(readFileSync(file, 'utf8'));
}

/** Gold names of one type in a sentence, IOB1: I- continues a name, B- starts one next to another. */
export function goldNames(sentence: ConllSentence, type: NerType): string[] {
  const names: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) names.push(words.join(' '));
    words = [];
  };
  sentence.tags.forEach((tag, i) => {
    const [prefix, t] = tag.split('-');
    if (t !== type) {
      flush();
      return;
    }
    if (prefix === 'B') flush();
    words.push(sentence.tokens[i] ?? '');
  });
  flush();
  return names;
}

/** CoNLL tokens back to plain text as a user would paste it: no space before closing punctuation or 's. */
export function detokenise(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?%)\]])/g, '$1')
    .replace(/([([]) /g, '$1')
    .replace(/ (['’]s|n't)\b/g, '$1');
}

/**
 * A document as the article text a user would paste: the headline on its own line, the rest as
 * running text (the cleaner drops short one-line paragraphs as furniture, which CoNLL's
 * one-sentence lines would otherwise all look like).
 */
export function plainText(doc: ConllDocument): string {
  const [head, ...body] = doc.sentences.map((s) => detokenise(s.tokens));
  return `${head ?? ''}\n\n${body.join(' ')}`;
}
