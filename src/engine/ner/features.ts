/**
 * Features of the name tagger, hashed (FNV-1a, 32 bit) into a fixed number of buckets so the model
 * is a flat weight table with no vocabulary to ship. Three groups:
 * - local: the word, its lower-case form, shape, affixes, a window of two words each side, sentence
 *   position and the sentence's case, and membership of Herald's lexicons (given names, titles,
 *   role nouns, places, organisations, demonyms, frequent words, verbs of saying) as evidence the
 *   model weighs, not as verdicts;
 * - document (non-local, Ratinov and Roth 2009): how the first pass labelled other occurrences of
 *   the same word in the article, and whether the article writes it in lower case elsewhere;
 * - history: the two labels just predicted (added at decoding time, see model.ts).
 * Most local features read the lower-cased word, so shouted headlines and lower-case chat text
 * still meet the evidence mixed-case training text taught.
 */

import { isCommonWord } from '../lexicon/common-words.js';
import { isFirstName } from '../lexicon/first-names.js';
import { isOrgCueWord, lookupOrganization, mayStartOrgPhrase } from '../lexicon/organizations.js';
import { demonymOf, lookupPlace, mayStartPlacePhrase } from '../lexicon/places.js';
import { isSayingVerb } from '../lexicon/speech.js';
import { isHonorific, isRoleNoun, isTitle } from '../lexicon/titles.js';
import { ENTITY_TYPES } from './labels.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_LETTER = /^\p{L}/u;
const OPENS_SMALL = /^\p{Ll}/u;

/** Bump when a feature changes: weights trained on other features are meaningless. */
export const FEATURE_VERSION = 4;

/** Feature templates, in a fixed order: each is hashed with its id so that equal values of two templates differ. */
export const FEATURE_TEMPLATES = [
  'bias',
  'word',
  'lower',
  'shape',
  'prefix1-4',
  'suffix1-4',
  'lower-2..+2',
  'shape-1,+1',
  'shape-1|shape|shape+1',
  'lower-1|lower',
  'lower|lower+1',
  'first-in-sentence|shape',
  'sentence-case|shape',
  'given-name',
  'given-name+1',
  'title',
  'title-1',
  'role-noun-1,+1',
  'place-gazetteer BILU',
  'org-gazetteer BILU',
  'demonym',
  'frequent-word',
  'saying-verb-1,+1',
  'org-cue-word',
  'doc: majority first-pass type of the word elsewhere (|shape)',
  'doc: written in lower case elsewhere',
  'doc: capitalised mid-sentence elsewhere',
  'doc: type of a longer first-pass name holding the word',
  'history: label-1, label-2|label-1, label-1|lower',
  'given-name-1',
  'caseless sentence: case|lexicon evidence (given name here, before, after; title before; gazetteers)',
] as const;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a string (UTF-16 code units: the same text always gives the same hash). */
export function hashString(value: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * Combine two 32-bit values into one well-spread hash (murmur3's finaliser over a multiply-xor):
 * features are built from word hashes by arithmetic, never by concatenating strings, which made
 * feature extraction the tagger's largest cost.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0xcc9e2d51), 0x1b873593) ^ (a >>> 15);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A feature of template `template` (its index in FEATURE_TEMPLATES) with a hashed value. */
export function feature(template: number, value: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1), value);
}

/** A feature of a string value, e.g. a first-pass type name. */
export function hashFeature(template: number, value: string): number {
  return feature(template, hashString(value));
}

/** Curly quotes and dashes as the training text writes them, digits as 0: "1996" and "2024" share evidence. */
export function normalise(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) out += '0';
    else if (c === 0x201c || c === 0x201d) out += '"';
    else if (c === 0x2018 || c === 0x2019) out += "'";
    else if (c === 0x2013 || c === 0x2014) out += '-';
    else out += word[i];
  }
  return out;
}

/** Word shape with runs collapsed: "Xx" (Paris), "X" (NATO), "x" (said), "d" (1996), "X.X." (U.S.), "Xx-Xx". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let k: string;
    if (ch >= 'a' && ch <= 'z') k = 'x';
    else if (ch >= 'A' && ch <= 'Z') k = 'X';
    else if (ch >= '0' && ch <= '9') k = 'd';
    else if (ch.toLowerCase() !== ch) k = 'X';
    else if (ch.toUpperCase() !== ch) k = 'x';
    else k = ch;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** The sentence's case: U (shouted: most letters capitals), L (no capital at all), M (mixed, ordinary prose). */
export function sentenceCase(tokens: readonly string[]): 'U' | 'L' | 'M' {
  let upper = 0;
  let lower = 0;
  for (const t of tokens) {
    const counts = caseCounts(t);
    upper += counts.upper;
    lower += counts.lower;
  }
  return caseOfCounts(upper, lower);
}

/** `sentenceCase` from the sentence's counts of capitals and lower-case letters. */
function caseOfCounts(upper: number, lower: number): 'U' | 'L' | 'M' {
  if (upper === 0) return 'L';
  return upper >= 4 && upper / (upper + lower) > 0.7 ? 'U' : 'M';
}

/** Capitals and lower-case letters of a word (non-ASCII by its case mappings, per UTF-16 unit). */
function caseCounts(t: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = t[i] ?? '';
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  return { upper, lower };
}

