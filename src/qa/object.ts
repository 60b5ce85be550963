import { isPersonNoun } from '../engine/entities/role-nouns.js';
import type { ParsedArticle } from '../engine/schema.js';
import { type Candidate, sentenceCandidates } from './candidates.js';
import { lemma, synonymsOf } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { type Token, tagSentence } from './tags.js';
import { words } from './text.js';

/**
 * "What did the firm pledge its customers?", "Which firm does Reid own?": the question word
 * (with its noun) is the object of a verb that follows an inverted auxiliary and the subject.
 * English puts a verb's object right after it ("the firm pledged meal vouchers", "she owns
 * Kelso Marine"), so in a sentence that uses the question's verb the phrase straight after the verb
 * is the answer, taken whole.
 */

export interface ObjectQuestion {
  /** Lemma of the verb whose object is asked for. */
  verb: string;
  /** "Which firm is she hoping to sell to?": the object asked for is the stranded preposition's, after the verb. */
  preposition?: string;
  /** "What is the dinghy called?": the name written after "called", "named", "known as". */
  naming?: boolean;
}

/** "What is the new stand called?", "what was it originally named?", "what is it known as?" */
const NAMING_QUESTION =
  /^\s*what\s+(?:is|was|are|were)\b.*\b(?:called|named|dubbed|titled|known\s+as)\s*\??\s*$/i;
/** Where a sentence gives a name: "a dinghy called ...", "named ...", "known as ...". */
const NAMING_WORD = /^(?:called|named|dubbed|titled|entitled)$/i;

/** Auxiliaries that invert before the subject in an object question ("what did X ...", "which firm does X ..."). */
const INVERTED = new Set('did does do has have had will would can could should might may must'.split(' '));

/**
 * The verb an object question asks about, or null when the question word is the subject ("what
 * happened"), the question is copular ("what is X called") or no verb follows the subject.
 */
export function objectQuestionOf(question: string): ObjectQuestion | null {
  if (NAMING_QUESTION.test(question)) return { verb: 'call', naming: true };
  const tokens = tagSentence(question);
  const wh = tokens.findIndex((t) => /^(?:what|which)$/i.test(t.text));
  // Only a question that opens with its question word: "In what year did ..." asks for a date.
  if (wh !== 0) return null;
  let i = wh + 1;
  // The kind asked for: "which club", "what English team".
  while (i < tokens.length && i <= wh + 3 && tokens[i]!.cls !== 'aux' && !INVERTED.has(lower(tokens[i]!)))
    i++;
  const aux = tokens[i];
  const end = tokens.at(-1)?.cls === 'punct' ? tokens.length - 1 : tokens.length;
  // "What did the cat get its paw trapped in?", "Which firm is she hoping to sell to?": a question
  // ending in a preposition asks for that preposition's object, which the sentence writes after
  // the same verb and preposition ("trapped in a drain cover", "sell to Tarn Boats").
  const stranded = tokens[end - 1];
  if (aux && (INVERTED.has(lower(aux)) || COPULAS.has(lower(aux))) && stranded?.cls === 'prep') {
    for (let k = end - 2; k > i + 1; k--) {
      const t = tokens[k]!;
      if (t.cls === 'verb' || ((t.cls === 'noun' || t.cls === 'adj') && k === end - 2))
        return { verb: lemma(t.text), preposition: lower(stranded) };
      if (t.cls === 'aux' || t.cls === 'wh') break;
    }
    return null;
  }
  if (!aux || !INVERTED.has(lower(aux))) return null;
  // The subject: up to eight words of a noun phrase, then the verb.
  let j = i + 2;
  for (; j < end && j <= i + 9; j++) {
    const t = tokens[j]!;
    if (t.cls === 'verb') return { verb: lemma(t.text) };
    // "What did Ana Ruiz call the plan?": after a name, a lowercase word with an object after it
    // is the verb, whatever the word list calls it (a name takes no common noun after it here).
    if (
      t.cls === 'noun' &&
      /^\p{Ll}/u.test(t.text) &&
      tokens[j - 1]?.cls === 'name' &&
      ['name', 'det', 'pron'].includes(tokens[j + 1]?.cls ?? '')
    )
      return { verb: lemma(t.text) };
    if (t.cls === 'adv' || NOMINAL.has(t.cls)) continue;
    return null;
  }
  // "What did the council ban?": after "did" (or a modal) a verb must follow the subject, so the
  // last word of a run that reaches the end is it, whatever the word list calls it.
  const last = tokens[j - 1];
  if (j === end && j - 1 > i + 1 && last && (last.cls === 'noun' || last.cls === 'adj'))
    return { verb: lemma(last.text) };
  return null;
}

