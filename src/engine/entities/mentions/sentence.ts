/**
 * A sentence made ready for the tagger: tokens with credits blanked and initials joined as the
 * tagger's training text writes them, its case, and the words the tagger reads, with undotted
 * initials before a surname ("RJ Fenwick") read as one dotted initial.
 */

import { type Token, tokenize } from '../tokenize.js';
import { startsUpper, type LowerVocabulary, isAllUpper, isShouting, isTitleCase } from '../names.js';
import { isHonorific, isRankAbbreviation } from '../../lexicon/titles.js';
import { lookupOrganization, isOrgCueWord, isBodyNamePrefix } from '../../lexicon/organizations.js';
import { lookupPlace, isRegionCode, demonymOf } from '../../lexicon/places.js';
import { isCommonWord } from '../../lexicon/common-words.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { maskCredits } from '../credits.js';
import { isTitleWord, PLACE_TAILS, isCapitalThenLower, isTwoCapitals } from './words.js';
import type { SentenceMentions } from './types.js';

/**
 * An initial and its dot as one token ("R. Okafor", "George W. Bush"), as the tagger's training text
 * writes them; only where a capitalised word follows, so a sentence's last letter keeps its full stop.
 */
// Module-level patterns: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside
// a character class as `new RegExp(...)`, built again on every call inside a function; these run
// per token of every sentence. `test` without g/y keeps no state, so one object serves.
const HAS_CAPITAL = /\p{Lu}/u;
const TWO_CAPITALS = /^\p{Lu}\p{Lu}$/u;
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;

function joinInitials(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const dot = tokens[k + 1];
    const isInitial =
      t.text.length === 1 &&
      dot?.text === '.' &&
      dot.start === t.end &&
      HAS_CAPITAL.test(t.text) &&
      startsUpper(tokens[k + 2]?.text ?? '') &&
      // "Witness B. Mr Lowe": a name starts after the honorific, so the letter ended a sentence.
      !isHonorific(tokens[k + 2]?.text ?? '');
    if (isInitial) {
      out ??= tokens.slice(0, k);
      out.push({ text: `${t.text}.`, start: t.start, end: dot.end });
      k++;
    } else out?.push(t);
  }
  return out ?? tokens;
}

/**
 * A known body, place, region code, demonym, organisation word, title or rank: no surname. A module
 * function, not a closure in the caller: under tsx a closure is named anew on every call.
 */
function isKnownNonSurname(x: string): boolean {
  return (
    lookupOrganization(x) !== undefined ||
    lookupPlace(x) !== undefined ||
    isRegionCode(x) ||
    demonymOf(x) !== undefined ||
    isOrgCueWord(x) ||
    isTitleWord(x) ||
    isRankAbbreviation(x)
  );
}

/** "the", "a", "an", any case (initials never follow one). */
const ARTICLE = /^(?:the|a|an)$/i;

/**
 * "RJ Fenwick", "TJ Morrow": two capitals without dots before a surname are a person's initials, as
 * British and sports copy often writes them. The tagger learnt initials from Reuters copy, which dots
 * them ("R.J.", "J."), and reads an undotted pair as an acronym, a body. Acronyms that stand before
 * a capitalised word are known bodies or places ("EU", "UK", a US state's or Canadian province's code), clubs' and firms'
 * prefixes ("SC Freiburg"), titles ("MP", "PC") or run into an
 * organisation or ordinary word ("BT Sport", "TV Licensing"); those stay as written. The word after
 * must look like a surname: capitalised, not known as a place or body, and never written in lower
 * case (by the article or as a frequent word).
 */