function titleCased(words: string): string {
  return words.replace(/\p{L}+/gu, (w) =>
    w.length <= 1 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase(),
  );
}

// Lexicon evidence about a lower-case word, as bits.
const GIVEN = 1;
const TITLE = 2;
const ROLE = 4;
const DEMONYM = 8;
const FREQUENT = 16;
const SAYING = 32;
const ORG_CUE = 64;

/**
 * What the tagger needs to know about one written word, computed once per distinct word and kept
 * as a row of numbers in one flat table (`wordRows`, WORD_ROW numbers a word, by word id) rather
 * than as an object per word: a token's facts are then one cache line away from its id, and the
 * word cache maps a token to a small integer. The row:
 */
/** Hash of the word in lower case (normalised: digits as 0, curly quotes straight). */
const R_LOWER_HASH = 0;
/** Hash of the word's shape ("Xx", "X.X."). */
const R_SHAPE_HASH = 1;
/** Lexicon evidence (GIVEN, TITLE, ... bits). */
const R_FLAGS = 2;
/**
 * GAZETTEER_* bits (a known place or organisation written just so, or the first word of a longer
 * known one; looked up only for words that can open a match: a letter first, not a frequent word),
 * LETTER and LOWER_INITIAL, and the title-cased organisation test once asked (ORG_TITLE_*).
 */
const R_BITS = 3;
/**
 * The features this word gives a neighbour, by where it stands from that token: two before, one
 * before, one after, two after (lower-case window), and its shape one before / one after. They
 * depend on the word alone, so they are hashed once per distinct word, not once per occurrence.
 */
const R_WINDOW_BEFORE2 = 4;
const R_WINDOW_BEFORE1 = 5;
const R_WINDOW_AFTER1 = 6;
const R_WINDOW_AFTER2 = 7;
const R_SHAPE_BEFORE = 8;
const R_SHAPE_AFTER = 9;
/** Its 'sentence-case|shape' feature at R_CASE_SHAPE + CASE_CODE (1 U, 2 L, 3 M): rows 10-12. */
const R_CASE_SHAPE = 9;
/**
 * Where its own features start in `ownPool`, and how many: the features that depend on the word
 * alone (word, lower, shape, affixes, lexicon flags, and the bias last). They open the token's
 * features in SentenceFeatures.data, in this order.
 */
const R_OWN_START = 13;
const R_OWN_LENGTH = 14;
/** Its capitals and lower-case letters, as `sentenceCase` counts them. */
const R_UPPERS = 15;
const R_LOWERS = 16;
const WORD_ROW = 17;

const LETTER = 16;
const LOWER_INITIAL = 32;
const ORG_TITLE_ASKED = 64;
const ORG_TITLE_KNOWN = 128;

/**
 * The model's own list of given names (models/ner/given-names.txt: public-domain lists of English
 * given names, written there by the trainer), beside the lexicon's: `useGivenNames` installs it.
 */
let listedNames: ReadonlySet<string> = new Set();

/** Is the word in the model's given-name list (installed with the model)? */
export function isListedGivenName(word: string): boolean {
  return listedNames.has(word.toLowerCase());
}

/** Install the given-name list the model was trained with (the loader and the trainer call this). */
export function useGivenNames(names: Iterable<string>): void {
  listedNames = new Set([...names].map((n) => n.toLowerCase()));
  clearWordCache();
}

function lexiconFlags(lw: string): number {
  let flags = 0;
  if (isFirstName(lw) || listedNames.has(lw)) flags |= GIVEN;
  if (isTitle(lw) || isHonorific(lw)) flags |= TITLE;
  if (isRoleNoun(lw)) flags |= ROLE;
  if (demonymOf(lw) !== undefined) flags |= DEMONYM;
  if (isCommonWord(lw)) flags |= FREQUENT;
  if (isSayingVerb(lw)) flags |= SAYING;
  if (isOrgCueWord(titleCased(lw))) flags |= ORG_CUE;
  return flags;
}

