/**
 * Helpers the entity stage shares about a tagged span: its kind, its text as a name, and what the
 * gazetteers know of it (the canonical spelling: "U.S." -> "United States"). What kind of name a
 * span is, the trained tagger decides (src/engine/ner/); this file no longer guesses it from shape.
 */

import { lookupOrganization } from '../lexicon/organizations.js';
import { lookupPlace } from '../lexicon/places.js';
import type { Span } from './spans.js';
import type { Token } from './tokenize.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call. Global, but only ever given to `replace`,
// which starts from and leaves `lastIndex` at 0.
const DOT_SPACE_BEFORE_INITIAL = /\. (?=\p{Lu}\.)/gu;

export type Kind = 'person' | 'organization' | 'place' | 'other';

export interface Classified {
  kind: Kind;
  /** Canonical name for gazetteer hits ("United States"), else null. */
  canonical: string | null;
}

function titleCase(word: string): string {
  return word.length <= 1 ? word : word[0] + word.slice(1).toLowerCase();
}

/** The span as a name string; shouted words are title-cased so they meet their mixed-case forms. */
export function spanText(tokens: Token[], span: Span, shouting: boolean): string {
  let text = '';
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    const shown = shouting && w.length > 3 && !w.includes('.') ? titleCase(w) : w;
    text = k === span.start ? shown : `${text} ${shown}`;
  }
  // Most spans hold no dot; the regexes that glue initials ("J. R.") only run when one does.
  if (!text.includes('.')) return text;
  return text.replace(/ \./g, '.').replace(DOT_SPACE_BEFORE_INITIAL, '.');
}

function lookupOrg(text: string, shouting: boolean): string | undefined {
  // Case carries meaning for short acronyms ("IS", "AP"), which shouting text cannot show.
  if (shouting && !/\s/.test(text) && text.length < 4) return undefined;
  return lookupOrganization(text);
}

export function gazetteer(text: string, shouting: boolean): Classified | null {
  const org = lookupOrg(text, shouting);
  if (org) return { kind: 'organization', canonical: org };
  const place = lookupPlace(text);
  if (place) return { kind: 'place', canonical: place };
  return null;
}
