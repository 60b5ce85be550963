/**
 * Names read together: names joined by "and" are of one kind, the names listed after a noun of
 * labels are labels, and the odd name out of a list of people is a person too.
 */

import { gazetteer } from '../classify.js';
import type { Token } from '../tokenize.js';
import { isOrgCueWord } from '../../lexicon/organizations.js';
import type { Mention, SentenceMentions } from './types.js';
import { PLACE_TAILS } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;

/** A place or other name no lexicon knows: it may be a body the tagger mistyped. */
function isUnknownNonBody(m: Mention): boolean {
  return (m.kind === 'place' || m.kind === 'other') && gazetteer(m.text, m.shouting) === null;
}

/**
 * "told Reuters and Kestrel": names joined by "and" are of one kind, so a name no lexicon knows, tagged
 * a place or nothing in particular beside an organisation, is an organisation too.
 */
export function linkCoordinated(s: SentenceMentions): void {
  const ms = s.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (b.span.start - a.span.end !== 1 || !/^(?:and|&)$/.test(s.tokens[a.span.end]?.text ?? '')) continue;
    if (a.kind === 'organization' && isUnknownNonBody(b))
      ms[i + 1] = { ...b, kind: 'organization', canonical: null };
    else if (b.kind === 'organization' && isUnknownNonBody(a))
      ms[i] = { ...a, kind: 'organization', canonical: null };
  }
}

/** Is the text between two mentions a list separator: ",", "and", "&" or ", and"? */
function listSeparator(s: SentenceMentions, a: Mention, b: Mention): boolean {
  const gap = b.span.start - a.span.end;
  const w = s.tokens[a.span.end]?.text ?? '';
  if (gap === 1) return w === ',' || w === 'and' || w === '&';
  return gap === 2 && w === ',' && s.tokens[a.span.end + 1]?.text === 'and';
}

/**
 * The runs of mentions set off as one list ("A, B and C"; a lone mention is a run of one), as
 * [from, to) indexes into `s.mentions`, in order. The list rules below and `body-lists.ts` read
 * lists through this one walk; they may retype a run's mentions (spans stay as they are).
 */
export function* listRuns(s: SentenceMentions): Generator<[number, number]> {
  const ms = s.mentions;
  let from = 0;
  while (from < ms.length) {
    let to = from + 1;
    while (to < ms.length && listSeparator(s, ms[to - 1]!, ms[to]!)) to++;
    yield [from, to];
    from = to;
  }
}

/** Nouns of fashion and retail labels that introduce a list of them ("labels such as A, B and C"). */
const LABEL_NOUNS = new Set(['brands', 'labels', 'designers', 'retailers']);

/** Does an example phrase ("including", "like", "such as") after a label noun end right before `start`? */
function afterLabelExamples(tokens: readonly Token[], start: number): boolean {
  const w = tokens[start - 1]?.text ?? '';
  if (w === 'including' || w === 'like') return LABEL_NOUNS.has(tokens[start - 2]?.text ?? '');
  return w === 'as' && tokens[start - 2]?.text === 'such' && LABEL_NOUNS.has(tokens[start - 3]?.text ?? '');
}

/**
 * "labels including A, B and C", "designers such as A and B": in fashion and retail copy the names
 * listed after a noun of labels are the labels, brands, even where a house bears its founder's
 * name; lists in news are of one kind of thing, so every name of the list is read so.
 */
export function labelsInLists(s: SentenceMentions): void {
  if (s.caseless) return;
  const ms = s.mentions;
  for (const [from, to] of listRuns(s)) {
    if (afterLabelExamples(s.tokens, ms[from]!.span.start))
      for (let k = from; k < to; k++) {
        const m = ms[k]!;
        if (m.kind === 'person' && !m.span.title) ms[k] = { ...m, kind: 'organization', canonical: null };
      }
  }
}

/**
 * "X Okafor, Y Lind, Z Marsh and W Dzneladze": a list of three or more names, all of people but
 * one, lists people; the odd one out, a name of two or more words no lexicon knows and without an
 * organisation word, is a person too (the tagger, meeting a surname it never saw, may call it a
 * body). Lists in news are of one kind of thing.
 */
export function personsInLists(s: SentenceMentions): void {
  const ms = s.mentions;
  for (const [from, to] of listRuns(s)) {
    const items = ms.slice(from, to);
    const others = items.filter((m) => m.kind !== 'person');
    if (items.length >= 3 && others.length === 1) {
      const odd = others[0]!;
      const words = s.tokens.slice(odd.span.start, odd.span.end).map((t) => t.text);
      if (
        words.length >= 2 &&
        words.every((w) => CAPITAL_THEN_SMALL.test(w) && !isOrgCueWord(w) && !PLACE_TAILS.has(w)) &&
        gazetteer(odd.text, s.shouting) === null
      )
        ms[ms.indexOf(odd)] = { ...odd, kind: 'person', canonical: null };
    }
  }
}
