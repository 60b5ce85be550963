import { isPersonNoun } from '../engine/entities/role-nouns.js';
import type { ArticleHit, ArticleStore, StoredArticle } from '../store/store.js';
import {
  type ArticleIndex,
  articleIndex,
  lemmaWeights,
  rankSentences,
  type ScoredSentence,
  searchTerms,
} from './evidence.js';
import { passiveAgent } from './agent.js';
import { bodyBeforeVerb } from './body-subject.js';
import { withQuoteMarks } from './quote-marks.js';
import { coordinated } from './coordinated-object.js';
import { passesAnswerable, type ReplySignals, replySignals } from './answerable.js';
import { firstOfPair } from './pair.js';
import { wholeMargin } from './margin-pair.js';
import { withWrittenBound } from './written-bound.js';
import { nameAfterKind, nameOfKind } from './kind.js';
import { doerByWordOrder } from './doer.js';
import { winnerByCue } from './winner.js';
import { ageAnswer, ageQuestionOf } from './age.js';
import { asksWhyNot, contrastAnswer } from './contrast.js';
import { calledAs } from './appellation.js';
import { consequenceReason } from './consequence.js';
import type { Candidate as Phrase } from './candidates.js';
import { identityAnswer, outletOfPerson } from './identity.js';
import { isBareName } from './identity-guard.js';
import { figureOfOtherMeasure } from './measure-kind.js';
import { nameNotOfNoun } from './name-of.js';
import { figureNotACount } from './not-a-count.js';
import { isQuestionsOwnName } from './own-name.js';
import { asksWinner, onLosingSide } from './loser-side.js';
import { withFullName } from './full-name.js';
import { needsAskedVerb } from './verb-check.js';
import { makerOfAskedWork } from './work-maker.js';
import { lemma, rootMatch } from './lexicon.js';
import { listAfterKind, pluralKindOfWho } from './list-answer.js';
import { nameOfThing } from './naming.js';
import { agentObject, objectAnswer, objectQuestionOf } from './object.js';
import { findPeople, namesOf } from './facts.js';
import { gatherOnce } from './gather-memo.js';
import { questionView } from './features.js';
import { qaModel } from './model.js';
import { withBound } from './number-bound.js';
import { completePhrase, countingUnit, phraseOf } from './phrase.js';
import { gatherCandidates, pickCandidate, sameNumberShare, wholeAnswer, withUnit } from './pick.js';
import type { ConversationMemory } from './memory.js';
import { mergeFollowUp, type ParsedQuestion, parseQuestion, type QuestionType } from './question.js';
import { quoteAnswer } from './quotes.js';
import { relationAnswer, relationOf } from './relation.js';
import { findName, isStopWord, words } from './text.js';
import { signedHomeTown } from './signature.js';
import { originOfAsked } from './origin.js';
import { saysUnknown } from './unknown.js';
import { typedAnswerBesideDoubt } from './known-beside-unknown.js';
import { placeBesideFocus, withState, withVenue } from './where.js';
import { datelineAnswer } from './dateline.js';
import { isKnownPlace, withJoinedPlace } from './place-list.js';
import { withRegion } from './place-region.js';
import { dateBeforeEventNoun } from './event-date.js';
import { eventDateOverReply } from './event-date-sole.js';
import { withDateRange } from './date-range.js';
import { inCapitalsHeadline } from './caps-headline.js';
import { quotedTerm } from './term.js';
import { wholeQuotedTitle, withTitleArticle } from './title-extent.js';
import { nameHeadedByKind } from './kind-head.js';
import { titledPersonOfKind } from './titled-kind.js';
import { withWholeName } from './name-connectors.js';
import { showOfInterview } from './show-title.js';
import { showNamedNearby } from './show-nearby.js';
import { utteredWords } from './uttered.js';
import { saidGapFiller } from './said-gap.js';
import { yesNoAnswer } from './yesno.js';
import { yesNoBySurname } from './yesno-surname.js';
import { reportDayOnly } from './report-date.js';
import { asksClockTime, clockTimeAnswer } from './clock-time.js';
import { placeTiedBelowBar } from './place-bar.js';
import { typedTiedBelowBar } from './typed-bar.js';
import { KIND_FLOOR, kindLifted } from './kind-bar.js';
import { kindReadAsVerb } from './kind-as-verb.js';
import { outletSpokenTo } from './outlet-spoken.js';
import { outletToldInArticle } from './outlet-told.js';
import { storeSentenceLimits } from './store-budget.js';
import { withWholePlace } from './place-extent.js';
import { placeBeforePersonNoun } from './constituency.js';
import { withAskedFigure } from './number-clause.js';
import { asksAuthor, authorLine } from './author.js';
import { asksForPaper, mastheadAnswer, namesPersonOrPlace } from './masthead.js';

/**
 * Question answering over stored articles: parse the question, settle the scope (the article it
 * names, else the one the conversation is about, else the whole store by full-text search, newest
 * first on a tie), rank the scope's sentences by the question's focus words, gather candidate
 * phrases from the best of them and let the learned scorer (models/qa) pick the shortest phrase
 * that answers, and say "not found" rather than guess. Extractive only: every answer is a phrase
 * with the sentence it was read from as evidence.
 */

export interface QaContext {
  store: ArticleStore;
  /** Answer from this article only. */
  articleId?: string;
  /** The channel whose current article is the default scope. */
  channelKey?: string;
  /** The thread, when the question is asked in one: its article and last question come first. */
  threadKey?: string;
  /** Where the last question per thread is kept for follow-ups ("and where?"). */
  memory?: ConversationMemory;
  /**
   * Evidence sentences read in all, over every retrieved article, when the whole store is the
   * scope (store-budget.ts); STORE_SENTENCES unless given. Infinity reads each article's best
   * `settings.sentences`, as a one-article question does (eval/store-wide-questions.ts compares).
   */
  storeSentences?: number;
}

/** answered: a span of the expected type; unknown: the article says it isn't known; not-found: neither. */
export type AnswerStatus = 'answered' | 'unknown' | 'not-found';

export interface QaAnswer {
  /** The phrase that answers, or null when the article doesn't say. */
  answer: string | null;
  /** The sentence the answer comes from, or the closest one when there is no answer. */
  evidence: string | null;
  articleId: string | null;
  /** Index of the evidence sentence in the article. */
  sentence: number | null;
  /** 0 to 1: how much of the question the evidence covers and whether a typed answer was found. */
  confidence: number;
  type: QuestionType;
  status: AnswerStatus;
  /** The best few sentences retrieved, in article order: what an LLM may phrase an answer from. */
  passages: string[];
  /** What the "is this reply right" classifier read, when the scorer picked the reply (for the trainer). */
  signals?: ReplySignals;
}

/** An "it is not known" sentence must cover the question well to speak for the article. */
const MIN_UNKNOWN_COVERAGE = 0.6;
/** Sentences per article tried for extraction, best covered first. */
const CANDIDATES_PER_ARTICLE = 8;
/** What the lead sentences count as evidence for a question with no focus words. */
const LEAD_COVERAGE = 0.5;
/** Articles tried when the whole store is the scope. */
const STORE_ARTICLES = 5;
/**
 * Evidence sentences read in all across a store-wide question's articles (store-budget.ts), and
 * the fewest any one of them reads: a store-wide question reads as many sentences as a
 * one-article question (`settings.sentences` is 16), not five times as many. Chosen on the
 * training questions asked of one store of all 840 PolNeAR-train articles with no article in
 * scope (eval/store-wide-questions.ts, articles 2..599; 600..839 confirmed): budgets 12 / 16 /
 * 24 / 32 / 48 / unbounded read 896 / 897 / 899 / 900 / 901 / 901 of 1,843 right at 5.3 / 5.6 /
 * 6.6 / 7.3 / 9.2 / 9.5 ms CPU per question (mean); 16 is the one-article setting and keeps all
 * but 4 (0.2 point). The fewest (3) was not tuned. ADR 015, session 21.
 */
