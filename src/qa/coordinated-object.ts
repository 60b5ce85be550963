import { MAYBE_FINAL } from '../engine/text/abbreviations.js';
import { type Token, tagSentence } from './tags.js';

/**
 * "What tools did the crew bring?" answered from "the crew brought a winch and ropes that ...":
 * English names several things of one kind as one coordinated noun phrase ("a winch and ropes",
 * "grants and prizes", "Alder Corp. and Briar Mills"). The phrase finder stops at "and", so a
 * reply may hold only the first conjunct. When the sentence carries the reply on with "and"/"or"
 * and a bare noun phrase that closes where the phrase does (a comma or other mark, a relative
 * "that/which/who", the sentence end), the reply is the whole coordination. A verb, pronoun or
 * adverb after "and" starts a new clause ("... a winch and sailed ..."), which is left alone; and a
 * question asking for one thing ("which company") wants one conjunct, not two.
 */

/** Words after which a noun phrase has ended: a relative clause opens. */
const RELATIVE = /^(?:that|which|who|whose)$/i;
/** Word classes a bare noun phrase is made of. */
const NOUN_PHRASE_CLASSES = new Set(['det', 'adj', 'noun', 'name', 'num']);
/** A word ending like a plural noun: "-s" but not "-ss" or a form of "be"/"have"/"do". */
const PLURAL_LIKE = /^(?!(?:is|was|has|does|goes)$)\p{Ll}[\p{Ll}-]*[^s]s$/u;
/** Longest second conjunct taken, in words: beyond it the "and" likely joins clauses. */
const MAX_CONJUNCT_WORDS = 5;

/** The last token that ends at `end`, or -1. */
function tokenEndingAt(tokens: Token[], end: number): number {
  return tokens.findIndex((t) => t.end === end);
}

/** A kind noun asked in the singular ("which company") asks for one thing. */
export function asksForOne(askedNoun: string | null | undefined): boolean {
  return typeof askedNoun === 'string' && !/s$/i.test(askedNoun);
}

/**
 * The reply carried on through "and/or <noun phrase>" when its sentence coordinates it with
 * another bare noun phrase that closes the clause; otherwise the reply unchanged.
 */
export function withCoordinatedPart(answer: string, sentence: string): string {
  const at = sentence.indexOf(answer);
  if (at < 0 || answer.trim() === '') return answer;
  const tokens = tagSentence(sentence);
  let last = tokenEndingAt(tokens, at + answer.length);
  if (last < 0) return answer;
  const lastClass = tokens[last]?.cls;
  if (lastClass !== 'noun' && lastClass !== 'name') return answer;
  // "Alder Corp. and ...": the abbreviation's stop is part of the name (the sentence splitter's list).
  if (MAYBE_FINAL.has(tokens[last]!.text.toLowerCase()) && tokens[last + 1]?.text === '.') last++;
  const conjunction = tokens[last + 1];
  if (!conjunction || !/^(?:and|or)$/i.test(conjunction.text)) return answer;
  let next = last + 2;
  let taken = 0;
  while (
    next < tokens.length &&
    NOUN_PHRASE_CLASSES.has(tokens[next]!.cls) &&
    !RELATIVE.test(tokens[next]!.text)
  ) {
    taken++;
    next++;
  }
  // "grants and prizes.": a plural noun reads like a verb's "-s" form; closing the sentence or a
  // clause with no object after it, it is the noun.
  const plural = tokens[next];
  const closes = (t: Token | undefined) => !t || t.cls === 'punct';
  if (plural?.cls === 'verb' && PLURAL_LIKE.test(plural.text) && closes(tokens[next + 1])) {
    taken++;
    next++;
  }
  if (taken === 0 || taken > MAX_CONJUNCT_WORDS) return answer;
  const lastTaken = tokens[next - 1]!;
  if (lastTaken.cls !== 'noun' && lastTaken.cls !== 'name' && lastTaken !== plural) return answer;
  // The coordination closes the clause: a mark, a relative word, or the sentence end.
  const after = tokens[next];
  if (after && after.cls !== 'punct' && !RELATIVE.test(after.text)) return answer;
  // "a winch and ropes": the article before the first conjunct covers the whole coordination.
  const article = /\b(?:an?|the)\s+$/i.exec(sentence.slice(0, at));
  const lead = article && !/^(?:an?|the)\s/i.test(answer) ? article[0] : '';
  return lead + answer + sentence.slice(at + answer.length, lastTaken.end);
}

/** For what/which replies naming things or bodies, unless the question asks for one thing. */
export function coordinated(
  q: { type: string; askedNoun?: string | null },
  answer: string,
  sentence: string,
): string {
  if ((q.type !== 'description' && q.type !== 'organisation') || asksForOne(q.askedNoun)) return answer;
  return withCoordinatedPart(answer, sentence);
}
