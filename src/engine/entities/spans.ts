/**
 * Candidate name spans: maximal runs of name words in a sentence, allowing the connectors names
 * carry inside them (particles, "of" after an organisation head, dotted abbreviations), then split
 * into a leading title part ("US State Department Deputy Spokesman") and the name itself.
 */

import { isOrgCueWord, isOrgOfHead, lookupOrganization } from '../lexicon/organizations.js';
import { demonymOf, lookupPlace } from '../lexicon/places.js';
import { isFirstName } from '../lexicon/firstNames.js';
import { isHonorific, isRoleNoun, isTitle } from '../lexicon/titles.js';
import { isDottedAbbreviation, isNameWord, isParticle, type LowerVocabulary } from './names.js';
import type { Token } from './tokenize.js';

/** A span of tokens [start, end) in one sentence. */
export interface Span {
  start: number;
  end: number;
}

export interface NameSpan extends Span {
  /** Title tokens split off the front of the run ("Sen.", "Deputy Spokesman"), if any. */
  title: Span | null;
  /** True when the title part is only an honorific (Mr, Mrs, Dr), which is no role. */
  honorificOnly: boolean;
}

function joined(tokens: Token[], span: Span): string {
  return tokens
    .slice(span.start, span.end)
    .map((t) => t.text)
    .join(' ');
}

function knownPhrase(tokens: Token[], span: Span): boolean {
  const text = joined(tokens, span);
  return lookupOrganization(text) !== undefined || lookupPlace(text) !== undefined;
}

/** Can the run that ends before token i continue through the connector at i? */
function connectorContinues(tokens: Token[], nameWord: boolean[], runStart: number, i: number): boolean {
  const word = tokens[i]?.text ?? '';
  const lower = word.toLowerCase();
  const prev = tokens[i - 1]?.text ?? '';
  const nextIsName = nameWord[i + 1] === true;
  if (word === '.') return i - 1 >= runStart && (isDottedAbbreviation(prev) || /^\p{Lu}$/u.test(prev));
  if (isParticle(word) && word === lower) {
    // Particles chain ("van der Westhuizen"): continue if a name word follows the chain.
    let k = i + 1;
    while (k < tokens.length && isParticle(tokens[k]?.text ?? '')) k++;
    return nameWord[k] === true && k - i <= 3;
  }
  if (!nextIsName) return false;
  if (lower === 'of' || lower === 'for') {
    for (let k = runStart; k < i; k++) {
      const w = tokens[k]?.text ?? '';
      // "Bank of England"; "Minister for Foreign Affairs" (but not "Ambassador Tono Eitel of Germany").
      if (isOrgOfHead(w) || isOrgCueWord(w) || (k === i - 1 && isTitle(w))) return true;
    }
    return knownPhrase(tokens, { start: runStart, end: i + 2 });
  }
  if (word === '&') return true;
  if (lower === 'and') {
    for (let end = i + 2; end <= Math.min(tokens.length, i + 4); end++) {
      if (knownPhrase(tokens, { start: runStart, end })) return true;
    }
  }
  return false;
}

/** Maximal runs of name words and the connectors between them. */
export function findRuns(tokens: Token[], caseless: boolean, lower: LowerVocabulary): Span[] {
  const nameWord = tokens.map((_, i) => isNameWord(tokens, i, caseless, lower));
  const runs: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord[i]) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < tokens.length && (nameWord[i] || connectorContinues(tokens, nameWord, start, i))) i++;
    // A trailing dot belongs to the sentence, not the name, unless it closes an initial.
    let end = i;
    while (end > start + 1 && tokens[end - 1]?.text === '.' && !/^\p{Lu}$/u.test(tokens[end - 2]?.text ?? ''))
      end--;
    for (const part of splitAfterOrganization(tokens, { start, end }))
      runs.push(...splitPlaceBeforeName(tokens, part));
  }
  return runs;
}

/** "France Emmanuel Macron", "Iran Hossein Salami": a known place glued before a given name is its own name. */
function splitPlaceBeforeName(tokens: Token[], run: Span): Span[] {
  for (let k = run.start + 1; k < run.end - 1; k++) {
    const w = tokens[k]?.text ?? '';
    if (!isFirstName(w)) continue;
    const head = { start: run.start, end: k };
    if (lookupPlace(joined(tokens, head)) && !lookupPlace(joined(tokens, { start: run.start, end: k + 1 })))
      return [head, { start: k, end: run.end }];
  }
  return [run];
}

/**
 * "Duncan District Court Duncan woman", "the Justice Department Deputy Spokesman Jane Roe": an
 * organisation cue word closes its name, so a run that carries on past one holds two names.
 */
