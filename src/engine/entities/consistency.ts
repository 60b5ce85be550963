/**
 * One name, one kind across the article: news introduces a person by full name and then uses the
 * surname alone, so a lone word that is the surname of a person the article names is that person
 * ("Washington said" after "Kerry Washington"), unless it stands where a place stands ("in
 * Washington"); and a full name the article elsewhere tags as a person is a person everywhere.
 * A name used as a modifier ("a Duncan man") is of the kind the article names it elsewhere. The
 * tagger's document pass sees most of this; these are the cases it still splits.
 */

import type { Mention } from './mentions.js';
import { isParticle } from './names.js';

const PLACE_WORDS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'outside']);

function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(' ')
    .filter((w) => w && !isParticle(w));
}

export function settleAcrossArticle(mentions: Mention[], wordBefore: (m: Mention) => string): Mention[] {
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  const loneSurnames = new Set<string>();
  const named = new Map<string, Mention['kind']>();
  for (const m of mentions) {
    if (m.kind === 'organization' || m.kind === 'place') named.set(m.text.toLowerCase(), m.kind);
    if (m.kind !== 'person') continue;
    const words = nameWords(m.text);
    if (words.length > 1) {
      fullNames.add(words.join(' '));
      surnames.add(words[words.length - 1] ?? '');
    } else if (words.length === 1) loneSurnames.add(words[0] ?? '');
  }
  return mentions.map((m) => {
    if (m.kind === 'person') return m;
    const words = nameWords(m.text);
    const placeSlot = PLACE_WORDS.has(wordBefore(m).toLowerCase());
    const asPerson =
      fullNames.has(words.join(' ')) ||
      (words.length === 1 && surnames.has(words[0] ?? '') && !placeSlot) ||
      // "Kasia Wojtaszek" tagged a body once, "Wojtaszek said" a person: the two-word form is the person.
      (words.length === 2 && m.canonical === null && loneSurnames.has(words[1] ?? ''));
    if (asPerson) return { ...m, kind: 'person', canonical: null };
    // "in Duncan" ... "a Duncan man": a name used as a modifier keeps the kind the article gives it.
    const kind = m.kind === 'other' ? named.get(m.text.toLowerCase()) : undefined;
    return kind ? { ...m, kind } : m;
  });
}