/** Add a word to the cache: its row in `wordRows` and its own features in `ownPool`; returns its id. */
function addWord(token: string): number {
  const w = normalise(token);
  const lw = w.toLowerCase();
  const lowerHash = hashString(lw);
  const shapeHash = hashString(shapeOf(w));
  const flags = lexiconFlags(lw);
  const own: number[] = [feature(1, hashString(w)), feature(2, lowerHash), feature(3, shapeHash)];
  // Prefixes by FNV forwards, suffixes backwards: each length's state is that affix's hash.
  let h = FNV_OFFSET;
  for (let k = 1; k <= 4 && k <= lw.length; k++) {
    h = Math.imul(h ^ lw.charCodeAt(k - 1), FNV_PRIME);
    own.push(feature(4, mix(k, h >>> 0)));
  }
  h = FNV_OFFSET;
  for (let k = 1; k <= 4 && k <= lw.length; k++) {
    h = Math.imul(h ^ lw.charCodeAt(lw.length - k), FNV_PRIME);
    own.push(feature(5, mix(k, h >>> 0)));
  }
  if (flags & GIVEN) own.push(feature(13, 0));
  if (flags & TITLE) own.push(feature(15, 0));
  if (flags & DEMONYM) own.push(feature(20, 0));
  if (flags & FREQUENT) own.push(feature(21, shapeHash));
  if (flags & ORG_CUE) own.push(feature(23, 0));
  own.push(BIAS);
  const c = token.charCodeAt(0);
  const letter = c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : OPENS_LETTER.test(token);
  const lowerInitial = letter && (c < 128 ? c >= 97 : OPENS_SMALL.test(token));
  const gazetteer = letter && !(flags & FREQUENT) ? gazetteerFacts(token, token.toLowerCase()) : 0;
  const id = wordCount++;
  if ((id + 1) * WORD_ROW > wordRows.length) {
    const grown = new Uint32Array(wordRows.length * 2);
    grown.set(wordRows);
    wordRows = grown;
  }
  if (ownUsed + own.length > ownPool.length) {
    const grown = new Uint32Array(Math.max(ownPool.length * 2, ownUsed + own.length));
    grown.set(ownPool);
    ownPool = grown;
  }
  const r = id * WORD_ROW;
  const rows = wordRows;
  rows[r + R_LOWER_HASH] = lowerHash;
  rows[r + R_SHAPE_HASH] = shapeHash;
  rows[r + R_FLAGS] = flags;
  rows[r + R_BITS] = gazetteer | (letter ? LETTER : 0) | (lowerInitial ? LOWER_INITIAL : 0);
  const near = neighbourFeatures(lowerHash, shapeHash);
  rows[r + R_WINDOW_BEFORE2] = near.windowBefore2;
  rows[r + R_WINDOW_BEFORE1] = near.windowBefore1;
  rows[r + R_WINDOW_AFTER1] = near.windowAfter1;
  rows[r + R_WINDOW_AFTER2] = near.windowAfter2;
  rows[r + R_SHAPE_BEFORE] = near.shapeBefore;
  rows[r + R_SHAPE_AFTER] = near.shapeAfter;
  for (const code of Object.values(CASE_CODE))
    rows[r + R_CASE_SHAPE + code] = caseShapeFeature(code, shapeHash);
  rows[r + R_OWN_START] = ownUsed;
  rows[r + R_OWN_LENGTH] = own.length;
  const counts = caseCounts(token);
  rows[r + R_UPPERS] = counts.upper;
  rows[r + R_LOWERS] = counts.lower;
  ownPool.set(own, ownUsed);
  ownUsed += own.length;
  return id;
}

const GAZETTEER_PLACE = 1;
const GAZETTEER_ORG = 2;
const GAZETTEER_PLACE_START = 4;
const GAZETTEER_ORG_START = 8;

function gazetteerFacts(token: string, lower: string): number {
  return (
    (lookupPlace(token) !== undefined ? GAZETTEER_PLACE : 0) |
    (lookupOrganization(token) !== undefined ? GAZETTEER_ORG : 0) |
    (mayStartPlacePhrase(lower) ? GAZETTEER_PLACE_START : 0) |
    (mayStartOrgPhrase(lower) ? GAZETTEER_ORG_START : 0)
  );
}

/** A known organisation once title-cased (caseless text: "ap" as "Ap" is not, "nato" as "Nato" is). */
function isOrgTitleCased(id: number, token: string): boolean {
  const at = id * WORD_ROW + R_BITS;
  let bits = wordRows[at]!;
  if (!(bits & ORG_TITLE_ASKED)) {
    bits |= ORG_TITLE_ASKED | (lookupOrganization(titleCased(token)) !== undefined ? ORG_TITLE_KNOWN : 0);
    wordRows[at] = bits;
  }
  return (bits & ORG_TITLE_KNOWN) !== 0;
}

/** Word ids by the token as written. */
const wordCache = new Map<string, number>();
const WORD_CACHE_LIMIT = 200_000;
/** The words' rows (see R_*), their own features, and how many times the cache was emptied (ids are reused after). */
let wordRows = new Uint32Array(4096 * WORD_ROW);
let wordCount = 0;
let ownPool = new Uint32Array(4096 * 16);
let ownUsed = 0;
let wordGeneration = 0;

function clearWordCache(): void {
  wordCache.clear();
  wordCount = 0;
  ownUsed = 0;
  wordGeneration++;
}

function idOf(token: string): number {
  let id = wordCache.get(token);
  if (id === undefined) {
    if (wordCache.size >= WORD_CACHE_LIMIT) clearWordCache();
    id = addWord(token);
    wordCache.set(token, id);
  }
  return id;
}

/**
 * The features that depend on a word alone (SentenceFeatures.words gives each token's word id),
 * which open that token's run in SentenceFeatures.data. A model may sum their weights once per
 * word and reuse the sum wherever the word stands.
 */
export function wordFeatures(id: number): Uint32Array {
  if (id >= wordCount) throw new Error(`no word ${id} in the feature cache`);
  const start = wordRows[id * WORD_ROW + R_OWN_START]!;
  return ownPool.subarray(start, start + wordRows[id * WORD_ROW + R_OWN_LENGTH]!);
}

/** Changes whenever word ids are reused (the word cache was emptied): per-word sums kept by id are stale. */
export function wordIdGeneration(): number {
  return wordGeneration;
}

