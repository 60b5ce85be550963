import type { ParsedArticle } from '../engine/schema.js';
import type { ArticleStore, StoredArticle } from '../store/store.js';
import { formatDateValue } from './dates.js';
import { findPeople, namesOf, quotesBy } from './facts.js';
import { classifyQuestion, focusStems, namesInQuestion, type QuestionType } from './question.js';
import { findName, joinNames, stem, words } from './text.js';

/**
 * First-version question answering over parsed articles: classify the question, pick the
 * sentence that best covers its focus words (and holds the kind of thing asked for), then
 * read the answer out of that sentence using the parsed entities, dates and quotes.
 * Extractive only: every answer comes with the sentence it was read from.
 */

export interface QaContext {
  store: ArticleStore;
  /** Answer from this article only. */
  articleId?: string;
  /** The channel (or thread) key whose current article is the default. */
  channelKey?: string;
}

export interface QaAnswer {
  /** The short answer, or null when the article doesn't say. */
  answer: string | null;
  /** The sentence the answer comes from, or the closest one when there is no answer. */
  evidence: string | null;
  articleId: string | null;
  /** Index of the evidence sentence in the article. */
  sentence: number | null;
  /** 0 to 1: how much of the question the evidence covers and whether a typed answer was found. */
  confidence: number;
  type: QuestionType;
}

/** Below this share of the question's focus words, a sentence is not taken as the answer's source. */
const MIN_COVERAGE = 0.25;

interface Candidate {
  index: number;
  coverage: number;
  answer: string | null;
  /** How well the answer fits the question type: 1 exact kind (a person for "who"), less for a fallback. */
  fit: number;
}

interface Extracted {
  text: string;
  fit: number;
}

export function answerQuestion(question: string, ctx: QaContext): QaAnswer {
  const type = classifyQuestion(question);
  const articles = candidateArticles(question, ctx);
  let best: { article: StoredArticle; candidate: Candidate } | null = null;
  for (const article of articles) {
    const candidate = bestSentence(article.parsed, question, type);
    if (candidate && (!best || score(candidate) > score(best.candidate))) best = { article, candidate };
  }
  const fallback = articles[0] ?? null;
  if (!best) {
    return {
      answer: null,
      evidence: null,
      articleId: fallback?.id ?? null,
      sentence: null,
      confidence: 0,
      type,
    };
  }
  const { article, candidate } = best;
  const answered = candidate.coverage >= MIN_COVERAGE && candidate.answer !== null;
  return {
    answer: answered ? candidate.answer : null,
    evidence: article.parsed.sentences[candidate.index] ?? null,
    articleId: article.id,
    sentence: candidate.index,
    confidence: Math.round(Math.min(1, candidate.coverage * 0.8 + (answered ? 0.2 : 0)) * 100) / 100,
    type,
  };
}

function score(c: Candidate): number {
  return c.coverage + (c.answer ? 0.15 * c.fit : 0);
}

/**
 * The article named by id, else the channel's article plus the best full-text match across the
 * store (a question may be about another article than the one last posted), else the latest.
 */
function candidateArticles(question: string, ctx: QaContext): StoredArticle[] {
  const { store } = ctx;
  if (ctx.articleId) {
    const article = store.getArticle(ctx.articleId);
    return article ? [article] : [];
  }
  const found = new Map<string, StoredArticle>();
  const add = (a: StoredArticle | null | undefined) => {
    if (a && !found.has(a.id)) found.set(a.id, a);
  };
  const channelArticle = ctx.channelKey ? store.getChannelArticle(ctx.channelKey) : null;
  if (channelArticle) add(store.getArticle(channelArticle));
  const terms = words(question).join(' ');
  for (const hit of store.searchSentences(terms, 5)) add(store.getArticle(hit.articleId));
  if (found.size === 0) add(store.latest(1)[0]);
  return [...found.values()];
}

/** Weight of each focus stem: rarer in the article means more telling. */
function stemWeights(parsed: ParsedArticle, stems: string[]): Map<string, number> {
  const sentenceStems = parsed.sentences.map((s) => new Set(words(s).map(stem)));
  const n = parsed.sentences.length;
  return new Map(
    stems.map((s) => {
      const df = sentenceStems.filter((set) => set.has(s)).length;
      return [s, Math.log(1 + n / (1 + df))];
    }),
  );
}

function bestSentence(parsed: ParsedArticle, question: string, type: QuestionType): Candidate | null {
  const quoted = quoteAnswer(parsed, question, type);
  if (quoted) return quoted;
  const stems = focusStems(question);
  const weights = stemWeights(parsed, stems);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const seen = new Set<string>();
  let best: Candidate | null = null;
  parsed.sentences.forEach((sentence, index) => {
    const key = sentence.trim().toLowerCase();
    if (seen.has(key) || words(sentence).length < 4) return;
    seen.add(key);
    const present = new Set(words(sentence).map(stem));
    let matched = 0;
    for (const [s, w] of weights) if (present.has(s)) matched += w;
    if (matched === 0) return;
    const extracted = extractAnswer(parsed, index, question, type);
    const candidate: Candidate = {
      index,
      coverage: matched / total,
      answer: extracted?.text ?? null,
      fit: extracted?.fit ?? 0,
    };
    if (!best || score(candidate) > score(best)) best = candidate;
  });
  return best;
}