export const STORE_SENTENCES = 16;
const STORE_SENTENCES_LEAST = 3;
/** A store-wide tie closer than this goes to the newer article. */
const TIE = 0.05;
/** The most BM25 adds to a sentence's score: enough to break near ties of coverage, no more. */
const BM25_PUSH = 0.08;

export const UNKNOWN_ANSWER = 'The article says this is not known.';

interface Candidate {
  index: number;
  coverage: number;
  /** Coverage of the evidence sentence read with the one before it (evidence.ts windowCoverage). */
  windowCoverage?: number;
  /** Share of the question's name words the evidence holds (1 when it names no one). */
  names?: number;
  answer: string | null;
  fit: number;
  status: AnswerStatus;
  /** Small push for sentences the store's BM25 ranks high. */
  bm25: number;
  /** The scorer's reply as the answerable classifier reads it (absent for rule answers). */
  signals?: ReplySignals;
}

function score(c: Candidate): number {
  const typed = c.status === 'answered' ? 0.3 * c.fit : c.status === 'unknown' ? 0.18 : 0;
  return c.coverage + typed + c.bm25;
}

/** Question types that only one kind of phrase answers (a date, a number): see minCoverageTyped. */
const TYPED: ReadonlySet<QuestionType> = new Set(['date', 'number']);

/** The least coverage a reply of the type needs to be answered. */
function coverageBarFor(type: QuestionType): number {
  const { minCoverage, minCoverageTyped } = qaModel().settings;
  return TYPED.has(type) ? (minCoverageTyped ?? minCoverage) : minCoverage;
}

function isAnswered(c: Candidate, type: QuestionType): boolean {
  const { minCoverage, minCoverageTyped, minProbability, minProbabilityOpen, minNames } = qaModel().settings;
  const bar = type === 'description' ? (minProbabilityOpen ?? minProbability) : minProbability;
  const coverageBar = TYPED.has(type) ? (minCoverageTyped ?? minCoverage) : minCoverage;
  // The sentence read with the one before it: "He was shot in a small town" answers "where was
  // <name> shot" when the name is in the sentence before.
  const coverage = Math.max(c.coverage, c.windowCoverage ?? 0);
  if (c.status === 'answered')
    return (
      coverage >= coverageBar &&
      c.fit >= bar &&
      (c.names ?? 1) >= minNames &&
      passesAnswerable(c.signals, qaModel().answerable)
    );
  if (c.status === 'unknown') return c.coverage >= MIN_UNKNOWN_COVERAGE;
  return false;
}

export async function answerQuestion(question: string, ctx: QaContext): Promise<QaAnswer> {
  const conversation = ctx.threadKey ?? ctx.channelKey;
  let q = parseQuestion(question);
  let rememberedArticle: string | null = null;
  const previous = conversation && ctx.memory ? ctx.memory.recall(conversation) : null;
  if (previous && q.followUp) {
    q = mergeFollowUp(q, previous.question);
    rememberedArticle = previous.articleId;
  }
  const { articles, storeWide } = await scopeArticles(q, ctx, rememberedArticle);
  const most = qaModel().settings.sentences;
  const rankings = articles.map((article) =>
    q.focus.length > 0 ? rankSentences(indexOf(article), q.focus) : [],
  );
  const limits =
    storeWide && articles.length > 1
      ? storeSentenceLimits(rankings, ctx.storeSentences ?? STORE_SENTENCES, most, STORE_SENTENCES_LEAST)
      : articles.map(() => most);
  let best: { article: StoredArticle; candidate: Candidate } | null = null;
  for (const [i, article] of articles.entries()) {
    const candidate = bestInArticle(article, q, rankings[i] ?? [], limits[i] ?? most);
    if (!candidate) continue;
    const better =
      !best ||
      score(candidate) > score(best.candidate) + TIE ||
      (score(candidate) > score(best.candidate) - TIE &&
        (article.published ?? '') > (best.article.published ?? ''));
    if (better) best = { article, candidate };
  }
  const result = toAnswer(q, best, articles[0] ?? null);
  if (conversation && ctx.memory) ctx.memory.remember(conversation, q, result.articleId);
  return result;
}

function toAnswer(
  q: ParsedQuestion,
  best: { article: StoredArticle; candidate: Candidate } | null,
  fallback: StoredArticle | null,
): QaAnswer {
  if (!best) {
    return {
      answer: null,
      evidence: null,
      articleId: fallback?.id ?? null,
      sentence: null,
      confidence: 0,
      type: q.type,
      status: 'not-found',
      passages: [],
    };
  }
  const { article, candidate } = best;
  const answered = isAnswered(candidate, q.type);
  const status: AnswerStatus = answered ? candidate.status : 'not-found';
  const confidence = answered
    ? 0.6 * candidate.coverage +
      0.3 * (status === 'unknown' ? 0.6 : candidate.fit) +
      Math.min(0.1, candidate.bm25 * 1.25)
    : 0.5 * candidate.coverage * (candidate.status === 'answered' ? candidate.fit : 0.5);
  const evidence = article.parsed.sentences[candidate.index] ?? null;
  return {
    answer:
      status === 'answered' && candidate.answer !== null
        ? shapeAnswer(q, candidate.answer, article, evidence ?? '')
        : status === 'unknown'
          ? UNKNOWN_ANSWER
          : null,
    evidence,
    articleId: article.id,
    sentence: candidate.index,
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    type: q.type,
    status,
    passages: passages(article, q, candidate.index),
    ...(candidate.signals ? { signals: candidate.signals } : {}),
  };
}

/**
 * The scored phrase made whole as its evidence writes it, one step after another, in this order:
 * a name's particle, a surname to the full name, a title whole, things named together kept
 * together (coordinated-object.ts), a place with its state and venue, a date with its span.
 */
function shapeAnswer(q: ParsedQuestion, scored: string, article: StoredArticle, evidence: string): string {
  let answer = withNameParticle(scored, evidence);
  answer = personWhole(q, answer, article, evidence);
  answer = titleWhole(q, answer, evidence);
  answer = coordinated(q, answer, evidence);
  answer = placeWithState(q, answer, evidence, article.parsed);
  return spanOfDates(q, answer, evidence);
}

/** "Who ...?" answered with a surname alone: the person's full name, when only one person has it. */
function personWhole(q: ParsedQuestion, answer: string, article: StoredArticle, evidence: string): string {
  return q.type === 'person' ? withFullName(answer, article.parsed, evidence) : answer;
}

/** A date answer that is one end of a span written in the evidence answers with the span. */
function spanOfDates(q: ParsedQuestion, answer: string, evidence: string): string {
  return q.type === 'date' ? withDateRange(answer, evidence) : answer;
}

/** The article's cached sentence index, keyed so an edited article gets a fresh one. */
function indexOf(article: StoredArticle): ArticleIndex {
  return articleIndex(`${article.id}:${article.contentHash}`, article.parsed);
}

/** The evidence sentence plus the next best covered ones, in article order. */
function passages(article: StoredArticle, q: ParsedQuestion, evidence: number): string[] {
  const chosen = new Set([
    evidence,
    ...rankSentences(indexOf(article), q.focus)
      .slice(0, 3)
      .map((s) => s.index),
  ]);
  return [...chosen]
    .sort((a, b) => a - b)
    .slice(0, 4)
    .map((i) => article.parsed.sentences[i] ?? '')
    .filter(Boolean);
}

/**
 * Articles holding every search word (an intersection of posting lists: cheap even on a large
 * store), then every word but the shortest ones, longest (usually rarest) words kept last to go;
 * "any of the words" only for the two longest, since ranking every article that holds one common
 * word is what makes a large store slow.
 */
