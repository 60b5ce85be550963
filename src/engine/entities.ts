import type { Doc } from './doc.js';
import type { NamedEntity, Person } from './schema.js';

export interface Entities {
  people: Person[];
  organizations: NamedEntity[];
  places: NamedEntity[];
}

export function extractEntities(_doc: Doc): Entities {
  return { people: [], organizations: [], places: [] };
}