function isUndottedInitials(
  s: SentenceMentions,
  k: number,
  lower: LowerVocabulary,
  alone: WordQuery,
): boolean {
  const w = s.tokens[k]?.text ?? '';
  if (s.caseless || w.length !== 2 || !TWO_CAPITALS.test(w)) return false;
  const next = s.tokens[k + 1]?.text ?? '';
  if (!CAPITAL_THEN_SMALL.test(next) || s.tokens[k + 1]?.start !== (s.tokens[k]?.end ?? 0) + 1) return false;
  // "the FA Cup", "a BT engineer": initials do not follow an article.
  if (ARTICLE.test(s.tokens[k - 1]?.text ?? '')) return false;
  if (isAllUpper(s.tokens[k - 1]?.text ?? '') && (s.tokens[k - 1]?.text.length ?? 0) > 1) return false;
  if (isBodyNamePrefix(w) || isKnownNonSurname(next) || PLACE_TAILS.has(next)) return false;
  if (isCommonWord(next) || lower.has(lowerCase(next))) return false;
  if (!isKnownNonSurname(w)) return true;
  // Initials that spell a known body's acronym ("AP", "BP"): only where the article also writes the
  // word after them alone, as news refers back to a person by surname; a body is not referred to
  // by the word after its acronym. Places, region codes and titles never.
  return (
    lookupOrganization(w) !== undefined &&
    lookupPlace(w) === undefined &&
    !isRegionCode(w) &&
    !isTitleWord(w) &&
    !isRankAbbreviation(w) &&
    !isOrgCueWord(w) &&
    alone.has(next)
  );
}

/** Words asked about one at a time: a Set, or a list collected on its first question. */
export interface WordQuery {
  has(word: string): boolean;
}

/**
 * Capitalised words the article writes without two capitals before them ("McAllister said"), for
 * `isUndottedInitials`. Collected on the first question: only two capitals that spell a known
 * body's acronym before a capitalised word ask, which most articles never have, and collecting
 * reads and hashes every token of the article.
 */
export function wordsWrittenAlone(sentences: readonly SentenceMentions[]): WordQuery {
  return new WordsWrittenAlone(sentences);
}

class WordsWrittenAlone implements WordQuery {
  private alone: Set<string> | null = null;

  constructor(private readonly sentences: readonly SentenceMentions[]) {}

  has(word: string): boolean {
    this.alone ??= collectWrittenAlone(this.sentences);
    return this.alone.has(word);
  }
}

function collectWrittenAlone(sentences: readonly SentenceMentions[]): Set<string> {
  const alone = new Set<string>();
  for (const s of sentences) {
    if (s.caseless) continue;
    const { tokens } = s;
    // Plain loop and char tests: this reads every token of the article.
    for (let k = 0; k < tokens.length; k++) {
      const text = tokens[k]!.text;
      if (isCapitalThenLower(text) && !(k > 0 && isTwoCapitals(tokens[k - 1]!.text))) alone.add(text);
    }
  }
  return alone;
}

/**
 * The words the tagger reads for a sentence: its tokens, with undotted initials before a surname
 * written as the single dotted initial the training text has ("RJ Fenwick" read as "R. Fenwick").
 * Only the tagger's input changes; mentions keep the article's spelling.
 */
export function taggerWords(s: SentenceMentions, lower: LowerVocabulary, alone: WordQuery): string[] {
  return s.tokens.map((t, k) => (isUndottedInitials(s, k, lower, alone) ? `${t.text.charAt(0)}.` : t.text));
}

/**
 * The lower-case vocabulary a sentence holds until `findMentions` gives it the document's: one
 * shared empty set (read-only by its type) rather than a new Set per sentence of every article.
 */
const NO_LOWER_WORDS: LowerVocabulary = new Set();

/** Tokenise a sentence (credits blanked) and read its case. */
export function prepareSentence(text: string, index: number): SentenceMentions {
  const masked = maskCredits(text);
  const tokens = joinInitials(tokenize(masked));
  const shouting = isShouting(masked);
  const caseless = shouting || isTitleCase(tokens);
  return { index, text, tokens, shouting, caseless, lower: NO_LOWER_WORDS, mentions: [] };
}
