/**
 * Every name mention in one sentence, typed as far as the sentence alone allows. Mentions left
 * 'unknown' (a lone capitalised word) are settled later against the whole document.
 */

import { isOrgCueWord, isTrailingOrgNoun } from '../lexicon/organizations.js';
import { isRoleNoun } from '../lexicon/titles.js';
import { lookupPlace } from '../lexicon/places.js';
import { type Kind, classify, gazetteer, spanText } from './classify.js';
import { maskCredits } from './credits.js';
import { isFirstName } from '../lexicon/firstNames.js';
import {
  isAllUpper,
  isSayVerb,
  isShouting,
  isTitleCase,
  type LowerVocabulary,
  startsUpper,
} from './names.js';
import { findRuns, type NameSpan, type Span, splitTitle } from './spans.js';
import { isTeamSlot } from './teams.js';
import { isPossessive, type Token, tokenize } from './tokenize.js';

/** A context word that hints at what a lone unknown name is. */
export type Hint = 'person' | 'place' | 'organization' | null;

export interface Mention {
  kind: Kind;
  text: string;
  canonical: string | null;
  /** Sentence index; -1 for the title. */
  sentence: number;
  span: NameSpan;
  /** The title part as written ("Sen.", "US State Department Deputy Spokesman"), or null. */
  titleText: string | null;
  hint: Hint;
  shouting: boolean;
  /** The context makes this name a sports side ("Derbyshire beat Kent"); see teams.ts. */
  team: boolean;
  /** The name stands where a place stands ("in Boston", "at Chesterfield"). */
  placeSlot: boolean;
}

export interface SentenceMentions {
  index: number;
  text: string;
  tokens: Token[];
  shouting: boolean;
  /** Shouted or Title Case: capitals mark no names here. */
  caseless: boolean;
  /** The document's lower-case vocabulary (see `lowerVocabulary`). */
  lower: LowerVocabulary;
  mentions: Mention[];
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'into']);
/** Words before a place that also keep a town a town in sports reports ("at Chesterfield"). */
const PLACE_SLOT_WORDS = new Set([...PLACE_PREPOSITIONS, 'at', 'from']);

function sliceText(text: string, tokens: Token[], span: Span): string {
  const a = tokens[span.start];
  const b = tokens[span.end - 1];
  return a && b ? text.slice(a.start, b.end) : '';
}

/** Organisations and places named inside a title part ("US State Department" in its spokesman's title). */
function namesInTitle(s: SentenceMentions, title: Span): Mention[] {
  const found: Mention[] = [];
  const { tokens, shouting } = s;
  let lastCue = -1;
  for (let k = title.start; k < title.end; k++) if (isOrgCueWord(tokens[k]?.text ?? '')) lastCue = k;
  let from = title.start;
  if (lastCue >= 0) {
    const span = { start: title.start, end: lastCue + 1 };
    const text = spanText(tokens, span, shouting);
    const known = gazetteer(text, shouting);
    const canonical = known?.kind === 'organization' ? known.canonical : null;
    found.push(
      makeMention(s, { ...span, title: null, honorificOnly: false }, 'organization', canonical, text),
    );
    from = lastCue + 1;
  }
  for (let k = from; k < title.end; k++) {
    const w = tokens[k]?.text ?? '';
    const known = gazetteer(w, shouting);
    if (known && (known.kind === 'place' || /^\p{Lu}{2,}$/u.test(w))) {
      const span = { start: k, end: k + 1, title: null, honorificOnly: false };
      found.push(makeMention(s, span, known.kind, known.canonical, w));
    }
  }
  return found;
}

function makeMention(
  s: SentenceMentions,
  span: NameSpan,
  kind: Kind,
  canonical: string | null,
  text?: string,
): Mention {
  return {
    kind,
    text: text ?? spanText(s.tokens, span, s.shouting),
    canonical,
    sentence: s.index,
    span,
    titleText: span.title ? sliceText(s.text, s.tokens, span.title) : null,
    hint: null,
    shouting: s.shouting,
    team: false,
    placeSlot: PLACE_SLOT_WORDS.has(s.tokens[span.start - 1]?.text ?? ''),
  };
}

/** "LONDON (Reuters) -", "SEOUL 1996-08-30": a shouted first word before a dash, bracket or date. */
function isDateline(s: SentenceMentions, span: Span): boolean {
  if (span.start !== 0) return false;
  const w = s.tokens[0]?.text ?? '';
  const next = s.tokens[span.end]?.text ?? '';
  return isAllUpper(w) && (next === '(' || next === '-' || next === '—' || /^\d{4}-\d\d-\d\d$/.test(next));
}

/** Tokenise a sentence (credits blanked) and read its case; mentions are found once the document's
 * lower-case vocabulary is known. */
export function prepareSentence(text: string, index: number): SentenceMentions {
  const masked = maskCredits(text);
  const tokens = tokenize(masked);
  const shouting = isShouting(masked);
  const caseless = shouting || isTitleCase(tokens);
  return { index, text, tokens, shouting, caseless, lower: new Set(), mentions: [] };
}