/** "What did X say?": X's quotes, taken from the parsed quotes rather than sentence overlap. */
function quoteAnswer(parsed: ParsedArticle, question: string, type: QuestionType): Candidate | null {
  if (type !== 'quote') return null;
  for (const name of namesInQuestion(question)) {
    const match = findPeople(parsed, name)[0];
    if (!match || match.strength < 2) continue;
    const quotes = quotesBy(parsed, match.person);
    const quote = quotes.find((q) => q.key) ?? quotes[0];
    if (quote) return { index: quote.sentence, coverage: 1, answer: quote.text, fit: 1 };
  }
  return null;
}

/** The first extractor that finds something, with the fit its position in the list earns. */
function firstOf(...found: Array<[string | null, number]>): Extracted | null {
  for (const [text, fit] of found) if (text) return { text, fit };
  return null;
}

function extractAnswer(
  parsed: ParsedArticle,
  index: number,
  question: string,
  type: QuestionType,
): Extracted | null {
  const sentence = parsed.sentences[index] ?? '';
  const asked = namesInQuestion(question);
  const notAsked = (name: string) => !asked.some((a) => a.includes(name) || name.includes(a));
  switch (type) {
    case 'person':
      return firstOf(
        [agentAfterBy(sentence, question), 1],
        [peopleIn(parsed, sentence, notAsked), 1],
        [organisationsIn(parsed, sentence, notAsked), 0.3],
      );
    case 'organisation':
      return firstOf(
        [organisationsIn(parsed, sentence, notAsked), 1],
        [agentAfterBy(sentence, question), 0.7],
      );
    case 'place':
      return firstOf([placeIn(parsed, sentence, notAsked), 1]);
    case 'date':
      return firstOf([dateIn(parsed, index, sentence), 1]);
    case 'number':
      return firstOf([numberIn(sentence), 1]);
    case 'reason':
      return firstOf([reasonIn(sentence), 1]);
    case 'quote':
      return firstOf([/["“]/.test(sentence) ? sentence : null, 1]);
    case 'description':
      return firstOf([sentence, 0.5]);
  }
}

/** Entities named in the sentence, in the order they appear. */
function inOrder<T extends { name: string; aliases: string[] }>(sentence: string, entities: T[]): T[] {
  return entities
    .map((e) => ({
      e,
      at: Math.min(
        ...namesOf(e)
          .map((n) => findName(sentence, n))
          .filter((i) => i >= 0),
      ),
    }))
    .filter((x) => Number.isFinite(x.at))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.e);
}

function peopleIn(parsed: ParsedArticle, sentence: string, keep: (name: string) => boolean): string | null {
  const names = inOrder(sentence, parsed.people)
    .map((p) => p.name)
    .filter(keep);
  return names.length > 0 ? joinNames(names) : null;
}

function organisationsIn(
  parsed: ParsedArticle,
  sentence: string,
  keep: (name: string) => boolean,
): string | null {
  const names = inOrder(sentence, parsed.organizations)
    .map((o) => o.name)
    .filter(keep);
  return names.length > 0 ? joinNames(names) : null;
}

/**
 * The agent of a passive verb the question uses: "who mediated the talks?" against "The talks
 * were mediated by Omani officials" gives "Omani officials" (a capitalised phrase, optionally
 * followed by one plural noun).
 */
function agentAfterBy(sentence: string, question: string): string | null {
  const verbs = new Set(focusStems(question));
  const re = /\b(\w+)\s+by\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}+s)?)\b/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (verbs.has(stem(m[1] ?? ''))) return (m[2] ?? '').replace(/^the\s+/, '');
  }
  return null;
}

/** The place after a locative preposition ("in Oman") first, else the first place named. */
function placeIn(parsed: ParsedArticle, sentence: string, keep: (name: string) => boolean): string | null {
  const places = inOrder(sentence, parsed.places).filter((p) => keep(p.name));
  const located = places.find((p) =>
    namesOf(p).some((n) => {
      const at = findName(sentence, n);
      return at >= 0 && /\b(?:in|at|near|inside|outside|to|from)\s+(?:the\s+)?$/i.test(sentence.slice(0, at));
    }),
  );
  if (located ?? places[0]) return (located ?? places[0])!.name;
  const fallback = /\b(?:in|at)\s+((?:\p{Lu}[\p{L}'’-]*\s?)+)/u.exec(sentence);
  return fallback?.[1]?.trim() || null;
}

function dateIn(parsed: ParsedArticle, index: number, sentence: string): string | null {
  const mention = parsed.dates.find((d) => d.sentence === index && !d.caption);
  if (mention) {
    const formatted = formatDateValue(mention.value, mention.granularity);
    return formatted ? `${formatted.label} (${mention.text})` : mention.text;
  }
  const written =
    /\b(?:on|in|since|by|until|last|next|this)?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})(?:\s+\d{1,2}(?:,\s*\d{4})?)?\b/.exec(
      sentence,
    );
  return written?.[0].trim() ?? null;
}

function numberIn(sentence: string): string | null {
  const m =
    /\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|hundred)?(?:\s+\p{L}+)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|millions)\s+\p{L}+/iu.exec(
      sentence,
    );
  return m?.[0].trim() ?? null;
}

function reasonIn(sentence: string): string | null {
  const m =
    /\b(?:because(?: of)?|due to|in order to|so that|as a result of|in response to|to prevent|to avoid)\b[^.;]*/i.exec(
      sentence,
    );
  return m?.[0].trim() ?? null;
}