async function storeSearch(store: ArticleStore, terms: string): Promise<ArticleHit[]> {
  const words = terms.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const byLength = [...words].sort((a, b) => b.length - a.length);
  for (let keep = byLength.length; keep >= 2; keep--) {
    const hits = await store.search(byLength.slice(0, keep).join(' '), STORE_ARTICLES, 'all');
    if (hits.length > 0) return hits;
  }
  return await store.search(byLength.slice(0, 2).join(' '), STORE_ARTICLES, 'any');
}

/**
 * The article named (by the caller or in the question), else the conversation's article (the
 * thread's, then the channel's, then the one a follow-up's question was about), else the best
 * full-text matches across the store.
 */
async function scopeArticles(
  q: ParsedQuestion,
  ctx: QaContext,
  remembered: string | null,
): Promise<{ articles: StoredArticle[]; storeWide: boolean }> {
  const { store } = ctx;
  const one = (article: StoredArticle | null | undefined) => ({
    articles: article ? [article] : [],
    storeWide: false,
  });
  if (ctx.articleId) return one(await store.getArticle(ctx.articleId));
  if (q.articleRef) {
    const named = (await store.findArticles(q.articleRef, 1))[0];
    if (named) return one(named);
  }
  for (const id of [
    remembered,
    ctx.threadKey && (await store.getChannelArticle(ctx.threadKey)),
    ctx.channelKey && (await store.getChannelArticle(ctx.channelKey)),
  ]) {
    const article = id ? await store.getArticle(id) : null;
    if (article) return one(article);
  }
  const found = new Map<string, StoredArticle>();
  const terms = searchTerms(q);
  // Article-level BM25 (titles weigh more) picks the candidates; their sentences are ranked in memory.
  for (const hit of await storeSearch(store, terms)) found.set(hit.article.id, hit.article);
  if (found.size === 0) {
    const latest = (await store.latest(1))[0];
    if (latest) found.set(latest.id, latest);
  }
  return { articles: [...found.values()], storeWide: true };
}

/**
 * "where did it happen?" names nothing: "it" is the story itself, which news writing puts in
 * its first sentences. They stand in as evidence, at a coverage that clears the bar but never
 * looks like a full match.
 */
function leadSentences(count: number): ScoredSentence[] {
  // Never below the chosen coverage bar: the lead stands in for a question that names nothing.
  const floor = Math.max(LEAD_COVERAGE, qaModel().settings.minCoverage);
  return [0, 1, 2]
    .filter((i) => i < count)
    .map((i) => {
      const coverage = Math.min(1, floor + 0.1 - 0.05 * i);
      return { index: i, coverage, bm25: 0, windowCoverage: coverage };
    });
}

/** Places and people are not named by "<Name> <kind>": "United States" is no state, "Green candidate" no name. */
const HEADED_TYPES: ReadonlySet<QuestionType> = new Set(['organisation', 'description']);

/**
 * An answer a dedicated reader found outright (a relation, an age, a yes or no): it stands as
 * given, outside the learned pick, so it carries full fit and no store push.
 */
function directAnswer(found: { sentence: number; coverage: number; text: string }): Candidate {
  return {
    index: found.sentence,
    coverage: found.coverage,
    answer: found.text,
    fit: 1,
    status: 'answered',
    bm25: 0,
  };
}

/**
 * The article's best reply. `covered`: its sentences ranked by the question's focus words
 * (rankSentences); `sentences`: how many of them candidates are gathered from (the model's
 * setting, fewer for a store-wide question's weaker articles: store-budget.ts).
 */