const COPULAS = new Set(['is', 'are', 'was', 'were']);
const NOMINAL = new Set(['det', 'adj', 'noun', 'name', 'num', 'pron']);
const CONTENT = new Set(['adj', 'noun', 'name', 'num', 'verb']);

function lower(t: Token): string {
  return t.text.toLowerCase();
}

/** Words that may stand between the verb and its object: adverbs, particles, "to" + verb ("pledged to mail out"). */
const BRIDGE = new Set(['adv']);
const PARTICLES = new Set('out up off down back over away on in'.split(' '));

/**
 * Where the object of `verb` starts in the sentence's tokens, or -1: after the first use of the
 * verb as a verb (not after a determiner, where it is a noun), past adverbs, a particle ("mail
 * out") and a "to" infinitive chain ("pledged to mail out vouchers" gives "vouchers").
 */
export function objectStart(tokens: readonly Token[], roots: ReadonlySet<string>): number {
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    // The word list calls a past form after a noun an adjective at times ("the firm pledged");
    // after a determiner it is one ("the pledged vouchers").
    // The word list calls a bare verb a noun at times ("and call Kell “slippery”", "to stop him");
    // after "to", "and" or "or" and before a name or pronoun object, it is the verb.
    const verbal =
      t.cls === 'verb' ||
      (t.cls === 'adj' && tokens[v - 1]?.cls !== 'det') ||
      (t.cls === 'noun' && nounUsedAsVerb(tokens, v));
    if (!verbal || !roots.has(lemma(t.text))) continue;
    let i = v + 1;
    for (let guard = 0; guard < 6 && i < tokens.length; guard++) {
      const n = tokens[i]!;
      if (BRIDGE.has(n.cls) || (PARTICLES.has(lower(n)) && n.cls !== 'det')) i++;
      else if (lower(n) === 'to' && infinitive(tokens, i + 1)) i += 2;
      else break;
    }
    const start = tokens[i];
    if (start && (NOMINAL.has(start.cls) || start.cls === 'verb') && start.cls !== 'pron') return i;
    return -1;
  }
  return -1;
}

/**
 * Whether the word after "to" is a verb: tagged one, or a lowercase word the word list calls a
 * noun ("to mail out", "to fund") followed by what a verb takes (a particle, a determiner, a
 * noun), where a noun after "to" ("to members") ends its phrase.
 */
function infinitive(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (t.cls === 'verb') return true;
  const next = tokens[at + 1];
  return (
    t.cls === 'noun' &&
    /^\p{Ll}/u.test(t.text) &&
    next !== undefined &&
    (PARTICLES.has(lower(next)) || (next.cls === 'det' && lower(next) !== 'that'))
  );
}

/** Longest name taken after "called", in characters. */
const MAX_NAME = 80;

/**
 * The name a sentence gives after "called", "named" or "known as": the quoted title whole
 * ("a dinghy called 'Silver Tide II'"), else the run of capitalised words and numbers after it
 * ("a charity named Harbour Hope"). Null when a lowercase word follows ("called for calm").
 */
function nameGiven(tokens: readonly Token[], sentence: string): Candidate | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    const known = lower(tokens[i]!) === 'known' && lower(tokens[i + 1]!) === 'as';
    if (!NAMING_WORD.test(tokens[i]!.text) && !known) continue;
    let at = i + (known ? 2 : 1);
    const open = tokens[at];
    if (!open) return null;
    if (QUOTE_OPEN.test(open.text)) {
      const close = sentence.slice(open.end, open.end + MAX_NAME).search(QUOTE_CLOSE);
      if (close > 0) return span(tokens, sentence, open.end, open.end + close);
      at++;
    }
    let last = at - 1;
    for (let j = at; j < tokens.length && tokens[j]!.end - tokens[at]!.start <= MAX_NAME; j++) {
      const t = tokens[j]!;
      const capitalised = /^[\p{Lu}\d]/u.test(t.text);
      // "the Society of Friends": a lowercase joiner stays when a capitalised word follows.
      const joiner = JOINERS.has(lower(t)) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
      if (!capitalised && !joiner) break;
      last = j;
    }
    if (last < at) continue;
    return span(tokens, sentence, tokens[at]!.start, tokens[last]!.end);
  }
  return null;
}

/**
 * A noun-tagged word after "to", "and" or "or" with a name or a pronoun after it: a verb and its
 * object ("to stop him", "and call Kell"), unless the pronoun opens a relative clause ("doctors
 * and nurses who ..."): 94 of 99 such words in PolNeAR train articles 0-199 past the checks below (the misses:
 * "today", "rubber", "majority", "talk" in "news and talk <Name>").
 */
