import type { Caption } from './schema.js';

export interface CleanResult {
  title: string;
  paragraphs: string[];
  captions: Caption[];
}

export function cleanArticle(raw: string, title?: string): CleanResult {
  const lines = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const head = title ?? lines.shift() ?? '';
  return { title: head, paragraphs: lines, captions: [] };
}