function splitAfterOrganization(tokens: Token[], run: Span): Span[] {
  if (run.end - run.start < 3 || knownPhrase(tokens, run)) return [run];
  for (let k = run.start + 1; k < run.end - 1; k++) {
    const next = tokens[k + 1]?.text ?? '';
    if (isOrgCueWord(tokens[k]?.text ?? '') && !/^(?:of|for|and|&|\.)$/i.test(next) && !isOrgCueWord(next))
      return [
        { start: run.start, end: k + 1 },
        ...splitAfterOrganization(tokens, { start: k + 1, end: run.end }),
      ];
  }
  return [run];
}

// Runs are short but many; remembering the answer per word spares four lexicon look-ups each time.
const titleWordCache = new Map<string, boolean>();
const TITLE_CACHE_LIMIT = 50_000;

function isTitleWord(word: string): boolean {
  let known = titleWordCache.get(word);
  if (known === undefined) {
    // Modifiers alone ("New", "Former") never end a title: "New York Yankees" keeps its "New".
    known = isTitle(word) || isRoleNoun(word) || demonymOf(word) !== undefined;
    if (titleWordCache.size >= TITLE_CACHE_LIMIT) titleWordCache.clear();
    titleWordCache.set(word, known);
  }
  return known;
}

/** Offices' fields: abstract nouns ("Innovation", "Development", "Security") and the usual portfolios. */
const PORTFOLIO_SUFFIX = /(?:tion|sion|ment|ity|ness|ance|ence|ics|ure|ship|ism|ies)$/;
const PORTFOLIOS = new Set(['affairs', 'defence', 'defense', 'finance', 'health', 'justice', 'trade', 'labour', 'labor', 'energy', 'interior', 'state', 'commerce', 'treasury', 'industry', 'transport', 'environment', 'housing', 'tourism', 'culture', 'sport', 'sports', 'fisheries', 'forests', 'immigration', 'revenue', 'veterans', 'women', 'youth', 'seniors', 'heritage']);

function isPortfolio(word: string): boolean {
  const w = word.toLowerCase();
  return PORTFOLIOS.has(w) || (w.length > 6 && PORTFOLIO_SUFFIX.test(w));
}

/**
 * Split a run into a title part and a name part: the name starts after the last title word,
 * unless the rest reads as an organisation ("General Motors", "Justice Department") or the
 * whole run is a known place or organisation.
 */
export function splitTitle(tokens: Token[], run: Span): NameSpan {
  // Fields written out rather than spread: this runs for every capitalised run in the article.
  const whole: NameSpan = { start: run.start, end: run.end, title: null, honorificOnly: false };
  if (run.end - run.start < 2) return whole;
  let last = -1;
  for (let k = run.start; k < run.end - 1; k++) {
    const w = tokens[k]?.text ?? '';
    if (w === '.' || isParticle(w)) continue;
    if (isTitleWord(w)) last = k;
  }
  // Most runs hold no title word; only those pay for the whole-phrase look-up.
  if (last < 0 || knownPhrase(tokens, run)) return whole;
  // A bare nationality before a name ("Australian Tom Moody") is set aside: it is no title, and
  // must not make a title-led person of whatever follows ("British Universities").
  const onlyNationality = tokens
    .slice(run.start, last + 1)
    .every((t) => demonymOf(t.text) !== undefined || /^(?:&|and)$/.test(t.text));
  let nameStart = last + 1;
  if (tokens[nameStart]?.text === '.') nameStart++;
  // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Penny Wong": the title runs on
  // through its "of" phrase up to the given name.
  if (/^(?:of|for)$/i.test(tokens[nameStart]?.text ?? '')) {
    nameStart++;
    while (nameStart < run.end - 2 && !isFirstName(tokens[nameStart]?.text ?? '')) nameStart++;
    // "Minister of Innovation", "the Minister of International Trade Diversification": with no
    // given name after it, the "of" phrase is the office's portfolio, not a person.
    if (!isFirstName(tokens[nameStart]?.text ?? '') && isPortfolio(tokens[run.end - 1]?.text ?? '')) return whole;
  }
  if (nameStart >= run.end) return whole;
  for (let k = nameStart; k < run.end; k++) if (isOrgCueWord(tokens[k]?.text ?? '')) return whole;
  // The title part must be made of titles, organisations and places, not of a person's given name.
  const titleSpan = { start: run.start, end: nameStart };
  let honorificOnly = true;
  for (let k = run.start; k < nameStart; k++) {
    const w = tokens[k]?.text ?? '';
    if (w !== '.' && !isHonorific(w)) honorificOnly = false;
  }
  if (onlyNationality) return { start: nameStart, end: run.end, title: null, honorificOnly: false };
  return { start: nameStart, end: run.end, title: titleSpan, honorificOnly };
}