/**
 * Gazetteer matches over the sentence, longest first (up to four words): per token its B/I/L/U
 * position (1-4) inside a known place or organisation, written into `tags` (0 elsewhere). Organisation keys keep their case in the
 * lexicon ("AP", "IS"), so a caseless sentence is also tried title-cased.
 */
function gazetteerTags(
  tokens: readonly string[],
  ids: Int32Array,
  caseless: boolean,
  kind: 'place' | 'org',
  tags: Uint8Array,
): void {
  const n = tokens.length;
  tags.fill(0, 0, n);
  const place = kind === 'place';
  // A single word's answer is the same wherever it stands, so it is read from its row.
  const aloneBit = place ? GAZETTEER_PLACE : GAZETTEER_ORG;
  const startBit = place ? GAZETTEER_PLACE_START : GAZETTEER_ORG_START;
  const rows = wordRows;
  let i = 0;
  while (i < n) {
    const r = ids[i]! * WORD_ROW;
    const bits = rows[r + R_BITS]!;
    // Names start with a letter, and in ordinary prose with a capital; frequent words open none.
    if (!(bits & LETTER) || (bits & LOWER_INITIAL && !caseless) || rows[r + R_FLAGS]! & FREQUENT) {
      i++;
      continue;
    }
    let matched = 0;
    // Longer names are tried only after a word some known name of several words starts with.
    if (bits & startBit) {
      let text = tokens[i] ?? '';
      const texts = [text];
      for (let m = 2; m <= 4 && i + m <= n; m++) {
        text += ` ${tokens[i + m - 1]}`;
        texts.push(text);
      }
      for (let m = texts.length; m >= 2; m--) {
        if (knownPhrase(texts[m - 1] ?? '', place, caseless)) {
          matched = m;
          break;
        }
      }
    }
    if (
      matched === 0 &&
      (bits & aloneBit || (!place && caseless && isOrgTitleCased(ids[i]!, tokens[i] ?? '')))
    )
      matched = 1;
    if (matched === 0) {
      i++;
      continue;
    }
    if (matched === 1) tags[i] = 4;
    else for (let k = 0; k < matched; k++) tags[i + k] = k === 0 ? 1 : k === matched - 1 ? 3 : 2;
    i += matched;
  }
}

/** Is a phrase of several words a known place (or organisation, also title-cased in caseless text)? */
function knownPhrase(text: string, place: boolean, caseless: boolean): boolean {
  if (place) return lookupPlace(text) !== undefined;
  return (
    lookupOrganization(text) !== undefined || (caseless && lookupOrganization(titleCased(text)) !== undefined)
  );
}

/**
 * A sentence's static features, flat: token i's hashed features are data[offsets[i]..offsets[i+1]).
 * One buffer per sentence rather than one array per token: allocation was a third of tagging time.
 */
export interface SentenceFeatures {
  data: Uint32Array;
  offsets: Uint32Array;
  /** Each token's lower-case hash, for the history features. */
  lowerHashes: Uint32Array;
  /** Each token's word id (see `wordFeatures`), valid while `generation` is `wordIdGeneration()`. */
  words: Uint32Array;
  generation: number;
  /**
   * 1 where no name can start: a token of ordinary mixed-case prose that is not capitalised. Outside
   * a name such a token is O without scoring; inside one it is scored (with no features of its own
   * when it stands more than three words from a capital: "Bank of England" keeps its "of").
   * Most words of news prose are such tokens, so this is most of the tagger's speed.
   */
  skip: Uint8Array;
  /** Per token: bit 1 starts with a letter, bit 2 with a lower-case one; and its shape hash. */
  initials: Uint8Array;
  shapes: Uint32Array;
  /** Ordinary mixed-case prose (sentenceCase 'M'): only such sentences show how a word is cased. */
  mixed: boolean;
}

const START = hashString('<s>');
const END = hashString('</s>');
const CASE_CODE = { U: 1, L: 2, M: 3 } as const;
/** Features a token gets beyond its word's own: at most 22 (see localFeatures). */
const CONTEXT_FEATURES = 22;

/** Template seeds (`feature(t, v)` is `mix(seed of t, v)`) and the features that take no value, made once. */
const seed = (template: number) => Math.imul(template + 1, 0x9e3779b1);
const T_WINDOW = seed(6);
const T_SHAPE_WINDOW = seed(7);
const T_SHAPE_TRIGRAM = seed(8);
const T_BIGRAM_BEFORE = seed(9);
const T_BIGRAM_AFTER = seed(10);
const T_CASE_SHAPE = seed(12);
const BIAS = feature(0, 0);
const GIVEN_NEXT = feature(14, 0);
const TITLE_BEFORE = feature(16, 0);
const ROLE_BEFORE = feature(17, 1);
const ROLE_AFTER = feature(17, 2);
const SAYING_BEFORE = feature(22, 1);
const SAYING_AFTER = feature(22, 2);
const GIVEN_BEFORE = feature(29, 0);

