/**
 * Joining and splitting the tagger's spans: names joined by particles ("Lia van Hoek", "Porto de
 * Vela"), names broken at a dotted initial ("Tom R. Vale"), and two people's names
 * run together over "and".
 */

import type { Token } from '../tokenize.js';
import type { EntitySpan } from '../../ner/labels.js';
import { isParticle } from '../names.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isCommonWord } from '../../lexicon/common-words.js';
import { gazetteer } from '../classify.js';
import { demonymOf } from '../../lexicon/places.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { isCapitalThenLower, isTitleWord } from './words.js';

/** Particles only personal names carry ("Haitham bin Tariq", "Ursula von der Leyen"); "de", "la" also join place names. */
const PERSON_PARTICLES = new Set(['bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'ter', 'zu', 'al']);

/**
 * Names the tagger split at their lower-case particles, joined again: two capitalised parts with
 * only name particles between them are one name. It is a person's when a part was tagged one or a
 * particle only persons carry stands between; otherwise it keeps its first part's type ("Rio de
 * Janeiro"). CoNLL's training text has few such names, so the tagger alone often breaks them.
 */
export function joinParticles(tokens: Token[], spans: readonly EntitySpan[]): readonly EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const t of spans) {
    const prev = out[out.length - 1];
    // "Vane | & | Okafor": names on both sides of an ampersand are one firm's (see `hasAmpersand`).
    if (
      prev &&
      prev.end + 1 === t.start &&
      tokens[prev.end]?.text === '&' &&
      (prev.type === 'PER' || t.type === 'PER')
    ) {
      out[out.length - 1] = { type: 'ORG', start: prev.start, end: t.end };
      continue;
    }
    if (prev && prev.end < t.start) {
      let personal = false;
      let particles = true;
      // Stops at the first word that is no particle: the gap is then no join, whatever else it holds.
      for (let k = prev.end; k < t.start && particles; k++) {
        const w = tokens[k]?.text ?? '';
        if (!isParticle(w) || w !== lowerCase(w)) particles = false;
        if (PERSON_PARTICLES.has(w)) personal = true;
      }
      if (particles) {
        const type = personal || prev.type === 'PER' || t.type === 'PER' ? 'PER' : prev.type;
        out[out.length - 1] = { type, start: prev.start, end: t.end };
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** "D.", "W.": a capital and its dot, which `joinInitials` made one token. */
function isDottedInitial(w: string): boolean {
  return w.length === 2 && w.charCodeAt(1) === 46 && /\p{Lu}/u.test(w.charAt(0));
}

/**
 * A capitalised word just before "M. Okafor" that no lexicon knows as anything else, inside the
 * sentence: a given name the lists lack ("Orsolt", "Veran"). Not a title, role, honorific, place,
 * body or common word, nor a sentence's first word ("Then", "Yesterday").
 */
function isUnlistedGivenName(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (k === 0 || !isCapitalThenLower(w) || isTitleWord(w) || isCommonWord(w)) return false;
  const before = tokens[k - 1]?.text ?? '';
  if (/^[.!?:;"“‘'(]$/.test(before)) return false;
  return gazetteer(w, false) === null && demonymOf(w) === undefined;
}

/**
 * "Ruth | M. Okafor", "Ruth M. | Okafor", "Ruth | M. | Okafor": a middle initial belongs to the
 * name on both sides of it, so spans the tagger broke at one are a single person's name. Reuters
 * copy (the tagger's training text) seldom writes middle initials; US papers do for most people
 * they name. Joined when a person's span ends on the initial, when a person's part meets a person's
 * or an untyped (MISC) part or a listed given name at the initial, or when a listed given name stands just before a
 * person's span that opens with the initial (the tagger left the given name out).
 */
export function joinAtInitials(
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
): readonly EntitySpan[] {
  let out: EntitySpan[] | null = null;
  spans.forEach((t, i) => {
    const prev = out ? out[out.length - 1] : spans[i - 1];
    let joined: EntitySpan | null = null;
    if (prev) {
      // A person's name that ends on an initial after its given name is unfinished: whatever the
      // tagger made of the next word, it is the surname. A lone initial is no given name ("N.
      // Korea"), and a place or body before an initial-led name is none either ("England N. Vane"
      // in a scorecard is a team and its player).
      const unfinished =
        prev.type === 'PER' &&
        prev.end - prev.start > 1 &&
        prev.end === t.start &&
        isDottedInitial(tokens[t.start - 1]?.text ?? '');
      const personal =
        (prev.type === 'PER' && (t.type === 'PER' || t.type === 'MISC')) ||
        (t.type === 'PER' &&
          (prev.type === 'MISC' ||
            (prev.end - prev.start === 1 &&
              (isFirstName(tokens[prev.start]?.text ?? '') || isUnlistedGivenName(tokens, prev.start)))));
      const opensWithInitial =
        (prev.end === t.start && isDottedInitial(tokens[t.start]?.text ?? '')) ||
        (prev.end + 1 === t.start && isDottedInitial(tokens[prev.end]?.text ?? ''));
      if (unfinished || (personal && opensWithInitial))
        joined = { type: 'PER', start: prev.start, end: t.end };
    }
    if (joined) {
      out ??= spans.slice(0, i);
      out[out.length - 1] = joined;
      return;
    }
    const given = tokens[t.start - 1]?.text ?? '';
    if (
      t.type === 'PER' &&
      isDottedInitial(tokens[t.start]?.text ?? '') &&
      (!prev || prev.end < t.start - 1) &&
      (isFirstName(given) || isUnlistedGivenName(tokens, t.start - 1))
    ) {
      out ??= spans.slice(0, i);
      out.push({ type: 'PER', start: t.start - 1, end: t.end });
      return;
    }
    // "Tom W. | Vane" with the surname left untagged: the name ends at the word after the initial.
    const after = tokens[t.end]?.text ?? '';
    if (
      t.type === 'PER' &&
      t.end - t.start > 1 &&
      isDottedInitial(tokens[t.end - 1]?.text ?? '') &&
      isCapitalThenLower(after) &&
      spans[i + 1]?.start !== t.end
    ) {
      out ??= spans.slice(0, i);
      out.push({ type: 'PER', start: t.start, end: t.end + 1 });
      return;
    }
    out?.push(t);
  });
  return out ?? spans;
}

/**
 * "Tom and Ellis": no one's name holds "and", so a person span the tagger ran over it is two
 * people (bodies may: "Marks and Spencer"). Each part keeps the type.
 */
export function splitAtAnd(tokens: readonly Token[], spans: readonly EntitySpan[]): readonly EntitySpan[] {
  let out: EntitySpan[] | null = null;
  spans.forEach((t, i) => {
    let cut = -1;
    if (t.type === 'PER')
      for (let k = t.start + 1; k < t.end - 1 && cut < 0; k++) if (tokens[k]?.text === 'and') cut = k;
    if (cut < 0) {
      out?.push(t);
      return;
    }
    out ??= spans.slice(0, i);
    out.push({ type: 'PER', start: t.start, end: cut }, { type: 'PER', start: cut + 1, end: t.end });
  });
  return out ?? spans;
}