function bestInArticle(
  article: StoredArticle,
  q: ParsedQuestion,
  covered: ScoredSentence[],
  sentences: number,
): Candidate | null {
  const { parsed } = article;
  // "Who wrote this article?": the credit line at its end (author.ts).
  if (q.type === 'person' && asksAuthor(q.text)) {
    const found = authorLine(parsed);
    if (found) return directAnswer(found);
  }
  if (q.identity) {
    const person = findPeople(parsed, q.identity).find((m) => m.strength >= 2)?.person ?? null;
    const wanted = q.identity.toLowerCase();
    const entity = person
      ? null
      : ([...parsed.organizations, ...parsed.places].find((e) =>
          namesOf(e).some((n) => n.toLowerCase() === wanted),
        ) ?? null);
    const found = identityAnswer(parsed, person, entity, q.identity);
    if (found) return directAnswer({ ...found, coverage: 1 });
  }
  // "what is the title of X's book?": the name written in apposition after "book".
  const thingName = q.type === 'description' ? nameOfThing(parsed, q.text) : null;
  if (thingName) return directAnswer({ ...thingName, coverage: 1 });
  // "which network is X with?": the outlet written beside the journalist's name.
  if (q.type === 'organisation') {
    const found = outletOfPerson(parsed, q.askedNoun, q.names);
    if (found) return directAnswer({ ...found, coverage: 1 });
  }
  // "who is X's father?", "who trains X?": the name the article writes beside that role noun.
  const relation = q.type === 'person' ? relationOf(q.text) : null;
  if (relation) {
    const found = relationAnswer(parsed, relation);
    if (found) return directAnswer(found);
  }
  // "how old is X?": the age written beside X's name ("X, 33,", "33-year-old X").
  const aged = q.type === 'number' ? ageQuestionOf(q.text) : null;
  if (aged) {
    const found = ageAnswer(parsed, aged);
    if (found) return directAnswer({ ...found, coverage: 1 });
  }
  if (q.type === 'quote') {
    const quote = quoteAnswer(parsed, q);
    if (quote) {
      const coverage = 0.6 + 0.4 * quote.overlap;
      // The words and who said them: "what did X say" wants both, and the quote alone can mislead.
      const answer = `${quote.speaker}: “${quote.text}”`;
      return { index: quote.sentence, coverage, answer, fit: 1, status: 'answered', bm25: 0 };
    }
  }
  // "Where was the race held?" in an article that never says "race" or "held" asks about
  // the story itself, as a question naming nothing does: news writing gives the event's place
  // and time in its first sentences. Only for "where" and "when": the lead answers those with a
  // phrase of exactly the asked kind (see usable below), or not at all.
  const ranked =
    covered.length > 0 || (q.focus.length > 0 && !LEAD_TYPES.has(q.type))
      ? covered
      : leadSentences(parsed.sentences.length);
  if (ranked.length === 0) return null;
  if (q.type === 'yesno') {
    const found =
      yesNoAnswer(parsed, q, ranked) ??
      yesNoBySurname(parsed, q, (focus) => rankSentences(indexOf(article), focus));
    return found ? directAnswer(found) : null;
  }
  // "Why did X not ...?": the turn after what was meant to happen ("... but Y refused").
  if (q.type === 'reason' && asksWhyNot(q.text)) {
    const found = contrastAnswer(parsed, ranked, qaModel().settings.minCoverage);
    // "<X>, who ... but <aside>, is not seeking a second term due to <cause>": a cause stated outside
    // the turn is the reason; the turn is an aside (a turn that states it, "not because A but because B", stays).
    const causeElsewhere =
      found && STATED_CAUSE.test(parsed.sentences[found.sentence] ?? '') && !STATED_CAUSE.test(found.text);
    if (found && !causeElsewhere) return directAnswer(found);
  }
  // "Why would X ...?" answered by "<cause>, so <what the question asks>".
  if (
    q.type === 'reason' &&
    !ranked.slice(0, 3).some((r) => STATED_CAUSE.test(parsed.sentences[r.index] ?? ''))
  ) {
    const found = consequenceReason(parsed, ranked, q.focus, qaModel().settings.minCoverage);
    if (found) return directAnswer(found);
  }
  // "Which outlet named X ...?" in "X, named by the Courier ...": the passive's agent.
  if ((q.type === 'organisation' || q.type === 'person') && q.subjectAsked && covered.length > 0) {
    const found = passiveAgent(parsed, q.verb, ranked.slice(0, 1));
    if (found) return directAnswer(found);
  }
  // "What did the crowd chant?": the words quoted after the verb (uttered.ts).
  if (q.type === 'description' && covered.length > 0) {
    const found =
      utteredWords(parsed, q.text, ranked) ??
      calledAs(parsed, q.text, nearTop(ranked)) ??
      // "What did X say would be too costly?": the part of the reported clause the question leaves out (said-gap.ts).
      saidGapFiller(parsed, q.text, ranked.slice(0, CANDIDATES_PER_ARTICLE), coverageBarFor(q.type));
    if (found) return directAnswer(found);
  }
  // "Which two officials ...?", "who were the delegates?": the names set off after the kind (list-answer.ts).
  const listKind = q.several && JOINED_TYPES.has(q.type) ? (q.askedNoun ?? pluralKindOfWho(q.text)) : null;
  if (listKind && covered.length > 0) {
    const bar = qaModel().settings.minCoverage;
    const near = ranked
      .slice(0, 3)
      .filter((r) => r.coverage >= bar && r.coverage >= ranked[0]!.coverage - 0.2);
    const found = listAfterKind(parsed, listKind, near);
    if (found) return directAnswer(found);
  }
  // "Which super PAC ran the ad?": the name whose apposition says it is one; "in which town ...?":
  // the name written right after its kind noun ("the town of Vellby") (kind.ts).
  if (
    /^\s*(?:(?:in|on|at|from|to)\s+)?(?:which|what)\s/i.test(q.text) &&
    q.type !== 'date' &&
    q.type !== 'number' &&
    covered.length > 0
  ) {
    const bar = qaModel().settings.minCoverage;
    const near = ranked
      .slice(0, 3)
      .filter((r) => r.coverage >= bar && r.coverage >= ranked[0]!.coverage - 0.2);
    const found =
      quotedTerm(parsed, q.askedNoun, ranked) ??
      nameOfKind(parsed, q.text, near) ??
      (q.askedNoun
        ? (nameAfterKind(
            parsed,
            { noun: q.askedNoun, place: q.type === 'place', several: q.several },
            near,
          ) ??
          // "Which PAC ...?" in "<Name> PAC paid ...": a thing's name with its kind noun (kind-head.ts).
          (HEADED_TYPES.has(q.type)
            ? nameHeadedByKind(
                parsed,
                { noun: q.askedNoun, question: q.text },
                // A title-case headline capitalises every word: no run there is known to be a name.
                near.slice(0, 1).filter((r) => !isTitleCase(parsed.sentences[r.index] ?? '')),
              )
            : null))
        : null) ??
      // "Which senator ...?" in "Sen. Ana Ruiz said ...": the name after the kind's title (titled-kind.ts).
      (q.type === 'person' && q.askedNoun && !q.several
        ? titledPersonOfKind(parsed, { noun: q.askedNoun, question: q.text }, near)
        : null) ??
      // "On which program did X speak?": the quoted title after "on <Channel>'s" by X's name (show-title.ts).
      showOfInterview(parsed, q, ranked.slice(0, CANDIDATES_PER_ARTICLE), bar) ??
      // "Which group filed the suit?" in "Harbour Watch, a tenants' group, filed ...": the body before the verb (body-subject.ts).
      (HEADED_TYPES.has(q.type) ? bodyBeforeVerb(parsed, q, near) : null);
    if (found) return directAnswer(found);
  }
  // "Which network interviewed X?" in "X told KVTV": the outlet after the speech verb (outlet-spoken.ts).
  const spokenTo = covered.length > 0 ? outletSpokenTo(parsed, q, nearTop(ranked)) : null;
  if (spokenTo) return directAnswer(spokenTo);
  // "Who won the primary?" where two people win something in the best sentence; "who did X
  // take on?": the name word order puts before (or after) the question's verb (doer.ts).
  if (q.type === 'person' && covered.length > 0) {
    const bar = qaModel().settings.minCoverage;
    const near = ranked
      .slice(0, 3)
      .filter((r) => r.coverage >= bar && r.coverage >= ranked[0]!.coverage - 0.2);
    const found = doerByWordOrder(parsed, q, near);
    // "Ruiz was joined by Kell" read by word order for "who joined Ruiz?": the question's own name.
    if (found && !isQuestionsOwnName(found.text, q.text, q.identity) && !beatenSide(q.text, parsed, found))
      return directAnswer(found);
    // "Who won X?" in "<Y> lost X to <Z>", "X winner <Z>", "<Z> took down <Y>" (winner.ts).
    const winner = winnerByCue(parsed, q, near);
    if (winner && !isQuestionsOwnName(winner.text, q.text, q.identity)) return directAnswer(winner);
  }
  // "Where is X from?" under a letter signed "X." / "Town, St.".
  const home = signedHomeTown(parsed, q, ranked);
  if (home) return directAnswer(home);
  // "Where is X from?" in "X, 34, of Vellport" or "X, who grew up in Vellport" (origin.ts).
  const origin = q.type === 'place' ? originOfAsked(parsed, q.text, ranked) : null;
  // The cue ties the place to the asked name, so the name alone covers the question enough.
  if (origin) return directAnswer({ ...origin, coverage: Math.max(origin.coverage, coverageBarFor(q.type)) });
  // "Where did the talks stall?": the place written right after the event's word in the best sentence.
  if (q.type === 'place' && /^\s*where\b/i.test(q.text) && covered.length > 0) {
    const found = placeBesideFocus(parsed, q.focus, ranked.slice(0, 1)) ?? datelineAnswer(parsed, q.focus);
    if (found) return directAnswer(found);
  }
  // "At what time did the ferry leave?": the clock time, not the day (clock-time.ts).
  if (q.type === 'date' && asksClockTime(q.text)) {
    const found = clockTimeAnswer(
      parsed,
      q.text,
      ranked.slice(0, CANDIDATES_PER_ARTICLE),
      coverageBarFor(q.type),
    );
    if (found) return directAnswer(found);
  }
  // "When was the fire?" in "since the March 4 fire": the date set before the event's noun.
  if (q.type === 'date' && covered.length > 0) {
    const bar = qaModel().settings.minCoverageTyped ?? qaModel().settings.minCoverage;
    const near = ranked.filter((r) => r.coverage >= bar && r.coverage >= ranked[0]!.coverage - 0.2);
    const found = dateBeforeEventNoun(parsed, q.focus, near.slice(0, 3));
    if (found) return directAnswer(found);
  }
  // The article itself saying it isn't known speaks for it when it covers the question well.
  const unknown = ranked
    .slice(0, CANDIDATES_PER_ARTICLE)
    .find((r) => saysUnknown(parsed.sentences[r.index] ?? '', q.type));
  const model = qaModel();
  const view = questionView(q);
  const all = gatherOnce(
    // The same text may sit in two stores parsed with other dates or titles: all of them name it.
    () => JSON.stringify([article.contentHash, parsed.published, parsed.title, parsed.url, q, sentences]),
    () => gatherCandidates(parsed, view, ranked, sentences, lemmaWeights(indexOf(article), view.lemmas)),
  ).filter(
    (g) =>
      !headlineCasing(parsed, g) &&
      !(NAME_TYPES.has(q.type) && inCapitalsHeadline(g.candidate, parsed.sentences[g.sentence] ?? '')) &&
      !PRONOUN_CONTRACTION.test(g.candidate.text) &&
      !(q.type === 'person' && quotedTitle(g.candidate, parsed.sentences[g.sentence] ?? '')) &&
      !(q.type === 'person' && isQuestionsOwnName(g.candidate.text, q.text, q.identity)) &&
      // "Who won?" in "<A> took it, defeating <B>": the beaten side is never the winner (loser-side.ts).
      !(asksWinner(q.text) && onLosingSide(parsed.sentences[g.sentence] ?? '', g.candidate.start)) &&
      !PARTY_TAG.test(g.candidate.text) &&
      !(q.type === 'place' && namesPerson(parsed, g.candidate.text)) &&
      // "Where did X speak?" in "the <State> senator spoke in <Town>": a home, not the place (constituency.ts).
      !(
        q.type === 'place' &&
        q.wh === 'where' &&
        placeBeforePersonNoun(parsed.sentences[g.sentence] ?? '', g.candidate.start, g.candidate.end)
      ) &&
      !((q.type === 'place' || q.type === 'organisation') && CALENDAR_NAMES.test(g.candidate.text)),
  );
  // Without the question's words only a phrase of exactly the asked kind counts: the lead is a
  // weak witness, so the pick is made among those phrases alone (a name in the third sentence
  // must not outbid the place in the first).
  const gathered = covered.length > 0 ? all : all.filter((g) => KIND_FOR_TYPE[q.type] === g.candidate.kind);
  // Only a phrase no type check doubts shows the article holds an answer of the asked kind; when
  // there is none, "I can't find that" is the honest reply, whatever the scorer would pick.
  const scorers = gathered.some((g) => !g.doubted) ? pickCandidate(gathered, model) : null;
  // "Two were killed and 14 hurt": the figure of the clause the question asks about (number-clause.ts).
  const best =
    scorers && q.type === 'number'
      ? withAskedFigure(scorers, gathered, parsed.sentences[scorers.sentence] ?? '', q)
      : scorers;
  const picked =
    best &&
    withBound(
      sameNumberShare(
        wholeAnswer(
          withUnit(countingUnit(best, gathered, parsed, q.unit), gathered, view),
          gathered,
          view,
          parsed.sentences,
        ),
        gathered,
      ),
      gathered,
    );
  // Without focus words only a phrase of exactly the asked kind counts: the lead is a weak witness.
  const usable =
    picked &&
    (covered.length > 0 || KIND_FOR_TYPE[q.type] === picked.candidate.kind) &&
    // A person in a sentence without the question's verb is not known to be the one who did it,
    // unless it is the agent of the thing the question names ("a 2013 study by <name>"); a body
    // is named by what it made or holds, not by the verb (verb-check.ts).
    (picked.verb ||
      !needsAskedVerb(q.type) ||
      // "Which candidate did X support?": the kind noun stands as the question's verb (kind-as-verb.ts).
      kindReadAsVerb(q, picked.candidate.kind) ||
      agentOfAskedThing(parsed.sentences[picked.sentence] ?? '', picked.candidate.start, q) ||
      // "Who wrote <Book>?" in "<Name>’s <Book> details ...": the possessor made it (work-maker.ts).
      makerOfAskedWork(parsed.sentences[picked.sentence] ?? '', picked.candidate.end, q)) &&
    // "how many centrifuges": a number in a sentence that never says centrifuges counts something else.
    (!q.unit || saysUnit(parsed.sentences[picked.sentence] ?? '', q.unit));
  const top = ranked[0]!;
  // "What did the club promise?": the object of the question's verb (object.ts).
  const object = usable ? objectPick(parsed, q, picked.sentence) : null;
  const sentence = object?.sentence ?? picked?.sentence ?? 0;
  const completed = picked && (object?.candidate ?? completePhrase(picked.candidate, parsed, sentence, q));
  const shaped =
    completed && q.type === 'person'
      ? throughStateName(completed, parsed.sentences[sentence] ?? '')
      : completed;
  const named = shaped && wholeName(shaped, parsed.sentences[sentence] ?? '');
  const whole =
    named && JOINED_TYPES.has(q.type) && q.several
      ? namesJoined(named, parsed.sentences[sentence] ?? '')
      : named;
  const paired =
    whole && q.type === 'person'
      ? (personBeforeOf(parsed, whole, sentence) ?? whole)
      : whole && q.type === 'number'
        ? firstOfPair(whole, parsed.sentences[sentence] ?? '', q.names, peopleNames(parsed))
        : whole;
  // "What was A's lead?" (a number or a description question): both shares of "52 percent to 44
  // percent", not the leader's share alone (margin-pair.ts).
  const margined = paired && wholeMargin(paired, parsed.sentences[sentence] ?? '', q.text);
  // "close to 28,000", "minus 12", "a billion": the bound or sign written before the amount (written-bound.ts).
  const phrase = margined && withWrittenBound(margined, parsed.sentences[sentence] ?? '');
  const windowCoverage = ranked.find((r) => r.index === sentence)?.windowCoverage ?? picked?.coverage ?? 0;
  const scored: Candidate | null =
    usable && picked && phrase
      ? {
          index: sentence,
          coverage: picked.coverage,
          windowCoverage,
          names: picked.nameShare,
          // A description keeps the quotation marks its sentence writes around its words (quote-marks.ts).
          answer:
            q.type === 'description'
              ? withQuoteMarks(phraseOf(phrase, parsed), parsed.sentences[sentence] ?? '')
              : phraseOf(phrase, parsed),
          // How clearly its sentence points at the phrase: the sentence's own claim is its coverage.
          fit: picked.spanProbability,
          status: 'answered',
          bm25: BM25_PUSH * (ranked.find((r) => r.index === sentence)?.bm25 ?? 0),
          signals: replySignals({
            type: q.type,
            focus: q.focus,
            picked: { ...picked, candidate: phrase },
            candidateSentences: gathered.map((g) => g.sentence),
            sentence: parsed.sentences[sentence] ?? '',
            windowCoverage,
            articleRoots: indexOf(article).sentenceRoots,
          }),
        }
      : null;
  // "said Friday that the route would open": the day of the report, not of the asked event (report-date.ts).
  const answered =
    q.type === 'date' &&
    scored?.answer &&
    reportDayOnly(scored.answer, parsed.sentences[scored.index] ?? '', q.text)
      ? null
      : scored;
  // "Police said someone had set the fire": the doer of the question's verb is not known.
  if (answered && q.type === 'person' && q.subjectAsked && q.verb) {
    const evidence = parsed.sentences[answered.index] ?? '';
    if (unknownDoer(evidence, q.verb)) return { ...answered, answer: null, fit: 0, status: 'unknown' };
  }
  // "Which firm did Brandt co-found?" in an article that writes "the co-founder of Tarn Boats":
  // the scorer reads the question's verb and finds none, but the object reader knows its agent
  // noun; a sentence among the best eight that names everyone the question names is asked
  // (only when the question names someone: the names tie the sentence to the question).
  const byObject =
    answered && isAnswered(answered, q.type)
      ? null
      : objectInRanked(parsed, q, ranked.slice(0, CANDIDATES_PER_ARTICLE));
  const answeredOrObject = byObject ?? answered;
  // "a vote in May, though it is unclear whether it passes": the date is known (known-beside-unknown.ts).
  const answeredBeside = typedAnswerBesideDoubt(
    q.type,
    answered ? { index: answered.index, answered: isAnswered(answered, q.type) } : null,
    unknown,
    unknown ? (parsed.sentences[unknown.index] ?? '') : '',
  );
  if (
    unknown &&
    !answeredBeside &&
    unknown.coverage >= MIN_UNKNOWN_COVERAGE &&
    unknown.coverage >= (answered?.coverage ?? 0)
  ) {
    return {
      index: unknown.index,
      coverage: unknown.coverage,
      answer: null,
      fit: 0,
      status: 'unknown',
      bm25: 0,
    };
  }
  // "Who is X?" answered by the scorer with a bare name: a body or a place, not what X is.
  const bareName = q.identity && answeredOrObject?.answer && isBareName(answeredOrObject.answer);
  // "How many seats?" answered "9-year-old" or the "one" of "one of the first": another count (not-a-count.ts).
  const otherCount =
    q.type === 'number' &&
    answeredOrObject?.answer &&
    figureNotACount(answeredOrObject.answer, parsed.sentences[answeredOrObject.index] ?? '', q.text, q.unit);
  // "What share ...?" answered "three stations", "how many?" answered "$40,000": another measure (measure-kind.ts).
  const otherMeasure =
    q.type === 'number' &&
    answeredOrObject?.answer &&
    figureOfOtherMeasure(answeredOrObject.answer, q.text, q.money);
  // "What is the name of her firm?" answered by a name far from "firm", or a lowercase word (name-of.ts).
  const notTheName =
    answeredOrObject?.answer &&
    nameNotOfNoun(answeredOrObject.answer, parsed.sentences[answeredOrObject.index] ?? '', q.text);
  const reply = bareName || otherCount || otherMeasure || notTheName ? null : answeredOrObject;
  // "at the fair in Vellport" in a sentence short of the coverage bar: the place is still tied (place-bar.ts).
  if (reply && q.type === 'place' && /^\s*where\b/i.test(q.text) && !isAnswered(reply, q.type)) {
    const lifted = { ...reply, coverage: Math.max(reply.coverage, qaModel().settings.minCoverage) };
    if (placeTiedBelowBar(reply, parsed.sentences[reply.index] ?? '', q.names) && isAnswered(lifted, q.type))
      return lifted;
  }
  // "a protest by the group Harbour Watch" for "which group staged the protest?": the kind ties it (kind-bar.ts).
  // A "which/what <place kind>" question too ("which district ...?" in "the state's 12th District"):
  // over all training questions this turned 1 not-found reply right and changed no other.
  const bars = { coverage: coverageBarFor(q.type), probability: qaModel().settings.minProbability };
  const byKind =
    reply &&
    (NAMED_KIND_TYPES.has(q.type) || (q.type === 'place' && /^\s*(?:which|what)\b/i.test(q.text))) &&
    !isAnswered(reply, q.type) &&
    kindLifted(reply, parsed.sentences[reply.index] ?? '', q.askedNoun, bars);
  if (byKind && isAnswered(byKind, q.type)) return byKind;
  // "On Monday, Ana Ruiz cut the ribbon" for "when did Ruiz open it?": the names tie it (typed-bar.ts).
  if (reply && TYPED.has(q.type) && !isAnswered(reply, q.type)) {
    const lifted = { ...reply, coverage: Math.max(reply.coverage, coverageBarFor(q.type)) };
    if (typedTiedBelowBar(reply, parsed.sentences[reply.index] ?? '', q) && isAnswered(lifted, q.type))
      return lifted;
  }
  // No date, or only "this month": the one calendar date the article sets before the event's noun (event-date-sole.ts).
  if (q.type === 'date') {
    const sole = eventDateOverReply(
      parsed,
      q.focus,
      ranked,
      reply && isAnswered(reply, q.type) ? reply.answer : null,
    );
    if (sole) return directAnswer({ ...sole, coverage: Math.max(sole.coverage, coverageBarFor(q.type)) });
  }
  const noReply = !reply?.answer || !isAnswered(reply, q.type);
  // "Which newspaper ran the editorial?" unanswered, answered with a person or a place, or with
  // part of the paper's name ("The Harbour" of "The Harbour Sentinel"): the paper named by its
  // masthead in a best sentence (masthead.ts).
  if (covered.length > 0 && asksForPaper(q.text)) {
    const paper = mastheadAnswer(
      parsed,
      q,
      ranked.filter((r) => !isTitleCase(parsed.sentences[r.index] ?? '')),
      KIND_FLOOR,
    );
    const given = reply?.answer ?? '';
    const partOfPaper = paper !== null && given !== '' && given !== paper.text && paper.text.includes(given);
    if (paper && (noReply || partOfPaper || namesPersonOrPlace(parsed, given))) {
      return directAnswer({ ...paper, coverage: Math.max(paper.coverage, coverageBarFor(q.type)) });
    }
  }
  // "Which newspaper did X talk to?" answered otherwise while the article writes "X told <Outlet>"
  // (or "he told <Outlet>" opening X's quote) once, anywhere in it (outlet-told.ts).
  const told = covered.length > 0 ? outletToldInArticle(parsed, q) : null;
  if (told && (noReply || !(reply?.answer ?? '').includes(told.text))) {
    const coverage = ranked.find((r) => r.index === told.sentence)?.coverage ?? 0;
    return directAnswer({ ...told, coverage: Math.max(coverage, coverageBarFor(q.type)) });
  }
  // "On which show did X speak?" unanswered, or answered with words the article does not quote:
  // the title named after a channel in a best sentence (show-nearby.ts).
  if (
    covered.length > 0 &&
    (noReply || !quotedIn(reply?.answer ?? '', parsed.sentences[reply?.index ?? 0] ?? ''))
  ) {
    const show = showNamedNearby(parsed, q, ranked, KIND_FLOOR);
    if (show) return directAnswer({ ...show, coverage: Math.max(show.coverage, coverageBarFor(q.type)) });
  }
  return (
    reply ?? {
      index: top.index,
      coverage: top.coverage,
      answer: null,
      fit: 0,
      status: 'not-found',
      bm25: BM25_PUSH * top.bm25,
    }
  );
}

