/**
 * One name, one kind across the article: news introduces a person by full name and then uses the
 * surname alone, so a lone word that is the surname of a person the article names is that person
 * ("Washington said" after "Kerry Washington"), unless it stands where a place stands ("in
 * Washington"). A name used as a modifier ("a Kelso man") is of the kind the article names it elsewhere. The
 * tagger's document pass sees most of this; these are the cases it still splits.
 */

import { gazetteer } from './classify.js';
import type { Mention } from './mentions/index.js';
import { isParticle } from './names.js';
import { traceRule } from './rule-trace.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { demonymOf, lookupPlace } from '../lexicon/places.js';
import { isFirstName } from '../lexicon/first-names.js';
import { isGenerationalSuffix } from '../lexicon/particles.js';

const PLACE_WORDS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'outside']);

/** The name's lower-cased words without particles. A plain loop: this runs several times per mention. */
function nameWords(text: string): string[] {
  const lower = lowerCase(text);
  const words: string[] = [];
  let from = 0;
  while (from <= lower.length) {
    let to = lower.indexOf(' ', from);
    if (to < 0) to = lower.length;
    if (to > from) {
      const w = lower.slice(from, to);
      if (!isParticle(w)) words.push(w);
    }
    from = to + 1;
  }
  return words;
}

/**
 * "at Kempton Brennagh's smile", "watching PSG Kestrel could not": a caption or a list glued to the
 * next sentence runs a place or body into a person's name. When the article names the front words
 * alone as a body or place and the rest is a person it names in full (or that person's surname),
 * the span is the two of them.
 */
function splitGlued(
  m: Mention,
  bodies: ReadonlySet<string>,
  surnames: ReadonlyMap<string, string>,
  out: Mention[],
): void {
  const space = m.text.lastIndexOf(' ');
  if (space < 0 || m.kind === 'place' || m.span.title) {
    out.push(m);
    return;
  }
  // The tail is one word, a surname; the front is every word before it.
  const front = m.text.slice(0, space);
  const rest = m.text.slice(space + 1);
  const full = surnames.get(lowerCase(rest));
  const words = m.span.end - m.span.start;
  if (
    full === undefined ||
    full === lowerCase(m.text) ||
    !bodies.has(lowerCase(front)) ||
    front.split(' ').length !== words - 1
  ) {
    out.push(m);
    return;
  }
  const at = m.span.end - 1;
  traceRule('glued-split', rest, m.kind, 'person');
  out.push(
    { ...m, kind: 'organization', canonical: null, text: front, span: { ...m.span, end: at, title: null } },
    { ...m, kind: 'person', canonical: null, text: rest, span: { ...m.span, start: at } },
  );
}

/**
 * "Donor Vale and Okafor May Meet" ... "donor Ada Vale"; "Ada Vale Backs Okafor" ... "Ada Vale said":
 * a headline's capitals run a word of its own into a person's name. A person mention that is a full
 * name the article gives a person elsewhere plus one more word after it, or another full name of a
 * person (or its surname) plus a word before it that the article writes in lower case (`ordinaryFirstWord`), is
 * that person without the extra word. In CoNLL eng.train's gold, no person's name is another
 * person's full name of the document with a word added after it, and none is a person's name with a
 * lower-case word other than a given name or title before it (0 of 749 names that extend another).
 */
// addName and namedElsewhere are module functions, not closures made per call: under tsx every
// named closure is named at run time.
function addName(any: Map<string, Set<string>>, name: string, from: string): void {
  const froms = any.get(name) ?? new Set<string>();
  froms.add(from);
  any.set(name, froms);
}

/** Whether a full name other than `self` gave `name`. */
function namedElsewhere(any: ReadonlyMap<string, ReadonlySet<string>>, name: string, self: string): boolean {
  const froms = any.get(name);
  return froms !== undefined && (froms.size > 1 || !froms.has(self));
}

function trimToNamedPeople(mentions: Mention[]): Mention[] {
  const full = new Set<string>();
  /** A person's full name or its surname, and the full names it came from: the rest must come from another one. */
  const any = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const key = lowerCase(m.text);
    // Only full names count: "Destiny Okoro" ... "Okoro said" must not turn the first into "Okoro".
    if (!key.includes(' ')) continue;
    full.add(key);
    addName(any, key, key);
    addName(any, key.slice(key.lastIndexOf(' ') + 1), key);
  }
  if (full.size === 0) return mentions;
  let out: Mention[] | null = null;
  mentions.forEach((m, i) => {
    let trimmed: Mention | null = null;
    const key = m.kind === 'person' ? lowerCase(m.text) : '';
    const space = key.lastIndexOf(' ');
    const first = key.indexOf(' ');
    if (
      space > 0 &&
      key.indexOf(' ') < space &&
      full.has(key.slice(0, space)) &&
      !isGenerationalSuffix(key.slice(space + 1))
    )
      trimmed = { ...m, text: m.text.slice(0, space), span: { ...m.span, end: m.span.end - 1 } };
    else if (first > 0 && m.ordinaryFirstWord && namedElsewhere(any, key.slice(first + 1), key)) {
      // The dropped word joins the title run before it, if any ("Republican Donor | Vale").
      const { title } = m.span;
      const word = m.text.slice(0, first);
      trimmed = {
        ...m,
        text: m.text.slice(first + 1),
        span: {
          ...m.span,
          start: m.span.start + 1,
          title: title ? { ...title, end: m.span.start + 1 } : null,
        },
        titleText: m.titleText ? `${m.titleText} ${word}` : null,
        ordinaryFirstWord: false,
      };
    }
    if (!trimmed) {
      out?.push(m);
      return;
    }
    traceRule('extra-word-of-named-person', trimmed.text, m.kind, 'person');
    out ??= mentions.slice(0, i);
    out.push(trimmed);
  });
  return out ?? mentions;
}