function nounUsedAsVerb(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  const after = tokens[v + 1];
  if (!before || !after || !/^(?:to|and|or)$/i.test(before.text)) return false;
  // "and husband Marc", "to rivals Ana and Ivo", "to low-income families": a person noun, a plural
  // or a compound modifier before a name is a noun.
  if (isPersonNoun(tokens[v]!.text.toLowerCase()) || /(?:s|-\p{L}+)$/u.test(tokens[v]!.text)) return false;
  return after.cls === 'name' || (after.cls === 'pron' && !RELATIVE.test(after.text));
}
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;

const QUOTE_OPEN = /^['‘“"]$/;
const QUOTE_CLOSE = /['’”"](?!\p{L})/u;
const JOINERS = new Set(['of', 'the', 'and', 'de', 'for', 'on', 'in']);

/** A phrase candidate over the characters from `start` to `end` of the sentence. */
function span(tokens: readonly Token[], sentence: string, start: number, end: number): Candidate {
  const first = tokens.findIndex((t) => t.end > start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return {
    text: sentence.slice(start, end).trim(),
    start,
    end,
    first,
    last,
    kind: 'phrase',
    named: true,
    entity: false,
    chunk: false,
    dateIndex: null,
    cue: null,
  };
}

/** Words between the verb and its stranded preposition ("trapped fast in", "sell the yard to"). */
const PREPOSITION_REACH = 5;

/**
 * Where the object of "<verb> ... <preposition>" starts: the verb's root in any use ("signed for",
 * "a signing for"), then the same preposition within a few words, then the phrase after it.
 */
function prepositionObject(
  tokens: readonly Token[],
  roots: ReadonlySet<string>,
  preposition: string,
): number {
  for (let v = 0; v < tokens.length; v++) {
    if (!roots.has(lemma(tokens[v]!.text))) continue;
    for (let p = v + 1; p <= v + PREPOSITION_REACH && p < tokens.length - 1; p++) {
      const t = tokens[p]!;
      if (t.cls === 'punct' || t.cls === 'conj') break;
      if (lower(t) !== preposition) continue;
      return NOMINAL.has(tokens[p + 1]!.cls) && tokens[p + 1]!.cls !== 'pron' ? p + 1 : -1;
    }
  }
  return -1;
}

/** Candidate kinds that can be a verb's object asked for by "what/which". */
const OBJECT_KINDS = new Set(['phrase', 'name', 'organisation', 'person', 'people', 'place', 'number']);

/**
 * The object of the question's verb in the given sentence: the longest candidate that starts
 * where the object starts (a determiner may open it), or null when the sentence doesn't use
 * the verb with an object.
 */
export function objectAnswer(
  parsed: ParsedArticle,
  sentenceIndex: number,
  asked: ObjectQuestion,
  q: Pick<ParsedQuestion, 'type' | 'text'>,
): Candidate | null {
  const roots = new Set([asked.verb, ...synonymsOf(asked.verb)]);
  const { tokens, candidates } = sentenceCandidates(parsed, sentenceIndex, { reason: false });
  if (asked.naming) return nameGiven(tokens, parsed.sentences[sentenceIndex] ?? '');
  const at = asked.preposition
    ? prepositionObject(tokens, roots, asked.preposition)
    : objectStart(tokens, roots);
  if (at < 0) return null;
  const opening = tokens[at]?.cls === 'det' ? [at, at + 1] : [at];
  // "What hymn did she write?" → "wrote the hymn ...": an object the question already names is not the answer.
  const inQuestion = new Set(words(q.text).map(lemma));
  const news = (c: Candidate) =>
    tokens.slice(c.first, c.last + 1).some((t) => CONTENT.has(t.cls) && !inQuestion.has(lemma(t.text)));
  // "What did the mayor call the plan?" → "called the plan “reckless”": after calling verbs the
  // object is the one the question names, and the answer is what follows it.
  if (CALLING.has(asked.verb)) {
    const given = calledAs(tokens, candidates, at, parsed.sentences[sentenceIndex] ?? '', inQuestion);
    if (given) return given;
  }
  const own = nounPhrase(tokens, at, parsed.sentences[sentenceIndex] ?? '');
  const fitting = [own, ...candidates].filter(
    (c): c is Candidate =>
      c !== null &&
      opening.includes(c.first) &&
      OBJECT_KINDS.has(c.kind) &&
      news(c) &&
      // "which club": an organisation asks for a name, not a description.
      (q.type !== 'organisation' || c.kind !== 'phrase' || c.named),
  );
  if (fitting.length === 0) return null;
  return fitting.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0]!;
}

/**
 * "Which firm did Ivo Brandt found?" answered by "Brandt, the founder of Tarn Boats, ...": news
 * names a doer by the verb's agent noun (founder, owner, publisher, director) with the object
 * after "of". The phrase after "of", taken whole.
 */
export function agentObject(
  parsed: ParsedArticle,
  sentenceIndex: number,
  asked: ObjectQuestion,
): Candidate | null {
  if (asked.preposition || asked.naming) return null;
  const sentence = parsed.sentences[sentenceIndex] ?? '';
  const { tokens, candidates } = sentenceCandidates(parsed, sentenceIndex, { reason: false });
  const verb = asked.verb;
  const agents = new Set([`${verb}er`, `${verb}or`, `${verb}r`, `${verb}ers`, `${verb}ors`]);
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!agents.has(lower(tokens[i]!)) || lower(tokens[i + 1]!) !== 'of') continue;
    const at = i + 2;
    const own = nounPhrase(tokens, at, sentence);
    const fitting = [own, ...candidates].filter(
      (c): c is Candidate => c !== null && c.first === at && OBJECT_KINDS.has(c.kind),
    );
    // A name the engine typed ("Tarn Boats") before a phrase that runs on past it.
    const named = fitting.filter((c) => c.kind !== 'phrase');
    const pool = named.length > 0 ? named : fitting;
    if (pool.length > 0) return pool.sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
  }
  return null;
}