/** What a word (or a sentence edge, by its hash) gives the tokens around it; see R_WINDOW_BEFORE2. */
function neighbourFeatures(lowerHash: number, shapeHash: number) {
  return {
    windowBefore2: mix(T_WINDOW, mix(-2, lowerHash)),
    windowBefore1: mix(T_WINDOW, mix(-1, lowerHash)),
    windowAfter1: mix(T_WINDOW, mix(1, lowerHash)),
    windowAfter2: mix(T_WINDOW, mix(2, lowerHash)),
    shapeBefore: mix(T_SHAPE_WINDOW, mix(-1, shapeHash)),
    shapeAfter: mix(T_SHAPE_WINDOW, mix(1, shapeHash)),
  };
}

function caseShapeFeature(code: number, shapeHash: number): number {
  return mix(T_CASE_SHAPE, mix(code, shapeHash));
}

// The sentence edges pad the window as words would: START before the first token, END after the last.
const START_AS_NEIGHBOUR = neighbourFeatures(START, START);
const END_AS_NEIGHBOUR = neighbourFeatures(END, END);

/**
 * Scratch rows of localFeatures (word ids, and lower-case hash, shape and lexicon flags per padded
 * position), grown as needed and reused: they never leave the function, and a fresh set per
 * sentence was garbage.
 */
let scratchIds = new Int32Array(64);
let scratchOffsets = new Uint32Array(64);
/** Each token's B/I/L/U position (1-4) in a known place, and in a known organisation (see gazetteerTags). */
let scratchPlaces = new Uint8Array(64);
let scratchOrgs = new Uint8Array(64);
let scratchLowers = new Uint32Array(64);
let scratchShapes = new Uint32Array(64);
let scratchFlags = new Uint32Array(64);
let scratchData = new Uint32Array(1024);

/**
 * Room for the features of many sentences, reused from one document to the next: the tagger's
 * features never outlive tagging a document (tagLabels), so its sentences are written here instead
 * of into fresh buffers, whose allocation was a large share of feature extraction. Views handed
 * out stay valid until `reset`; when full, a larger buffer replaces it (old views keep theirs).
 */
export class FeatureArena {
  private numbers = new Uint32Array(1 << 15);
  private numbersUsed = 0;
  private bytes = new Uint8Array(1 << 12);
  private bytesUsed = 0;

  /** Start a new document: every view handed out before may be overwritten. */
  reset(): void {
    this.numbersUsed = 0;
    this.bytesUsed = 0;
  }

  /** A view of `size` numbers (contents undefined: the caller writes every one). */
  takeNumbers(size: number): Uint32Array {
    if (this.numbersUsed + size > this.numbers.length) {
      this.numbers = new Uint32Array(Math.max(size, this.numbers.length * 2));
      this.numbersUsed = 0;
    }
    const at = this.numbersUsed;
    this.numbersUsed += size;
    return this.numbers.subarray(at, at + size);
  }

  /** Hand back the last `unused` numbers of the latest `takeNumbers` (the caller wrote fewer). */
  giveBackNumbers(unused: number): void {
    this.numbersUsed -= unused;
  }

  /** A view of `size` bytes, zeroed. */
  takeBytes(size: number): Uint8Array {
    if (this.bytesUsed + size > this.bytes.length) {
      this.bytes = new Uint8Array(Math.max(size, this.bytes.length * 2));
      this.bytesUsed = 0;
    }
    const at = this.bytesUsed;
    this.bytesUsed += size;
    return this.bytes.subarray(at, at + size).fill(0);
  }
}

/**
 * Per-token hashed features that depend on the sentence alone; written into `arena` when given
 * (valid until its next reset), else into buffers of their own.
 */
