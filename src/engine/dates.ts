import type { Doc } from './doc.js';
import type { DateMention } from './schema.js';

export function extractDates(_doc: Doc): DateMention[] {
  return [];
}