export function findMentions(s: SentenceMentions, lower: LowerVocabulary): SentenceMentions {
  s.lower = lower;
  const { tokens } = s;
  for (const run of findRuns(tokens, s.caseless, lower)) {
    const span = splitTitle(tokens, run);
    const titled = span.title !== null;
    const c = classify(span, { tokens, shouting: s.shouting, titled, lower });
    let kind = c.kind;
    if (span.title && !span.honorificOnly) s.mentions.push(...namesInTitle(s, span.title));
    const after = tokens[span.end]?.text ?? '';
    // "Biden administration", "Netanyahu government": the body, not the person.
    if (
      (kind === 'person' || kind === 'unknown') &&
      !titled &&
      isTrailingOrgNoun(after) &&
      after === after.toLowerCase()
    ) {
      const orgSpan = { start: span.start, end: span.end + 1, title: null, honorificOnly: false };
      s.mentions.push(
        makeMention(s, orgSpan, 'organization', null, `${spanText(tokens, span, s.shouting)} ${after}`),
      );
      continue;
    }
    if (kind === 'unknown' && isDateline(s, span)) kind = 'place';
    const team = !titled && isSide(s, span, kind);
    // A side is an organisation; a lone unknown word stays unknown so that a player's surname
    // ("Sampras beat Agassi") can still be claimed by its person in resolve.ts.
    if (team && kind !== 'unknown') kind = 'organization';
    if (!team && corporateCue(s, span, kind)) kind = 'organization';
    const m = makeMention(s, span, kind, team && kind === 'organization' ? null : c.canonical);
    m.team = team;
    if (kind === 'unknown') m.hint = team ? 'organization' : unknownHint(s, span);
    s.mentions.push(m);
  }
  linkCoordinated(s);
  return s;
}

const SHARE_NOUNS = new Set(['shares', 'stock', 'stocks', 'stake', 'shareholders', 'subsidiary', 'unit']);

/** "the Organisation for Security and Cooperation in Europe ( OSCE )": the acronym spells the name's initials. */
function spelledByAcronym(tokens: Token[], span: Span): boolean {
  const acronym = tokens[span.end + 1]?.text ?? '';
  if (tokens[span.end]?.text !== '(' || tokens[span.end + 2]?.text !== ')' || !/^\p{Lu}{2,6}$/u.test(acronym))
    return false;
  let initials = '';
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    if (startsUpper(w)) initials += w[0];
  }
  return initials.length >= 2 && initials === acronym;
}

/**
 * Cues only a company or body takes: "X said it", "X shares", "a London-based X", "X ( XYZ )". A name led
 * by a known given name or a title is left to be a person ("Mary Smith said it was").
 */
function corporateCue(s: SentenceMentions, span: NameSpan, kind: Kind): boolean {
  if (kind !== 'unknown' && !(kind === 'person' && span.title === null)) return false;
  const { tokens } = s;
  if (kind === 'person' && isFirstName(tokens[span.start]?.text ?? '')) return false;
  const after = tokens[span.end]?.text ?? '';
  const afterNext = tokens[span.end + 1]?.text ?? '';
  if (isSayVerb(after) && (afterNext === 'it' || afterNext === 'its')) return true;
  if (SHARE_NOUNS.has(after) || (isPossessive(tokens[span.end]) && SHARE_NOUNS.has(afterNext))) return true;
  if (tokens[span.start - 1]?.text.endsWith('-based')) return true;
  return spelledByAcronym(tokens, span);
}

function isSide(s: SentenceMentions, span: Span, kind: Kind): boolean {
  if (kind !== 'place' && kind !== 'unknown' && kind !== 'person') return false;
  const words = s.tokens.slice(span.start, span.end).map((t) => t.text);
  return isTeamSlot(s.tokens, span, words, kind === 'person');
}

/** "Healy and Mark Taylor", "told Axios and Walla": a lone word joined by "and" is of its partner's kind. */
function linkCoordinated(s: SentenceMentions): void {
  const ms = s.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m?.kind !== 'unknown' || m.hint) continue;
    for (const other of [ms[i - 1], ms[i + 1]]) {
      const kind = other?.kind === 'person' || other?.kind === 'organization' ? other.kind : other?.hint;
      if (!other || (kind !== 'person' && kind !== 'organization')) continue;
      const [from, to] =
        other.span.end <= m.span.start ? [other.span.end, m.span.start] : [m.span.end, other.span.start];
      const between = to - from === 1 ? s.tokens[from]?.text : undefined;
      // Commas also join a town to its county ("Melton Mowbray, Leicestershire"), so only "and" counts.
      if (between === 'and' || between === '&') m.hint = kind;
    }
  }
}

function unknownHint(s: SentenceMentions, span: Span): Hint {
  const { tokens } = s;
  const before = tokens[span.start - 1]?.text ?? '';
  const after = tokens[span.end]?.text ?? '';
  const afterNext = tokens[span.end + 1]?.text ?? '';
  if (PLACE_PREPOSITIONS.has(before)) return 'place';
  // "Vaas ( Sri Lanka )": a name followed by a country in brackets is a competitor or delegate.
  if (after === '(' && lookupPlace(afterNext) && tokens[span.end + 2]?.text === ')') return 'person';
  // "Muscat, Oman": a name followed by a comma and a known place is a town in that place.
  if (after === ',' && lookupPlace(afterNext)) return 'place';
  // "Arsenal striker Thierry Henry", "Acme chief executive Jo Ray": the employer of the person named next.
  if (isRoleNoun(after) && after === after.toLowerCase() && /^\p{Lu}/u.test(afterNext)) return 'organization';
  // "told Axios": what a source tells, when it is no known person, is usually an outlet.
  if (before === 'told' && !isPossessive(tokens[span.end])) return 'organization';
  return null;
}