export function localFeatures(tokens: readonly string[], arena?: FeatureArena): SentenceFeatures {
  const n = tokens.length;
  // Emptied between sentences, never inside one, so that a sentence's word ids stay valid together.
  if (wordCache.size + n > WORD_CACHE_LIMIT) clearWordCache();
  if (scratchIds.length < n) scratchIds = new Int32Array(Math.max(n, scratchIds.length * 2));
  const ids = scratchIds;
  for (let i = 0; i < n; i++) ids[i] = idOf(tokens[i]!);
  // Read after the ids: adding a word may have grown the table.
  const rows = wordRows;
  // The per-token bytes share one buffer, and the numbers another (made at the end, when the
  // features' count is known): two allocations a sentence, not eight (each typed array's own
  // buffer was a good share of the tagger's garbage).
  const bytes = arena ? arena.takeBytes(2 * n) : new Uint8Array(2 * n);
  const skip = bytes.subarray(0, n);
  const initials = bytes.subarray(n, 2 * n);
  if (scratchOffsets.length < n + 1)
    scratchOffsets = new Uint32Array(Math.max(n + 1, scratchOffsets.length * 2));
  const offsets = scratchOffsets;
  offsets[0] = 0;
  let capacity = 0;
  let uppers = 0;
  let lowerLetters = 0;
  for (let i = 0; i < n; i++) {
    const r = ids[i]! * WORD_ROW;
    const bits = rows[r + R_BITS]!;
    initials[i] = (bits & LETTER ? 1 : 0) | (bits & LOWER_INITIAL ? 2 : 0);
    capacity += rows[r + R_OWN_LENGTH]! + CONTEXT_FEATURES;
    uppers += rows[r + R_UPPERS]!;
    lowerLetters += rows[r + R_LOWERS]!;
  }
  // Written straight into the arena (room for the worst case, the unused tail given back), or
  // into a reused scratch buffer then copied out at the size used: most tokens of prose get no
  // features (see `skip`), so the worst case is mostly unused.
  const worst = capacity + 4 * n + 1;
  let data: Uint32Array;
  if (arena) data = arena.takeNumbers(worst);
  else {
    if (scratchData.length < capacity)
      scratchData = new Uint32Array(Math.max(capacity, scratchData.length * 2));
    data = scratchData;
  }
  const sentCase = caseOfCounts(uppers, lowerLetters);
  const caseless = sentCase !== 'M';
  if (scratchPlaces.length < n) {
    scratchPlaces = new Uint8Array(Math.max(n, scratchPlaces.length * 2));
    scratchOrgs = new Uint8Array(scratchPlaces.length);
  }
  const places = scratchPlaces;
  const orgs = scratchOrgs;
  gazetteerTags(tokens, ids, caseless, 'place', places);
  gazetteerTags(tokens, ids, caseless, 'org', orgs);
  // Plain loops over per-token arrays, no closures: this runs for every token of every article.
  if (scratchLowers.length < n + 4) {
    const size = Math.max(n + 4, scratchLowers.length * 2);
    scratchLowers = new Uint32Array(size);
    scratchShapes = new Uint32Array(size);
    scratchFlags = new Uint32Array(size);
  }
  const lowers = scratchLowers;
  const shapeRow = scratchShapes;
  const flagRow = scratchFlags;
  flagRow[0] = flagRow[1] = flagRow[n + 2] = flagRow[n + 3] = 0;
  lowers[0] = lowers[1] = START;
  shapeRow[0] = shapeRow[1] = START;
  lowers[n + 2] = lowers[n + 3] = END;
  shapeRow[n + 2] = shapeRow[n + 3] = END;
  for (let i = 0; i < n; i++) {
    const r = ids[i]! * WORD_ROW;
    lowers[i + 2] = rows[r + R_LOWER_HASH]!;
    shapeRow[i + 2] = rows[r + R_SHAPE_HASH]!;
    flagRow[i + 2] = rows[r + R_FLAGS]!;
  }
  const caseCode = CASE_CODE[sentCase];
  let at = 0;
  let sinceCapital = 4;
  for (let i = 0; i < n; i++) {
    const r = ids[i]! * WORD_ROW;
    const capital = initials[i] === 1;
    sinceCapital = capital ? 0 : sinceCapital + 1;
    if (!caseless && !capital) {
      skip[i] = 1;
      if (sinceCapital > 3) {
        offsets[i + 1] = at;
        continue;
      }
    }
    // Row j = i + 2 in the padded arrays: j - 2 .. j + 2 are the window, START/END past the edges.
    const j = i + 2;
    const sh = shapeRow[j]!;
    const lh = lowers[j]!;
    const flags = flagRow[j]!;
    const before = flagRow[j - 1]!;
    const after = flagRow[j + 1]!;
    const ownStart = rows[r + R_OWN_START]!;
    const ownEnd = ownStart + rows[r + R_OWN_LENGTH]!;
    for (let k = ownStart; k < ownEnd; k++) data[at++] = ownPool[k]!;
    data[at++] = i >= 2 ? rows[ids[i - 2]! * WORD_ROW + R_WINDOW_BEFORE2]! : START_AS_NEIGHBOUR.windowBefore2;
    data[at++] = i >= 1 ? rows[ids[i - 1]! * WORD_ROW + R_WINDOW_BEFORE1]! : START_AS_NEIGHBOUR.windowBefore1;
    data[at++] = i + 1 < n ? rows[ids[i + 1]! * WORD_ROW + R_WINDOW_AFTER1]! : END_AS_NEIGHBOUR.windowAfter1;
    data[at++] = i + 2 < n ? rows[ids[i + 2]! * WORD_ROW + R_WINDOW_AFTER2]! : END_AS_NEIGHBOUR.windowAfter2;
    data[at++] = i >= 1 ? rows[ids[i - 1]! * WORD_ROW + R_SHAPE_BEFORE]! : START_AS_NEIGHBOUR.shapeBefore;
    data[at++] = i + 1 < n ? rows[ids[i + 1]! * WORD_ROW + R_SHAPE_AFTER]! : END_AS_NEIGHBOUR.shapeAfter;
    data[at++] = mix(T_SHAPE_TRIGRAM, mix(mix(shapeRow[j - 1]!, sh), shapeRow[j + 1]!));
    data[at++] = mix(T_BIGRAM_BEFORE, mix(lowers[j - 1]!, lh));
    data[at++] = mix(T_BIGRAM_AFTER, mix(lh, lowers[j + 1]!));
    data[at++] = rows[r + R_CASE_SHAPE + caseCode]!;
    if (i === 0) data[at++] = feature(11, sh);
    if (after & GIVEN) data[at++] = GIVEN_NEXT;
    if (before & TITLE) data[at++] = TITLE_BEFORE;
    if (before & ROLE) data[at++] = ROLE_BEFORE;
    if (after & ROLE) data[at++] = ROLE_AFTER;
    if (places[i]) data[at++] = feature(18, places[i]!);
    if (orgs[i]) data[at++] = feature(19, orgs[i]!);
    if (before & SAYING) data[at++] = SAYING_BEFORE;
    if (after & SAYING) data[at++] = SAYING_AFTER;
    if (before & GIVEN) data[at++] = GIVEN_BEFORE;
    if (caseless) {
      // Where case marks nothing, the lexicons are most of the evidence: let them weigh differently there.
      const evidence =
        (flags & (GIVEN | FREQUENT | DEMONYM)) |
        ((before & GIVEN) << 8) |
        ((after & GIVEN) << 9) |
        ((before & TITLE) << 9) |
        ((places[i] ?? 0) << 12) |
        ((orgs[i] ?? 0) << 16);
      data[at++] = feature(30, mix(caseCode, evidence));
    }
    offsets[i + 1] = at;
  }
  // One buffer: the features, then offsets, lower-case hashes, word ids and shapes (n + 1, n, n, n).
  const size = at + 4 * n + 1;
  let out: Uint32Array;
  if (arena) {
    arena.giveBackNumbers(worst - size);
    out = data;
  } else {
    out = new Uint32Array(size);
    for (let k = 0; k < at; k++) out[k] = data[k]!;
  }
  for (let i = 0; i <= n; i++) out[at + i] = offsets[i]!;
  const hashesAt = at + n + 1;
  for (let i = 0; i < n; i++) {
    out[hashesAt + i] = lowers[i + 2]!;
    out[hashesAt + n + i] = ids[i]!;
    out[hashesAt + 2 * n + i] = shapeRow[i + 2]!;
  }
  return {
    data: out.subarray(0, at),
    offsets: out.subarray(at, hashesAt),
    lowerHashes: out.subarray(hashesAt, hashesAt + n),
    words: out.subarray(hashesAt + n, hashesAt + 2 * n),
    shapes: out.subarray(hashesAt + 2 * n, hashesAt + 3 * n),
    generation: wordGeneration,
    skip,
    initials,
    mixed: !caseless,
  };
}