/** Nouns of a body named after the person who leads it ("the Vale administration"). */
const LED_BODY = /^(\S+) (?:administration|government)$/;

// At module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside a
// character class as `new RegExp(...)`, built again on every call inside a function.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "the Vale administration" ... "Vale said": a word the article writes before "administration" or
 * "government", and no known place, nationality or frequent word ("the Afghan government"), is the
 * leader's surname, so where it stands alone it is that person, however the tagger typed it (its
 * document features spread the body's type to every mention). eng.train gold: 6 of 6 such words
 * standing alone are a person; with "campaign" too, 48 of 48, but sports copy writes "their La Liga
 * campaign" and British politics "the Leave campaign", so "campaign" is left out.
 */
function leadersOfBodies(mentions: Mention[]): Mention[] {
  const leaders = new Set<string>();
  for (const m of mentions) {
    // "the Vale administration" as one body, or "Vale" typed a body before the noun.
    const word = m.beforeLedBody
      ? m.text
      : m.kind === 'organization'
        ? (LED_BODY.exec(m.text)?.[1] ?? '')
        : '';
    if (
      CAPITALISED_WORD.test(word) &&
      gazetteer(word, m.shouting) === null &&
      demonymOf(word) === undefined &&
      !isCommonWord(word)
    )
      leaders.add(word);
  }
  if (leaders.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.kind === 'person' || m.beforeLedBody || m.span.title || !leaders.has(m.text)) return m;
    traceRule('leader-of-named-body', m.text, m.kind, 'person');
    return { ...m, kind: 'person', canonical: null };
  });
}

export function settleAcrossArticle(all: Mention[], wordBefore: (m: Mention) => string): Mention[] {
  const mentions = leadersOfBodies(trimToNamedPeople(all));
  const bodies = new Set<string>();
  const shortNames = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind === 'organization' || m.kind === 'place') bodies.add(lowerCase(m.text));
    else if (m.kind === 'person' && m.text.includes(' ')) {
      // The surname of a full name: a glued span's tail, as long as the span is not that full name.
      const words = lowerCase(m.text).split(' ');
      shortNames.set(words[words.length - 1] ?? '', words.join(' '));
    }
  }
  if (bodies.size === 0 || shortNames.size === 0) return settle(mentions, wordBefore);
  const split: Mention[] = [];
  for (const m of mentions) splitGlued(m, bodies, shortNames, split);
  return settle(split, wordBefore);
}

/**
 * "in Fairview", "at Brackley Park": a person mention where places stand (`Mention.placeSlot`) that
 * no person mention elsewhere in the article goes by, by its full name, its last word or its first,
 * is the place. Retyped before the rest of `settle`, so its full name makes no other mention a person.
 */
function placesInPlaceSlots(mentions: Mention[]): Mention[] {
  const personElsewhere = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.placeSlot) continue;
    const words = nameWords(m.text);
    personElsewhere.add(words.join(' '));
    personElsewhere.add(words[0] ?? '');
    personElsewhere.add(words[words.length - 1] ?? '');
  }
  return mentions.map((m) => {
    if (m.kind !== 'person' || !m.placeSlot) return m;
    const words = nameWords(m.text);
    const named =
      personElsewhere.has(words.join(' ')) ||
      personElsewhere.has(words[0] ?? '') ||
      personElsewhere.has(words[words.length - 1] ?? '');
    if (named) return m;
    traceRule('place-slot', m.text, m.kind, 'place');
    return retyped(m, 'place');
  });
}

/**
 * A person mention that fills a pair of quote marks alone (`Mention.quotedWhole`: a show's or book's
 * title, a slogan, a nickname) names no one, and becomes 'other', unless a person mention outside
 * quote marks goes by it: the same full name, or for one word a person's first or last word. A title
 * that holds a surname ("''Vance Unbound''", "“Dump Vance”") is no such person: its first word must
 * also open a name the article gives outside quote marks.
 */
