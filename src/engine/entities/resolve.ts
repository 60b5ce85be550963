/**
 * Settle what the sentence alone could not: a lone capitalised word is the person whose surname or
 * given name it is, else the organisation or place the article names that way elsewhere, else what
 * its context hinted ("in X" -> place, "told X" -> outlet). Anything still unknown is dropped:
 * a missed name costs less than a made-up one.
 */

import type { Mention } from './mentions.js';
import { isFirstName } from '../lexicon/firstNames.js';
import { isParticle } from './names.js';

export function resolveUnknowns(mentions: Mention[]): Mention[] {
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  const personNames = new Set<string>();
  const kindByText = new Map<string, Mention['kind']>();
  // Lone words the article also puts where a place stands ("in Duncan").
  const placeSlots = new Set<string>();
  // Later words of organisation names ("Yankees" of "New York Yankees"): a lone one is that body.
  const orgWords = new Set<string>();
  // Names the article uses as sports sides: the club wherever no place preposition stands before it.
  const sides = new Set<string>();
  for (const m of mentions) {
    if (m.team) sides.add(m.text.toLowerCase());
    if (m.hint === 'place') placeSlots.add(m.text.toLowerCase());
    if (m.kind === 'person') {
      personNames.add(m.text.toLowerCase());
      const words = m.text.split(/\s+/).filter((w) => !isParticle(w));
      if (words.length > 1) {
        surnames.add((words[words.length - 1] ?? '').toLowerCase());
        // Only a known given name stands alone for its person ("Brett"); an unknown first word may be
        // a place glued on by a missing full stop ("Malaga Benzema").
        if (isFirstName(words[0] ?? '')) givenNames.add((words[0] ?? '').toLowerCase());
      }
    } else if (m.kind === 'organization' || m.kind === 'place') {
      if (m.kind === 'organization') for (const w of m.text.split(' ').slice(1)) orgWords.add(w.toLowerCase());
      kindByText.set(m.text.toLowerCase(), m.kind);
      if (m.canonical) kindByText.set(m.canonical.toLowerCase(), m.kind);
    }
  }
  const resolved: Mention[] = [];
  for (const m of mentions) {
    const text = m.text.toLowerCase();
    const core = m.text.split(/\s+/).filter((w) => !isParticle(w));
    // "Van der Westhuizen" is one name word once its particles are set aside.
    const single = core.length === 1;
    const coreText = (core[0] ?? '').toLowerCase();
    const namesPerson = single && (surnames.has(coreText) || givenNames.has(coreText));
    if (m.kind === 'unknown') {
      let kind: Mention['kind'] | undefined;
      if (namesPerson) kind = 'person';
      else if (personNames.has(text) && !placeSlots.has(text)) kind = 'person';
      else if (sides.has(text) && !m.placeSlot) kind = 'organization';
      else if (single && orgWords.has(text)) kind = 'organization';
      else kind = kindByText.get(text) ?? m.hint ?? undefined;
      if (kind) resolved.push({ ...m, kind });
    } else if (m.kind === 'person' && single && !namesPerson && !m.titleText && orgWords.has(text)) {
      resolved.push({ ...m, kind: 'organization' });
    } else if (m.kind === 'person' && single && !namesPerson && !m.titleText && placeSlots.has(text)) {
      // A lone given name the article also uses as a place ("a Duncan student", "in Duncan").
      resolved.push({ ...m, kind: 'place' });
    } else if (m.kind === 'place' && sides.has(text) && !m.placeSlot && !surnames.has(coreText)) {
      resolved.push({ ...m, kind: 'organization', canonical: null });
    } else if (m.kind !== 'other') {
      // "Washington" the surname of a person the article names is that person, not the city.
      const asPerson = m.kind !== 'person' && single && surnames.has(coreText);
      resolved.push(asPerson ? { ...m, kind: 'person' } : m);
    }
  }
  return resolved;
}