/**
 * The hash table of documentFeatures (lower-case hash to a small id), reused and emptied per
 * document: a Map keyed by such hashes (mostly beyond V8's small integers, so boxed) was most of
 * that function's time.
 */
let idKeys = new Uint32Array(1 << 12);
let idSlots = new Int32Array(1 << 12);

/** An empty table with room for `keys` keys at most half full. */
function idTable(keys: number): { keys: Uint32Array; ids: Int32Array; mask: number; shift: number } {
  let size = 1 << 12;
  while (size < 2 * keys) size *= 2;
  if (idSlots.length < size) {
    idKeys = new Uint32Array(size);
    idSlots = new Int32Array(size);
  }
  const ids = idSlots.subarray(0, size).fill(0);
  return { keys: idKeys, ids, mask: size - 1, shift: 32 - Math.log2(size) };
}

/** A label's name type (0 for outside): a module function, as a closure is named per call under tsx. */
function typeIndex(label: number): number {
  return label === 0 ? 0 : Math.floor((label - 1) / 4) + 1;
}

/**
 * Document features for every token, from the first pass's labels over the whole article. Words
 * only count as evidence from ordinary mixed-case sentences for the case tests: in a shouted
 * headline or lower-case chat every word looks the same.
 */
export function documentFeatures(
  doc: readonly (readonly string[])[],
  firstPass: readonly Uint8Array[],
  local: readonly SentenceFeatures[],
): Uint32Array[][] {
  // Each distinct lower-case form (by hash) gets a small id once; the tallies are flat typed arrays
  // indexed by it, one table lookup per token instead of one per tally. The ids of the whole
  // document are one flat row (sentence after sentence), the tallies reused scratch.
  let tokenCount = 0;
  for (const tokens of doc) tokenCount += tokens.length;
  const table = idTable(tokenCount);
  if (docIds.length < tokenCount) docIds = new Uint32Array(Math.max(tokenCount, docIds.length * 2));
  const ids = docIds;
  let words = 0;
  let base = 0;
  for (let s = 0; s < doc.length; s++) {
    const n = doc[s]!.length;
    const hashes = local[s]?.lowerHashes;
    // A sentence without features is skipped below; its ids are never read.
    if (hashes)
      for (let i = 0; i < n; i++) {
        const key = hashes[i]!;
        // Open addressing, linear probing; a slot holds id + 1 (0 is empty).
        let slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
        for (;;) {
          const held = table.ids[slot]!;
          if (held === 0) {
            table.keys[slot] = key;
            table.ids[slot] = ++words;
            ids[base + i] = words - 1;
            break;
          }
          if (table.keys[slot] === key) {
            ids[base + i] = held - 1;
            break;
          }
          slot = (slot + 1) & table.mask;
        }
      }
    base += n;
  }
  const V = ENTITY_TYPES.length + 1;
  const T = ENTITY_TYPES.length;
  const tallies = docTallies(words, V, T);
  const { typeVotes, longerType, marks } = tallies;
  base = 0;
  for (let s = 0; s < doc.length; s++) {
    const tokens = doc[s]!;
    const labels = firstPass[s];
    const features = local[s];
    const start = base;
    base += tokens.length;
    if (!labels || !features) continue;
    const mixed = features.mixed;
    let spanStart = -1;
    for (let i = 0; i < tokens.length; i++) {
      const id = ids[start + i]!;
      const label = labels[i]!;
      typeVotes[id * V + typeIndex(label)]! += 1;
      marks[id]! |= VOTED;
      if (mixed && i > 0) {
        const initial = features.initials[i]!;
        if (initial === 1) marks[id]! |= CAPITAL_SEEN;
        else if (initial === 3) marks[id]! |= LOWER_SEEN;
      }
      // Words of names longer than one token ("Clinton" in "Bill Clinton") vote for their type.
      const p = label === 0 ? -1 : (label - 1) % 4;
      if (p === 0) spanStart = i;
      if (p === 2 && spanStart >= 0) {
        for (let k = spanStart; k <= i; k++) {
          const kk = ids[start + k]!;
          longerType[kk * T + typeIndex(label) - 1]! += 1;
          marks[kk]! |= IN_LONGER;
        }
        spanStart = -1;
      }
    }
  }
  const none = new Uint32Array(0);
  // Every token's document features (at most five each) share one buffer of the document's, each
  // token given a view of its own: a copy per token (`slice`) was a typed array and a buffer of
  // its own for every capitalised word, a good share of the tagger's garbage.
  let eligible = 0;
  for (let s = 0; s < doc.length; s++) {
    const features = local[s];
    if (!firstPass[s] || !features) continue;
    for (let i = 0; i < doc[s]!.length; i++)
      if (features.skip[i] !== 1 && (features.initials[i]! & 1) === 1) eligible++;
  }
  const store = new Uint32Array(5 * eligible);
  let stored = 0;
  base = 0;
  return doc.map((tokens, s) => {
    const labels = firstPass[s];
    const features = local[s];
    const start = base;
    base += tokens.length;
    const out: Uint32Array[] = new Array(tokens.length).fill(none);
    if (!labels || !features) return out;
    for (let i = 0; i < tokens.length; i++) {
      // Tokens no name can start at get none: they are scored only inside a name, if ever.
      if (features.skip[i] === 1 || (features.initials[i]! & 1) === 0) continue;
      const id = ids[start + i]!;
      const mark = marks[id]!;
      const from = stored;
      if (mark & VOTED) {
        // The other occurrences: take this one's own vote away.
        const own = typeIndex(labels[i]!);
        let best = -1;
        let bestCount = 0;
        let total = 0;
        for (let k = 0; k < V; k++) {
          const votes = typeVotes[id * V + k]! - (k === own ? 1 : 0);
          total += votes;
          if (votes > bestCount) {
            best = k;
            bestCount = votes;
          }
        }
        if (total > 0) {
          // best 0 is O, 1-4 the types in ENTITY_TYPES order.
          store[stored++] = feature(24, best);
          store[stored++] = feature(24, mix(best + 10, features.shapes[i]!));
        }
      }
      const capital = (features.initials[i]! & 2) === 0 ? 1 : 0;
      if (mark & LOWER_SEEN) store[stored++] = feature(25, capital);
      if (mark & CAPITAL_SEEN) store[stored++] = feature(26, capital);
      if (mark & IN_LONGER) {
        let best = 0;
        for (let k = 1; k < T; k++) if (longerType[id * T + k]! > longerType[id * T + best]!) best = k;
        store[stored++] = feature(27, best);
      }
      if (stored > from) out[i] = store.subarray(from, stored);
    }
    return out;
  });
}