function quotedNamesAlone(mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.kind === 'person' && m.quotedWhole)) return mentions;
  const fullNames = new Set<string>();
  const firstWords = new Set<string>();
  const lastWords = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.quotedWhole) continue;
    const words = nameWords(m.text);
    fullNames.add(words.join(' '));
    firstWords.add(words[0] ?? '');
    lastWords.add(words[words.length - 1] ?? '');
  }
  return mentions.map((m) => {
    if (m.kind !== 'person' || !m.quotedWhole) return m;
    const words = nameWords(m.text);
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    const named =
      fullNames.has(words.join(' ')) ||
      (words.length === 1
        ? firstWords.has(first) || lastWords.has(first)
        : firstWords.has(first) && lastWords.has(last));
    if (named) return m;
    traceRule('quoted-whole', m.text, m.kind, 'other');
    return retyped(m, 'other');
  });
}

/** Compass words that open a place's name: "North Yemen", "South Ostria". */
const COMPASS = new Set(['North', 'South', 'East', 'West']);

/**
 * Whether a name opens with a place the lexicon knows that is no given name, or a compass word:
 * such a name is a region, a team or a body named after the place ("West Tarvik", "Ostria
 * Rovers"), not a person, even where the tagger typed it one. "Kent Vell" (a given name that is
 * also a county) and "Princeton Vell" (a town the lexicon does not list) stay names.
 */
function opensWithPlace(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const first = name.slice(0, space);
  return COMPASS.has(first) || (lookupPlace(first) !== undefined && !isFirstName(first));
}

function settle(all: Mention[], wordBefore: (m: Mention) => string): Mention[] {
  const mentions = quotedNamesAlone(placesInPlaceSlots(all));
  const surnames = new Set<string>();
  const loneSurnames = new Set<string>();
  const named = new Map<string, Mention['kind']>();
  const givenNames = new Set<string>();
  /** Per lower-cased text: mentions as a body or place minus mentions as a person. */
  const bodyVotes = new Map<string, number>();
  const inPlace = new Set<string>();
  for (const m of mentions) {
    const key = lowerCase(m.text);
    if (m.kind === 'organization' || m.kind === 'place') {
      named.set(key, m.kind);
      bodyVotes.set(key, (bodyVotes.get(key) ?? 0) + 1);
    }
    if (m.kind !== 'person') continue;
    bodyVotes.set(key, (bodyVotes.get(key) ?? 0) - 1);
    if (!m.span.title && wordBefore(m) === 'in') inPlace.add(key);
    const words = nameWords(m.text);

    if (words.length > 1) {
      // "North Yemen", "Atlanta Braves" typed a person: a place opening them makes them a
      // place's name or a team, so their last word is no surname to spread.
      if (!opensWithPlace(m.text)) surnames.add(words[words.length - 1] ?? '');
      givenNames.add(words[0] ?? '');
    } else if (words.length === 1) loneSurnames.add(words[0] ?? '');
  }
  return mentions.map((m) => {
    if (m.kind === 'person') {
      // A lone word no named person goes by, that the article names more often as a body or place
      // ("at Kempton" twice, "Kempton, even when" once), or writes where places stand ("in Fairview"),
      // is that body or place.
      const key = lowerCase(m.text);
      if (m.span.title || m.text.includes(' ') || surnames.has(key) || givenNames.has(key)) return m;
      if ((bodyVotes.get(key) ?? 0) > 0) {
        const kind = named.get(key) ?? 'organization';
        traceRule('lone-word-body-votes', m.text, m.kind, kind);
        return retyped(m, kind);
      }
      if (!inPlace.has(key)) return m;
      traceRule('lone-word-after-in', m.text, m.kind, 'place');
      return retyped(m, 'place');
    }
    const words = nameWords(m.text);
    const placeSlot = PLACE_WORDS.has(lowerCase(wordBefore(m)));
    // A full name the article elsewhere types a person is no longer made one everywhere: on CoNLL
    // eng.train read by a tagger trained without it, that rule was right 7 times in 16 (clubs such
    // as "Lech Poznan" typed a person once spread to every mention), on eng.testa 2 in 4. The two
    // below held: a surname 56 in 67, a two-word name with its surname alone 16 in 21 (training data;
    // `eval/people-rules.ts conll --jackknife`).
    const key = lowerCase(m.text);
    const asPerson =
      words.length === 1 && surnames.has(words[0] ?? '') && !placeSlot
        ? 'surname-of-full-name'
        : // "Marta Zielny" tagged a body once, "Zielny said" a person: the two-word form is the person.
          words.length === 2 && m.canonical === null && loneSurnames.has(words[1] ?? '')
          ? 'two-words-lone-surname'
          : null;
    if (asPerson) {
      traceRule(asPerson, m.text, m.kind, 'person');
      return { ...m, kind: 'person', canonical: null };
    }
    // "in Kelso" ... "a Kelso man": a name used as a modifier keeps the kind the article gives it.
    const kind = m.kind === 'other' ? named.get(key) : undefined;
    return kind ? retyped(m, kind) : m;
  });
}

/**
 * The mention as a body or place, with the lexicon's canonical name when it knows the name as
 * that kind: "US" typed a nationality-like modifier in one sentence and a place in others is one
 * place, "United States", in all of them.
 */
function retyped(m: Mention, kind: Mention['kind']): Mention {
  const known = gazetteer(m.text, m.shouting);
  return { ...m, kind, canonical: known && known.kind === kind ? known.canonical : null };
}
