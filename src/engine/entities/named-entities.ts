/**
 * Fold organisation and place mentions into one entry each: gazetteer spellings share their
 * canonical name ("U.S." -> "United States"), and a body named with a place in front absorbs the
 * bare form ("State Department" inside "US State Department").
 */

import { lookupPlace } from '../lexicon/places.js';
import type { NamedEntity } from '../schema.js';
import type { Mention } from './mentions/index.js';
import { lowerCase } from '../lexicon/lower-case.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const HAS_SMALL_LETTER = /\p{Ll}/u;

interface Entry {
  canonical: string | null;
  /** How often each written form occurs, to name the entry by the article's usual form. */
  forms: Map<string, number>;
  extraAliases: Set<string>;
  mentions: number;
  firstSentence: number;
  name: string;
}

function foldKey(text: string): string {
  return lowerCase(text)
    .replace(/^the\s+/, '')
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ');
}

/** Display name: the canonical one when the article uses it or the lexicon insists, else the usual form. */
function displayName(e: Entry, preferCanonical: (canonical: string) => boolean): string {
  if (e.canonical && (preferCanonical(e.canonical) || e.forms.has(e.canonical))) return e.canonical;
  let best = '';
  let bestCount = -1;
  for (const [form, n] of e.forms) {
    // A mixed-case form beats a shouted headline spelling of the same name.
    const score = n + (HAS_SMALL_LETTER.test(form) ? 1000 : 0);
    if (score > bestCount) {
      best = form;
      bestCount = score;
    }
  }
  return best;
}

export function buildNamedEntities(
  mentions: Mention[],
  preferCanonical: (canonical: string) => boolean,
): NamedEntity[] {
  const byKey = new Map<string, Entry>();
  for (const m of mentions) {
    const k = foldKey(m.canonical ?? m.text);
    let e = byKey.get(k);
    if (!e) {
      e = {
        canonical: m.canonical,
        forms: new Map(),
        extraAliases: new Set(),
        mentions: 0,
        firstSentence: Number.MAX_SAFE_INTEGER,
        name: '',
      };
      byKey.set(k, e);
    }
    e.forms.set(m.text, (e.forms.get(m.text) ?? 0) + 1);
    e.mentions++;
    if (m.sentence >= 0) e.firstSentence = Math.min(e.firstSentence, m.sentence);
  }
  const entries = [...byKey.values()];
  for (const e of entries) e.name = displayName(e, preferCanonical);
  for (const inner of entries) {
    const outer = entries.find(
      (o) =>
        o !== inner &&
        o.name.endsWith(` ${inner.name}`) &&
        lookupPlace(o.name.slice(0, -inner.name.length - 1)) !== undefined,
    );
    if (!outer) continue;
    outer.extraAliases.add(inner.name);
    for (const f of inner.forms.keys()) outer.extraAliases.add(f);
    outer.mentions += inner.mentions;
    outer.firstSentence = Math.min(outer.firstSentence, inner.firstSentence);
    inner.mentions = 0;
  }
  return entries
    .filter((e) => e.mentions > 0)
    .map((e) => {
      const aliases = new Set([...e.forms.keys(), ...e.extraAliases]);
      if (e.canonical) aliases.add(e.canonical);
      aliases.delete(e.name);
      return {
        name: e.name,
        aliases: [...aliases],
        mentions: e.mentions,
        firstSentence: e.firstSentence === Number.MAX_SAFE_INTEGER ? 0 : e.firstSentence,
      };
    })
    .sort((a, b) => a.firstSentence - b.firstSentence || b.mentions - a.mentions);
}