/** The answer carries its quotation marks, or its sentence writes them around it. */
function quotedIn(answer: string, sentence: string): boolean {
  if (/^[“"‘]/u.test(answer)) return true;
  const at = sentence.indexOf(answer);
  return at > 0 && /[“"‘]$/u.test(sentence.slice(0, at));
}

/** The best three sentences that clear the coverage bar and stay within 0.2 of the best one. */
function nearTop(ranked: readonly ScoredSentence[]): ScoredSentence[] {
  const bar = qaModel().settings.minCoverage;
  const best = ranked[0]?.coverage ?? 0;
  return ranked.slice(0, 3).filter((r) => r.coverage >= bar && r.coverage >= best - 0.2);
}

/**
 * The object of the question's verb in the picked sentence, when the question asks for one
 * (object.ts). Looking further, in other well covered sentences, changed nothing on news-dev or
 * XQuAD: the scorer's sentence is nearly always the one using the verb.
 */
function objectPick(
  parsed: StoredArticle['parsed'],
  q: ParsedQuestion,
  sentence: number,
): { sentence: number; candidate: Phrase } | null {
  const asked = OBJECT_TYPES.has(q.type) ? objectQuestionOf(q.text) : null;
  const candidate = asked ? objectAnswer(parsed, sentence, asked, q) : null;
  return candidate ? { sentence, candidate } : null;
}

const OBJECT_TYPES: ReadonlySet<QuestionType> = new Set(['description', 'organisation']);

function objectInRanked(
  parsed: StoredArticle['parsed'],
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): Candidate | null {
  const asked = OBJECT_TYPES.has(q.type) ? objectQuestionOf(q.text) : null;
  if (!asked || q.names.length === 0) return null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    if (!q.names.every((n) => words(n).some((w) => findName(sentence, w) >= 0))) continue;
    const found = agentObject(parsed, r.index, asked);
    // The agent noun stands for the question's verb, which the coverage does not count: the
    // sentence holds the names and the verb, so it clears the coverage bar.
    if (found)
      return {
        index: r.index,
        coverage: Math.max(r.coverage, qaModel().settings.minCoverage),
        windowCoverage: r.windowCoverage,
        answer: phraseOf(found, parsed),
        fit: 1,
        status: 'answered',
        bm25: 0,
      };
  }
  return null;
}

/**
 * "a 2013 study by economists Ana Ruiz and Ivo Kell", "an investigation by the Harbour Board":
 * the name after "<noun> by" made or did that noun, so it answers "who wrote the study?" though
 * the sentence never uses the question's verb. On PolNeAR train articles 0-499, 16 of the 17
 * "<study, report, poll, memo...> by <name>" named the maker (the other its possessor's relative).
 */
function agentOfAskedThing(sentence: string, start: number, q: ParsedQuestion): boolean {
  const m = /(\p{L}+)\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u.exec(sentence.slice(0, start));
  if (!m?.[1]) return false;
  const noun = lemma(m[1]);
  return noun !== q.verb && q.focus.some((f) => !f.name && f.lemma === noun);
}

/** Whether the sentence names what is counted, hyphenated compounds included ("a two-week ban"). */
function saysUnit(sentence: string, unit: string): boolean {
  const roots = new Set(words(sentence).flatMap((w) => w.split('-').map(lemma)));
  return rootMatch(unit, roots) > 0;
}

/** Questions answered by a name: capitals in a headline set in capitals say nothing for them. */
const NAME_TYPES: ReadonlySet<QuestionType> = new Set(['place', 'person', 'organisation']);

/** Question types a name of the asked kind answers ("which group", "which reporter"). */
const NAMED_KIND_TYPES: ReadonlySet<QuestionType> = new Set(['person', 'organisation', 'description']);

/** Question types the lead answers when no sentence holds the question's words. */
const LEAD_TYPES: ReadonlySet<QuestionType> = new Set(['place', 'date']);

/** The candidate kind a question about the lead (no focus words) must get to be answered. */
const KIND_FOR_TYPE: Partial<Record<QuestionType, string>> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  date: 'date',
  number: 'number',
};

/** Words that leave the doer unnamed: "someone had opened the gate", "was opened by an unknown man". */
const NOBODY_NAMED =
  /^(?:someone|somebody|some\s+one|an?\s+(?:unknown|unidentified|unnamed)(?:\s+\p{L}+)?|unknown\s+\p{L}+|unidentified\s+\p{L}+)$/iu;
/** What may stand between a subject and its verb: auxiliaries and hedging adverbs. */
const BETWEEN =
  /^(?:had|has|have|was|were|is|are|been|be|did|does|do|will|would|may|might|must|could|should|apparently|reportedly|allegedly|also|then|later|somehow|recently)$/i;

/**
 * "Staff said someone had defaced the sign": in the evidence, the question's verb has an
 * indefinite subject (or "by someone"), so the article says the doer is not known; any name
 * elsewhere in the sentence is someone else (who told, who found out).
 */
export function unknownDoer(sentence: string, verb: string): boolean {
  const tokens = sentence.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    if (lemma(tokens[i]!) !== verb) continue;
    let j = i - 1;
    while (j >= 0 && BETWEEN.test(tokens[j]!)) j--;
    const before = [tokens[j - 2], tokens[j - 1], tokens[j]].filter(Boolean) as string[];
    for (let k = 0; k < before.length; k++) if (NOBODY_NAMED.test(before.slice(k).join(' '))) return true;
    const after = tokens.slice(i + 1, i + 5).join(' ');
    if (/^by\s+(?:someone|somebody|an?\s+(?:unknown|unidentified)|unknown|unidentified)\b/i.test(after))
      return true;
  }
  return false;
}

