/**
 * One mention made from a span, with the flags later stages read: a place slot ("in X"), an
 * ordinary first word, a body led by the person ("the X administration") and a name quoted whole.
 */

import { type Token, isPossessive } from '../tokenize.js';
import type { Span, NameSpan } from '../spans.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isRoleNoun, isTitle, isHonorific } from '../../lexicon/titles.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { isListedGivenName } from '../../ner/features.js';
import { type Kind, spanText } from '../classify.js';
import type { SentenceMentions, Mention } from './types.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_LETTER = /^\p{L}/u;

function sliceText(text: string, tokens: Token[], span: Span): string {
  const a = tokens[span.start];
  const b = tokens[span.end - 1];
  return a && b ? text.slice(a.start, b.end) : '';
}

/**
 * "in Fairview", "at Brackley Park": a name right after a lower-case "in" or "at", with no title and
 * nothing it owns after it, stands where places and venues stand. In CoNLL's eng.train, 98% of the
 * names written so are places, bodies or events, and most persons among the rest own what follows
 * ("in Kohl's view"), hence that exception. Whether such a person name is still someone the
 * article names elsewhere is decided across the article (`consistency.ts`).
 */
function inPlaceSlot(s: SentenceMentions, span: NameSpan): boolean {
  if (s.caseless || span.title) return false;
  const before = s.tokens[span.start - 1]?.text ?? '';
  return (before === 'in' || before === 'at') && !isPossessive(s.tokens[span.end]);
}

/** Either side: cleaning turns a doubled apostrophe into "”" whichever side it stands on. */
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** Small words a title in quote marks holds between its capitalised words ("Tales From the Crypt"). */
const TITLE_CONNECTORS = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'to',
  'for',
  'from',
  'with',
  'at',
]);

/**
 * A word of a work's title: capitalised, opening with a digit, a small connector, or the hyphen
 * the tokenizer splits from a number ("30 | - | Year-Old").
 */
function isTitleRunToken(t: Token | undefined): boolean {
  return t !== undefined && (/^[\p{Lu}\d]/u.test(t.text) || TITLE_CONNECTORS.has(t.text) || t.text === '-');
}

/** How far a quoted title may run either side of the name, in tokens. */
const TITLE_REACH = 5;

/**
 * "the show ''Velma Tides,''", "a sign reading “Dora Vance!”", "known as 'Ace'", "the musical
 * ''Dora and the Glass Lift''": a name that fills a pair of quote marks alone or with the other
 * capitalised words of a title, bar the punctuation news sets inside them, is a title, a slogan, a
 * nickname or a name as a word, not a person introduced; `consistency.ts` keeps it a person only
 * when the article names that person outside quote marks too.
 */
function isQuotedWhole(tokens: readonly Token[], span: NameSpan): boolean {
  // The marks may hold a title of capitalised words around the name (''Tuesday Night Curling'',
  // ''The 30-Year-Old Gardener''), opening and closing on a capitalised word or number.
  let start = span.title ? span.title.start : span.start;
  const first = start;
  // The opening mark stands within reach before the name; most names have none there, and are
  // answered without reading the title run.
  if (!quoteMarkBetween(tokens, first - TITLE_REACH - 1, first)) return false;
  while (
    start > first - TITLE_REACH &&
    isTitleRunToken(tokens[start - 1]) &&
    !QUOTE_MARKS.has(tokens[start - 1]?.text ?? '')
  )
    start--;
  while (start < first && !/^[\p{Lu}\d]/u.test(tokens[start]?.text ?? '')) start++;
  let end = span.end;
  while (
    end < span.end + TITLE_REACH &&
    isTitleRunToken(tokens[end]) &&
    !QUOTE_MARKS.has(tokens[end]?.text ?? '')
  )
    end++;
  while (end > span.end && !/^[\p{Lu}\d]/u.test(tokens[end - 1]?.text ?? '')) end--;
  // A show named after its host keeps the host a person: ''The Late Show With Jo Vale'', ''The Jo
  // Vale Show''.
  if (/^with$/i.test(tokens[first - 1]?.text ?? '') || tokens[span.end]?.text === 'Show') return false;
  const open = tokens[start - 1];
  const before = tokens[start - 2];
  // The opening mark touches the name and not the word before it: in '"Low" Ada Vance, "Big" Ode'
  // the marks around "Ada Vance" close and open other quotations.
  if (!open || !QUOTE_MARKS.has(open.text) || open.end !== tokens[start]?.start) return false;
  if (before && before.end === open.start) return false;
  const punct = /^[,.!?]$/.test(tokens[end]?.text ?? '');
  const closeAt = punct ? end + 1 : end;
  const close = tokens[closeAt];
  const after = tokens[closeAt + 1];
  if (!close || !QUOTE_MARKS.has(close.text) || close.start !== tokens[closeAt - 1]?.end) return false;
  return !after || after.start > close.end || !OPENS_LETTER.test(after.text);
}

/** Whether a token at from .. to - 1 (clipped to the sentence) is a quote mark. */
function quoteMarkBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (QUOTE_MARKS.has(tokens[k]!.text)) return true;
  return false;
}

/** Bodies named after the person who leads them (see `Mention.beforeLedBody`). */
const LED_BODY_NOUNS = new Set(['administration', 'government']);

/** See `Mention.ordinaryFirstWord`. */
function isOrdinaryFirstWord(s: SentenceMentions, w: string): boolean {
  if (!(s.lower.has(lowerCase(w)) || isRoleNoun(w))) return false;
  return !isFirstName(w) && !isListedGivenName(w) && !isTitle(w) && !isHonorific(w);
}

export function mention(s: SentenceMentions, span: NameSpan, kind: Kind, canonical: string | null): Mention {
  return {
    placeSlot: inPlaceSlot(s, span),
    ordinaryFirstWord: span.end - span.start > 1 && isOrdinaryFirstWord(s, s.tokens[span.start]?.text ?? ''),
    beforeLedBody: LED_BODY_NOUNS.has(s.tokens[span.end]?.text ?? ''),
    quotedWhole: isQuotedWhole(s.tokens, span),
    kind,
    text: spanText(s.tokens, span, s.shouting),
    canonical,
    sentence: s.index,
    span,
    titleText: span.title ? sliceText(s.text, s.tokens, span.title) : null,
    shouting: s.shouting,
  };
}
