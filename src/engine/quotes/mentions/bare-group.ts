import { lowerCase } from '../../lexicon/lower-case.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import { CLAUSE_WORDS, DETERMINERS, NOMINAL_STOPS, PRONOUNS, bare } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const MODIFIER_WORD = /^(?:\p{L}[\p{L}\p{M}'’.&-]*|\d[\d,]*)$/u;
/** "U.S.", "U.N.", "E.U.": initials with their stops, a modifier whose last stop ends no clause. */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Conjunctions that open a clause: the subject phrase starts after them ("but senior officials said"). */
const CONJUNCTIONS = new Set([
  'and',
  'but',
  'or',
  'so',
  'yet',
  'while',
  'because',
  'although',
  'though',
  'whereas',
]);

/** Most words that may stand before the head of a bare group ("two senior White House officials"). */
const MAX_MODIFIERS = 4;

/**
 * Words that open a sentence or clause without being part of its subject: a stretch holding
 * one is not all noun phrase ("Meanwhile officials said", "Yesterday police said").
 */
const NOT_MODIFIERS = new Set([
  'meanwhile',
  'yesterday',
  'today',
  'tonight',
  'still',
  'however',
  'instead',
  'later',
  'earlier',
  'since',
  'thus',
  'yet',
  'now',
  'then',
  'first',
  'finally',
  'separately',
  'elsewhere',
  'if',
  'because',
  'although',
  'though',
  'where',
  'when',
  'while',
  'as',
]);
const WEEKDAY_OR_MONTH =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "senior officials said", "two White House officials said", "law enforcement sources said": a
 * plural noun takes no article, so its subject phrase has no determiner to start from; it runs
 * from where the clause opens (the sentence's start, a comma, a closing quote mark) to the head.
 * When every word of that stretch can modify a noun (adjectives, nouns, numbers, names), the
 * whole stretch is the description, shown as written: "officials" alone drops who they are.
 * A stretch holding anything else (a preposition, an article, a verb, an adverb opening the
 * sentence) leaves the head alone, as before.
 *
 * `words` end with the head noun; returns the modifiers and head joined, or null when the
 * stretch is empty or is not all modifiers.
 */
export function bareGroupAsWritten(words: string[]): string | null {
  let start = words.length - 1;
  while (start > 0 && words.length - start <= MAX_MODIFIERS) {
    const previous = words[start - 1]!;
    if (closesClause(previous)) break;
    start--;
  }
  // "..., and Dunloe officials said": a conjunction opens the clause, and is not part of the phrase.
  if (start < words.length - 1 && CONJUNCTIONS.has(lowerCase(words[start]!))) start++;
  if (start === words.length - 1) return null;
  // The clause must open at the stretch: the word before it closes a clause or a quote, or there is none.
  if (start > 0 && !closesClause(words[start - 1]!) && !CONJUNCTIONS.has(lowerCase(words[start - 1]!)))
    return null;
  const modifiers = words.slice(start, -1);
  if (!modifiers.every(isModifier)) return null;
  return [...modifiers.map((m) => m.replace(/^[“"‘(]+/, '')), bare(words[words.length - 1]!)].join(' ');
}

function closesClause(word: string): boolean {
  return /[,;:.!?"”’)—–-]$/.test(word) && !INITIALS.test(word);
}

function isModifier(word: string): boolean {
  if (INITIALS.test(word)) return true;
  const w = bare(word);
  if (w !== word.replace(/^[“"‘(]+/, '') || !MODIFIER_WORD.test(w)) return false;
  const lower = lowerCase(w);
  return !(
    CLAUSE_WORDS.has(lower) ||
    NOMINAL_STOPS.has(lower) ||
    DETERMINERS.has(lower) ||
    PRONOUNS.has(lower) ||
    NOT_MODIFIERS.has(lower) ||
    WEEKDAY_OR_MONTH.test(lower) ||
    isSpeechVerb(lower) ||
    /ly$/.test(lower)
  );
}