/** Title case: most longer words capitalised, as many outlets write headlines. */
export function isTitleCase(sentence: string): boolean {
  const long = sentence.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (long.length < 3 || long.filter((w) => /^\p{Lu}/u.test(w)).length < 0.8 * long.length) return false;
  // A sentence dense with names ("Teams in Orrin Bay include the Harbour League (Orrin Gulls) ...") keeps
  // its small words in lower case; a title-case headline capitalises them too ("Says He Would").
  return sentence
    .split(/[^\p{L}'’]+/u)
    .slice(1)
    .some((w) => /^\p{Lu}\p{Ll}/u.test(w) && isStopWord(w));
}

const NAMED_KINDS = new Set(['person', 'people', 'name', 'organisation', 'place']);

/**
 * A "name" read from a title-case headline that the article never writes again: capitals there
 * say nothing, so "Boss Reveals" or "Surges" of "<Name> Surges" are no names. Each part
 * of a joined name ("A and B") must be written in another sentence. On 150 PolNeAR training
 * articles, 75 had title-case headlines; 127 of the 408 names found in them were in the body
 * and nearly every one of the other 281 ran a name into headline words or was no name at all.
 */
function headlineCasing(
  parsed: StoredArticle['parsed'],
  g: { candidate: Phrase; sentence: number },
): boolean {
  if (!NAMED_KINDS.has(g.candidate.kind) && !(g.candidate.kind === 'phrase' && g.candidate.named))
    return false;
  const sentence = parsed.sentences[g.sentence] ?? '';
  if (!isTitleCase(sentence)) return false;
  const others = parsed.sentences.filter((_, i) => i !== g.sentence);
  const parts = g.candidate.text.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter(Boolean);
  return !parts.every((part) => others.some((o) => o.includes(part)));
}

/**
 * "by an off-duty Kell County, Ore., deputy sheriff": a place name with its state set off by
 * commas modifies the person noun after it, as US news writes a local official's post. A "who"
 * answer that stops at the place runs on to that noun.
 */
export function throughStateName(c: Phrase, sentence: string): Phrase {
  const rest = sentence.slice(c.end);
  const m = /^,\s+(?:\p{Lu}[\p{L}.]*\s?){1,3},\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(rest);
  if (!m?.[1]) return c;
  const nouns = m[1].split(/\s+/);
  for (let k = nouns.length; k > 0; k--) {
    if (!isPersonNoun(nouns[k - 1]!, true)) continue;
    const tail = m[0].slice(0, m[0].length - m[1].length) + nouns.slice(0, k).join(' ');
    return { ...c, text: c.text + tail, end: c.end + tail.length, kind: 'phrase' };
  }
  return c;
}

/**
 * "It’s", "I’m", "That’s": a pronoun run into a verb is capitalised only for opening a sentence
 * or a quotation, never a name, whatever a capital after a quote mark made of it.
 */
const PRONOUN_CONTRACTION =
  /^(?:it|i|he|she|we|you|they|that|there|here|what|who|let)['’](?:s|m|re|ve|ll|d)$/i;

/**
 * A name cut short at a slash or a small joining word: "Harbour Times/Kell Institute Poll" is one
 * poll's name, and ", Friends of the Quay," one body's. The slash joins capitalised names into
 * one; a run of capitalised words and "to", "of", "for", "and", "the" set off by commas (or
 * brackets, or quote marks) on both sides is one name, so a pick that ends it takes all of it.
 */
export function wholeName(c: Phrase, sentence: string): Phrase {
  // Only a name: capitalised words and the small words inside names ("Friends of the Quay").
  if (!/^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|to|of|for|the|on|in))*$/u.test(c.text))
    return c;
  const before = sentence.slice(0, c.start);
  const slash = /((?:\p{Lu}[\p{L}\p{N}&.-]*\s+)*\p{Lu}[\p{L}\p{N}&.-]*)\/$/u.exec(before);
  // "and" joins two names far more often than it sits inside one: it is no joiner here.
  const joined = /(?:^|[,(“"‘]\s*)((?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+)+(?:(?:to|of|for|the|on|in)\s+)+)$/u.exec(
    before,
  );
  const closes = /^\s*(?:[,)”";:]|\.\s|\.$|$)/u.test(sentence.slice(c.end));
  const head = slash?.[0] ?? (joined?.[1] && closes ? joined[1] : null);
  if (head) return { ...c, text: head + c.text, start: c.start - head.length };
  // The pick is the name's first part: ", Boats for Tomorrow," picked as "Boats".
  const opens = /(?:^|[,(“"‘])\s*$/u.test(before);
  const tail =
    /^(?:(?:\s+(?:to|of|for|the|on|in))+(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)+)+(?=\s*(?:[,)”";:]|\.\s|\.$|$))/u.exec(
      sentence.slice(c.end),
    );
  if (opens && tail) return { ...c, text: c.text + tail[0], end: c.end + tail[0].length };
  return c;
}

/**
 * "Abu Bakr | al-Baghdadi", "Bill | de Blasio": an answer ending in a name that the evidence
 * continues with a lowercase name particle takes the rest of the name, whichever reader found it
 * (the name finder may stop at the particle).
 */
export function withNameParticle(answer: string, evidence: string): string {
  if (!/\p{Lu}[\p{L}.'’-]*$/u.test(answer)) return answer;
  for (let at = evidence.indexOf(answer); at >= 0; at = evidence.indexOf(answer, at + 1)) {
    const tail = NAME_PARTICLE_TAIL.exec(evidence.slice(at + answer.length));
    if (tail) return answer + tail[0];
  }
  return answer;
}

/**
 * A thing's or a body's name runs to the end of its quotation marks and takes the capitalised
 * "The" before it (title-extent.ts); people and places are named without either.
 */
function titleWhole(q: ParsedQuestion, answer: string, evidence: string): string {
  if (q.type !== 'description' && q.type !== 'organisation') return answer;
  // A headline capitalises every "The" and every "Of": there they say nothing about a name.
  const headline = isTitleCase(evidence);
  const quoted = wholeQuotedTitle(headline ? answer : withWholeName(answer, evidence), evidence);
  return headline ? quoted : withTitleArticle(quoted, evidence);
}

/**
 * A place answer with the state written after it ("Vellport, Ore."), for questions asking for a
 * place; for "where did/was ...?" also with the venue written before it ("the Corn Exchange in
 * Vellport"). "Which town ...?" and "where is X from?" ask for the town alone.
 */
function placeWithState(
  q: ParsedQuestion,
  answer: string,
  evidence: string,
  parsed: StoredArticle['parsed'],
): string {
  if (q.type !== 'place') return answer;
  const asksWhere = /^\s*where\b/i.test(q.text) && !/\bfrom\s*\??\s*$/i.test(q.text);
  const listed = asksWhere ? withJoinedPlace(answer, evidence, (name) => isPlaceOf(parsed, name)) : answer;
  const placed = withRegion(withState(listed, evidence), evidence);
  if (!asksWhere) return placed;
  // "Vellport's Harbour Hall", "Quay Arena" cut to "Quay": the whole run as written (place-extent.ts).
  return withVenue(withWholePlace(placed, evidence), evidence, (name) => namesPerson(parsed, name));
}

/** A name the article finds as a place, or the gazetteer knows as one. */
function isPlaceOf(parsed: StoredArticle['parsed'], name: string): boolean {
  return parsed.places.some((p) => namesOf(p).includes(name)) || isKnownPlace(name);
}

/**
 * A lowercase particle and the capitalised word it leads, after a name: Arabic "al-", "el-",
 * "bin", "ibn", Romance "de", "da", "del", "di", "du", Dutch and German "van", "von", "der"
 * (the particles of personal and place names in English news; every one of 34 such runs in
 * PolNeAR train articles 0-499 is inside one name).
 */
const NAME_PARTICLE_TAIL =
  /^\s+(?:al|el|bin|ibn|de|da|del|di|du|van|von|der)[-\s]\p{Lu}[\p{L}'’-]*(?<!['’]s?)/u;

/** A cause stated outright ("because", "due to"): the scorer's reason clauses read it. */
const STATED_CAUSE =
  /\b(?:because|due to|owing to|thanks to|as a result of|in order to|so that|in a bid to)\b/i;

/**
 * A name set in quotation marks on its own (“Harbour Lights”, "The Quay") is a title (a show, a
 * book, a song, a slogan), never the person a "who" question asks for.
 */
function quotedTitle(c: Phrase, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, c.start - 1), c.start);
  const after = sentence.slice(c.end, c.end + 2);
  return /^[“"‘]$/u.test(before) && /^[.,]?[”"’]/u.test(after);
}

/** "(R-Pa.)", "D-Calif.": a lawmaker's party and state, never an answer by itself. */
export const PARTY_TAG = /^\(?[RDI]-[\p{L}.]{2,8}\)?$/u;

/** The phrase holds the full name of someone the article names: a person is not a place. */
function namesPerson(parsed: StoredArticle['parsed'], text: string): boolean {
  return parsed.people.some((p) => p.name.includes(' ') && findName(text, p.name) >= 0);
}

/**
 * "told Ana Ruiz of the Harbour Times", "Sen. Ivo Kell of Ohio": a body or a place right after
 * "<person> of" is the person's outlet or state, so "who" is answered by the person. In a sample
 * of PolNeAR training text, each of 13 "<full name> of <name>" with a person first was this shape.
 */
export function personBeforeOf(parsed: StoredArticle['parsed'], c: Phrase, sentence: number): Phrase | null {
  if (c.kind !== 'organisation' && c.kind !== 'place' && c.kind !== 'name') return null;
  const text = parsed.sentences[sentence] ?? '';
  const before = text.slice(0, c.start);
  const m = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)\s+of\s+(?:the\s+)?$/u.exec(before);
  if (!m?.[1]) return null;
  const person = parsed.people.find((p) => namesOf(p).some((n) => m[1]!.endsWith(n) && n.includes(' ')));
  if (!person) return null;
  const name = namesOf(person).find((n) => m[1]!.endsWith(n))!;
  const start = m.index + m[1].length - name.length;
  return { ...c, text: name, start, end: start + name.length, kind: 'person' };
}

/** Every name the article gives a person, longest first. */
function peopleNames(parsed: StoredArticle['parsed']): string[] {
  return parsed.people.flatMap((p) => namesOf(p)).sort((a, b) => b.length - a.length);
}

/** Months and weekdays, alone or joined ("December and January"): a time, never a place or a body. */
const CALENDAR_NAMES =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*$))+$/;

/** Questions whose several answers are names that news writing joins with "and". */
const JOINED_TYPES: ReadonlySet<QuestionType> = new Set(['place', 'person', 'organisation']);

/**
 * "Between which two streets ...?", "which two networks ...?", "which towns ...?": a name picked
 * beside another joined to it by "and" ("Mill Lane and Quay Road", "the Coast Courier and Radio
 * Kell") answers with both, as written.
 */
export function namesJoined(c: Phrase, sentence: string): Phrase {
  if (!/^\p{Lu}/u.test(c.text)) return c;
  const run = "\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’-]*)*";
  const after = new RegExp(`^\\s+and\\s+${run}`, 'u').exec(sentence.slice(c.end));
  // A sentence's closing full stop is no part of the name.
  const added = after?.[0].replace(/\.$/, '');
  if (added) return { ...c, text: c.text + added, end: c.end + added.length };
  const before = new RegExp(`${run}\\s+and\\s+$`, 'u').exec(sentence.slice(0, c.start));
  if (before) return { ...c, text: before[0] + c.text, start: c.start - before[0].length };
  return c;
}

/** A word-order doer written on the beaten side of "defeating <B>" for "who won ...?" (loser-side.ts). */
function beatenSide(
  question: string,
  parsed: StoredArticle['parsed'],
  found: { text: string; sentence: number },
): boolean {
  if (!asksWinner(question)) return false;
  const sentence = parsed.sentences[found.sentence] ?? '';
  const at = sentence.indexOf(found.text);
  return at >= 0 && onLosingSide(sentence, at);
}