/** Verbs that give their object a name or a label after it ("called X a fraud", "dubbed X “the Fox”"). */
const CALLING = new Set(['call', 'label', 'brand', 'dub', 'term']);

/**
 * What a calling verb's object is called: past the object (a pronoun, or a phrase the question
 * already names), a quoted label whole ("called Rossi “reckless”") or an a/an noun phrase
 * ("called him a fraud"). In PolNeAR training text, all 12 "called <name> “…”" are this shape.
 */
function calledAs(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  at: number,
  sentence: string,
  inQuestion: ReadonlySet<string>,
): Candidate | null {
  const first = tokens[at];
  if (!first) return null;
  let after = -1;
  if (first.cls === 'pron') after = at + 1;
  else {
    const object = candidates
      .filter(
        (c) => c.first === at && (c.kind === 'person' || c.kind === 'name' || c.kind === 'organisation'),
      )
      .sort((a, b) => b.last - a.last)[0];
    const named =
      object &&
      tokens
        .slice(object.first, object.last + 1)
        .some((t) => t.cls === 'name' && inQuestion.has(lemma(t.text)));
    if (object && named) after = object.last + 1;
  }
  const open = tokens[after];
  if (!open) return null;
  if (QUOTE_OPEN.test(open.text)) {
    const close = sentence.slice(open.end, open.end + MAX_NAME).search(QUOTE_CLOSE);
    if (close <= 0) return null;
    const text = sentence.slice(open.end, open.end + close).replace(/[,.;:]+$/, '');
    return span(tokens, sentence, open.end, open.end + text.length);
  }
  if (open.cls === 'det' && /^an?$/i.test(open.text)) return nounPhrase(tokens, after, sentence);
  return null;
}

/** Longest object phrase taken, in tokens. */
const MAX_OBJECT = 8;

/**
 * The noun phrase opening at `at`, read from the word classes: determiners, modifiers, nouns and
 * names, and an -ing or -ed form inside the phrase ("late-night parking", "smoked salmon fillets"),
 * which the word list often calls a verb. The candidate finder's chunks stop at such a word.
 */
function nounPhrase(tokens: readonly Token[], at: number, sentence: string): Candidate | null {
  let last = -1;
  for (let i = at; i < tokens.length && i < at + MAX_OBJECT; i++) {
    const t = tokens[i]!;
    // After a name an -ing form starts a clause ("Tarn Boats operating out of Berwick"), after a common word it modifies.
    const before = tokens[i - 1]?.cls;
    const inner =
      t.cls === 'verb' && /(?:ing|ed)$/i.test(t.text) && i > at && (before === 'noun' || before === 'adj');
    if (!PHRASE.has(t.cls) && !inner) break;
    if (t.cls === 'det' && i > at) break;
    last = i;
  }
  if (last < 0 || tokens[last]!.cls === 'det' || tokens[last]!.cls === 'adj') return null;
  const first = tokens[at]!;
  const end = tokens[last]!.end;
  return {
    text: sentence.slice(first.start, end),
    start: first.start,
    end,
    first: at,
    last,
    kind: 'phrase',
    named: tokens.slice(at, last + 1).some((t) => t.cls === 'name'),
    entity: false,
    chunk: true,
    dateIndex: null,
    cue: null,
  };
}

const PHRASE = new Set(['det', 'adj', 'noun', 'name', 'num']);