// What documentFeatures knows of a word (bits of `marks`): it has first-pass votes, it stands in a
// longer first-pass name, the article writes it in lower case / capitalised mid-sentence elsewhere.
const VOTED = 1;
const IN_LONGER = 2;
const LOWER_SEEN = 4;
const CAPITAL_SEEN = 8;

/** documentFeatures' reused rows: word ids of the document's tokens, and per-word tallies. */
let docIds = new Uint32Array(1 << 12);
// Sized together on first use (and grown together): marks has room for as many words as the others.
let tallyVotes = new Int32Array(0);
let tallyLonger = new Int32Array(0);
let tallyMarks = new Uint8Array(0);

/** Zeroed tallies for `words` words: votes by type (V each), longer-name types (T each), marks. */
function docTallies(words: number, V: number, T: number) {
  if (tallyMarks.length < words) {
    const size = Math.max(words, tallyMarks.length * 2);
    tallyMarks = new Uint8Array(size);
    tallyVotes = new Int32Array(size * V);
    tallyLonger = new Int32Array(size * T);
  }
  tallyVotes.fill(0, 0, words * V);
  tallyLonger.fill(0, 0, words * T);
  tallyMarks.fill(0, 0, words);
  return { typeVotes: tallyVotes, longerType: tallyLonger, marks: tallyMarks };
}

const HISTORY_PREV = Array.from({ length: 20 }, (_, p) => feature(28, mix(1, p)));
const HISTORY_PAIR = Array.from({ length: 400 }, (_, pp) => feature(28, mix(2, pp)));

/** History features of a token given the two labels before it (-1 = none) and its lower-case hash. */
export function historyFeatures(prev: number, prev2: number, lowerHash: number, out: Uint32Array): void {
  out[0] = HISTORY_PREV[prev + 1]!;
  out[1] = HISTORY_PAIR[(prev2 + 1) * 20 + prev + 1]!;
  out[2] = feature(28, mix(mix(3, prev + 1), lowerHash));
}
