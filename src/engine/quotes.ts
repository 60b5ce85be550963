import type { Doc } from './doc.js';
import type { Entities } from './entities.js';
import type { Quote } from './schema.js';

export function extractQuotes(_doc: Doc, _entities: Entities): Quote[] {
  return [];
}
