import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import type { ReadAnswer } from './read-answer.js';
import { statementClause } from './said-clause.js';

/**
 * "What did the mayor say would be too costly?", "what did Ruiz say the plan is going to be?":
 * the question quotes the reported clause with one part missing, and that part is the answer
 * (English grammar: the wh-word fills the gap of the clause after the speech verb). News writes the
 * reported clause with the same words, so the gap is read off the sentence that holds them:
 *
 * - the subject missing ("say | would be too costly"): the words right before the predicate, a
 *   quotation ("“A second bridge” would be too costly, the mayor said") or the noun phrase back to
 *   the clause's start ("..., said a new tax would be too costly");
 * - the complement missing ("say | the plan is going to be"): the words after the same verb chain
 *   written after the subject's noun ("the plan “is going to be a slow one”"), to the clause's end.
 *
 * A clause read in a sentence that names the speaker is the statement asked about, so the filler
 * stands at the coverage bar however little else of the question the sentence repeats.
 *
 * Over all training news questions (PolNeAR train 2-839) it fires 5 times, all right: fixed sample
 * (2-599) 3 of 3 (2 wrong -> right), blind (600-839) 2 of 2 (1 wrong -> right); no other reply
 * changes (ADR 015 session 20). A subject that is a pronoun ("say she is not") is not read.
 */
export function saidGapFiller(
  parsed: ParsedArticle,
  question: string,
  ranked: readonly ScoredSentence[],
  bar: number,
): ReadAnswer | null {
  const rest = statementClause(question);
  if (!rest) return null;
  const words = rest.split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  const read = VERB_CHAIN.has(first) ? subjectGap(words) : COPULA.has(last) ? complementGap(words) : null;
  if (!read) return null;
  const speaker = speakerOf(question);
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    const text = read(sentence);
    if (!text) continue;
    // The reported clause's own words in a sentence that names its speaker: that statement is the
    // one asked about, however little else of the question the sentence repeats.
    const named = speaker && new RegExp(`\\b${escapeRegExp(speaker)}\\b`, 'u').test(sentence);
    return { text, sentence: r.index, coverage: named ? Math.max(r.coverage, bar) : r.coverage };
  }
  return null;
}

/** Auxiliaries and copulas that open a predicate ("would be", "is", "has been"). */
const VERB_CHAIN = new Set(
  'is are was were will would can could should must might may has have had'.split(' '),
);
/** A verb chain that ends where its complement is missing ("is going to be", "would be"). */
const COPULA = new Set('is are was were be been'.split(' '));
/** Words that end a predicate's own words: a preposition or a clause opener. */
const PREDICATE_END =
  /^(?:after|before|in|on|at|for|to|of|from|with|by|during|since|about|against|because|if|when|while|than)$/i;
/** Words that only stand for a filler written elsewhere: no answer. */
const PRONOUN = /^(?:it|this|that|these|those|he|she|they|we|i|you|which|who|what|there|one)$/i;
/** Determiners and possessives before the subject's noun. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)$/i;
/** Where a filler written after its verb ends: punctuation or a clause of its own. */
const COMPLEMENT_END =
  /\s*(?:[,;:.!?—–(”"]|\s(?:if|when|because|while|as|and then|but|so|unless|after|before)\s)/u;
const MAX_FILLER_WORDS = 10;

/** "would be appropriate after ...": the filler before "would be appropriate". */
function subjectGap(words: readonly string[]): ((sentence: string) => string | null) | null {
  const predicate: string[] = [];
  for (const w of words.slice(0, 4)) {
    if (predicate.length > 0 && PREDICATE_END.test(w)) break;
    predicate.push(w);
  }
  // A bare auxiliary ("is") is in every sentence: the predicate needs a word of its own.
  if (predicate.length < 2) return null;
  const pattern = new RegExp(`(?:^|\\s)${predicate.map(escape).join('\\s+')}\\b`, 'iu');
  return (sentence) => {
    const at = pattern.exec(sentence);
    if (!at) return null;
    const before = sentence.slice(0, at.index).trimEnd();
    // "“Boots on the wire” would be ...": the quotation is the filler.
    const quoted = /[“"]([^“”"]{1,80})[”"]$/u.exec(before);
    if (quoted?.[1]) return fillerOf(quoted[1]);
    // The noun phrase back to the clause's start: a comma, a quote mark, "that", the sentence's start.
    const clause = before.split(/[,;:“”"—–(]|\bthat\b|\bsaid\b|\bsays\b/u).pop() ?? '';
    return fillerOf(clause);
  };
}

/** "the plan is going to be": the filler after "<plan> ... be". */
function complementGap(words: readonly string[]): ((sentence: string) => string | null) | null {
  const firstVerb = words.findIndex((w) => VERB_CHAIN.has(w.toLowerCase()));
  if (firstVerb <= 0) return null;
  const subject = words.slice(0, firstVerb).filter((w) => !DETERMINER.test(w));
  const head = subject[0]?.replace(/[’']s$/u, '');
  if (!head || PRONOUN.test(head)) return null;
  const verb = words[words.length - 1]!;
  // The subject's noun, up to three words and quote marks, then the chain's last verb.
  const pattern = new RegExp(
    `\\b${escapeRegExp(head)}\\b(?:\\s+[“"]?[\\p{L}’'-]+){0,3}?\\s+[“"]?${escapeRegExp(verb)}\\s+`,
    'iu',
  );
  return (sentence) => {
    const at = pattern.exec(sentence);
    if (!at) return null;
    const after = sentence.slice(at.index + at[0].length);
    // "be “to go on”": a quotation is the filler whole.
    const quoted = /^[“"]([^“”"]{1,80})[”"]/u.exec(after);
    if (quoted?.[1]) return fillerOf(quoted[1]);
    const end = COMPLEMENT_END.exec(after);
    return fillerOf(end ? after.slice(0, end.index) : after);
  };
}

/** The speaker's last capitalised word ("Venn" of "did Mayor Orla Venn say"), or null. */
function speakerOf(question: string): string | null {
  const m =
    /^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|said|think|claim|argue|warn|write|wrote|add|added)\b/iu.exec(
      question,
    );
  const last =
    m?.[1]
      ?.split(/\s+/)
      .pop()
      ?.replace(/[’']s?$/u, '') ?? '';
  return /^\p{Lu}/u.test(last) ? last : null;
}

/** The filler without its quote marks, or null when it is empty, a pronoun or too long to be one. */
function fillerOf(raw: string): string | null {
  const text = raw
    .replace(/^[\s“”"‘’]+|[\s“”"‘’.,]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const count = text.split(' ').filter(Boolean).length;
  if (count === 0 || count > MAX_FILLER_WORDS || PRONOUN.test(text)) return null;
  return text;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
