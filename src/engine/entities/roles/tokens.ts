/**
 * Tokens for the role grammar: words, possessive marks, joined initials and "then-" prefixes split
 * the way the grammar reads them, slices of a sentence back to text, and a whole-word test.
 */

import { lowerCase } from '../../lexicon/lower-case.js';
import { tokenize as wordTokens, type Token } from '../tokenize.js';
import type { Tok, Sentence } from './types.js';
import { isPersonNoun } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Letters and digits, by code unit: the general punctuation and symbol blocks are not word characters. */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff);
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** Characters that join two word parts into one token: "first-team", "R&B", "singer/songwriter". */
const isJoiner = (c: number) => c === 45 || c === 38 || c === 47;

/** `known` is the text of the span when the caller already holds it (an entity token not joined). */
function token(text: string, start: number, end: number, possessive = false, known?: string): Tok {
  const t = known ?? text.slice(start, end);
  const word = isWordChar(t.charCodeAt(0));
  // Punctuation has no case: no lower-casing for it.
  const lower = word ? lowerCase(t) : t;
  return {
    text: t,
    lower,
    start,
    end,
    cap: word && t.charCodeAt(0) !== lower.charCodeAt(0),
    word,
    possessive: possessive || lower === "'s" || lower === '’s',
  };
}

/**
 * The apostrophe at `i` closes a plural possessive ("Brio Motors’ chief executive"): right after a
 * word ending in "s", then a space and a word. A closing quote has the same shape ("... the
 * fans' he said") but is then followed by no role, which is all the possessive is read for.
 */
function isPluralPossessive(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  return (
    (before === 115 || before === 83) &&
    isWordChar(text.charCodeAt(i - 2)) &&
    text.charCodeAt(i + 1) === 32 &&
    isWordChar(text.charCodeAt(i + 2))
  );
}

/**
 * The entity stage's tokens ("O’Hara", "co-owner", "U.S.", the possessive "’s" apart, single
 * punctuation marks), with the compounds a role is read by joined into one word where the entity
 * tokenizer splits at a digit or a symbol: a number and its letters ("13th"), and a hyphen, "&"
 * or "/" between two words with no space ("15-time", "61-year-old", "R&B", "singer/songwriter").
 */
export function tokenize(text: string): Tok[] {
  return roleTokens(text, wordTokens(text));
}

/** An initial the entity stage joined to its dot ("J."), which the role pass reads as two tokens. */
const isJoinedInitial = (text: string, t: Token) =>
  t.end - t.start === 2 && text.charCodeAt(t.start + 1) === 46 && /^\p{Lu}$/u.test(text[t.start] ?? '');

/**
 * "D.C.-based", "U.S.-born": a dotted abbreviation glued by a hyphen to a lower-case word is one
 * compound modifier, as "Tolby-based" is; its last dot kept the two apart, so the role phrase
 * ended at the hyphen as at a dash ("the head of the D.C." for "the head of the
 * D.C.-based <Institute>") or read no role at all ("a D.C.-based <party> strategist"). Only a
 * hyphen, only after a run of single capitals with their dots, and only before a lower-case
 * word. See ADR 013, session 19.
 */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;
function isDottedBeforeHyphen(text: string, start: number, end: number, next: Token): boolean {
  if (text.charCodeAt(end) !== 45) return false;
  const after = text.charCodeAt(next.start);
  if (after < 97 || after > 122) return false;
  return DOTTED_ABBREVIATION.test(text.slice(start, end));
}

/** The role pass's tokens from the entity stage's tokens of the same text (see `tokenize`). */
export function roleTokens(text: string, raw: readonly Token[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i];
    if (!first) break;
    if (isJoinedInitial(text, first)) {
      out.push(token(text, first.start, first.start + 1), token(text, first.start + 1, first.end));
      continue;
    }
    let end = first.end;
    for (;;) {
      // A number and the letters glued to it ("13th", "32m-man") are one word.
      const glued = raw[i + 1];
      if (
        glued &&
        glued.start === end &&
        isWordChar(text.charCodeAt(end - 1)) &&
        isWordChar(text.charCodeAt(end))
      ) {
        end = glued.end;
        i += 1;
        continue;
      }
      const joiner = raw[i + 1];
      const next = raw[i + 2];
      if (
        !joiner ||
        !next ||
        joiner.start !== end ||
        next.start !== joiner.end ||
        joiner.end - joiner.start !== 1 ||
        !isJoiner(text.charCodeAt(joiner.start)) ||
        !(isWordChar(text.charCodeAt(end - 1)) || isDottedBeforeHyphen(text, first.start, end, next)) ||
        !isWordChar(text.charCodeAt(next.start))
      )
        break;
      end = next.end;
      i += 2;
    }
    // "then-Sen. X", "then-Secretary of State X", "then-president X": the office held at the time
    // of the events, written as one word; the role is read from the word after "then-", which
    // keeps the prefix as written ("then-Sen.").
    if (isThenPrefixed(text, first.start, end)) {
      const at = first.start + THEN.length;
      out.push(token(text, first.start, at), token(text, at, end));
      continue;
    }
    const c = text.charCodeAt(first.start);
    const lone = end - first.start === 1;
    const possessive = lone && isApostrophe(c) && isPluralPossessive(text, first.start);
    out.push(token(text, first.start, end, possessive, end === first.end ? first.text : undefined));
  }
  return out;
}

const THEN = 'then-';

/**
 * "then-" glued to a title or a person noun ("then-Sen.", "then-Arkansas Gov.", "then-president"),
 * not to an adjective ("then-soaring", "then-presumptive"), which stays one compound word.
 */
function isThenPrefixed(text: string, start: number, end: number): boolean {
  // The first letter first ('t' or 'T': no other character lower-cases to it), before any slice.
  const c = text.charCodeAt(start);
  if (c !== 116 && c !== 84) return false;
  if (end - start <= THEN.length + 1 || lowerCase(text.slice(start, start + THEN.length)) !== THEN)
    return false;
  const rest = text.slice(start + THEN.length, end);
  return OPENS_CAPITAL.test(rest) || isPersonNoun(rest);
}

/** The "then-" split off a title by `roleTokens`: part of the role before it. */
export const isThen = (t: Tok | undefined) => t?.lower === THEN;

// At module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside a
// character class as `new RegExp(...)`, built again on every call inside a function.
const OPENS_LETTER = /^\p{L}/u;

/**
 * Is an aside written in title case? Four words or more, and four in five of them capitalised:
 * headline style, where a verb ("Fires", "Rehires") is capitalised like a name.
 */
export function isTitleCased(tokens: readonly Tok[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (!t.word || !OPENS_LETTER.test(t.text)) continue;
    words++;
    if (t.cap) capitals++;
  }
  return words >= 4 && capitals / words >= 0.8;
}

export function slice(s: Sentence, from: number, to: number): string {
  const a = s.tokens[from];
  const b = s.tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return s.text.slice(a.start, b.end).replace(/\s+/g, ' ').trim();
}

/** Does `text` hold `word` whole (not inside a longer word)? */
export function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? 32 : text.charCodeAt(at - 1);
    const after = at + word.length >= text.length ? 32 : text.charCodeAt(at + word.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}
