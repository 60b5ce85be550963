/**
 * Settle what the sentence alone could not: a lone capitalised word is the person whose surname or
 * given name it is, else the organisation or place the article names that way elsewhere, else what
 * its context hinted ("in X" -> place, "told X" -> outlet). Anything still unknown is dropped:
 * a missed name costs less than a made-up one.
 */

import type { Mention } from './mentions.js';
import { isParticle } from './names.js';

function lower(text: string): string {
  return text.toLowerCase();
}

export function resolveUnknowns(mentions: Mention[]): Mention[] {
  const personParts = new Set<string>();
  const personNames = new Set<string>();
  const kindByText = new Map<string, Mention['kind']>();
  for (const m of mentions) {
    if (m.kind === 'person') {
      personNames.add(lower(m.text));
      const words = m.text.split(/\s+/).filter((w) => !isParticle(w));
      if (words.length > 1) {
        personParts.add(lower(words[words.length - 1] ?? ''));
        personParts.add(lower(words[0] ?? ''));
      }
    } else if (m.kind === 'organization' || m.kind === 'place') {
      kindByText.set(lower(m.text), m.kind);
      if (m.canonical) kindByText.set(lower(m.canonical), m.kind);
    }
  }
  const resolved: Mention[] = [];
  for (const m of mentions) {
    const text = lower(m.text);
    const core = m.text.split(/\s+/).filter((w) => !isParticle(w));
    // "Van der Westhuizen" is one name word once its particles are set aside.
    const single = core.length === 1;
    const coreText = lower(core[0] ?? '');
    if (m.kind === 'unknown') {
      let kind: Mention['kind'] | undefined;
      if (personNames.has(text) || (single && personParts.has(coreText))) kind = 'person';
      else kind = kindByText.get(text) ?? m.hint ?? undefined;
      if (kind) resolved.push({ ...m, kind });
    } else if (m.kind !== 'other') {
      // "Washington" the surname of a person the article names is that person, not the city.
      const asPerson = m.kind !== 'person' && single && personParts.has(coreText);
      resolved.push(asPerson ? { ...m, kind: 'person' } : m);
    }
  }
  return resolved;
}
