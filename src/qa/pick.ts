import type { ParsedArticle } from '../engine/schema.js';
import { type Candidate, type CandidateKind, sentenceCandidates } from './candidates.js';
import type { ScoredSentence } from './evidence.js';
import {
  candidateFeatures,
  type Features,
  proximityOf,
  type QuestionView,
  relativeFeatures,
  type SentenceView,
  sentenceFeatures,
  sentenceView,
} from './features.js';
import { dot, softmax } from './learn.js';
import type { QaModel } from './model.js';
import { isPersonNoun } from '../engine/entities/role-nouns.js';
import { CURRENCY_SIGN, CURRENCY_WORDS, lemma } from './lexicon.js';
import { extendsWrittenList } from './written-list.js';
import type { QuestionType } from './question.js';
import type { Token } from './tags.js';

/**
 * The candidates of a question's best evidence sentences, each with its features: what the
 * trainer learns from and what the answerer scores. One function for both, so the model is
 * always judged on the candidates it will see.
 */

export interface Gathered {
  candidate: Candidate;
  sentence: number;
  coverage: number;
  /** Share of the question's name words the sentence holds. */
  nameShare: number;
  /** Whether the sentence holds the question's verb (or a synonym); true when the question has none. */
  verb: boolean;
  /** The phrase is the doer of the question's verb ("mediated by Omani officials"). */
  doer: boolean;
  /** A type check doubts it (see SOFT): it may answer, but does not show that the article has an answer. */
  doubted?: boolean;
  features: Features;
  /** The features of its sentence as a whole (one object shared by the sentence's candidates). */
  sentenceFeatures: Features;
}

/**
 * The kinds of phrase that can answer each kind of question: a "who" question is answered by a
 * person, a group of people or an organisation, never by a date or a number. Question kinds not
 * listed ("what ...", yes/no) take any phrase. When no phrase of an allowed kind is in the
 * evidence, the article doesn't say: that is what makes "I can't find that" honest.
 */
const ALLOWED: Partial<Record<QuestionType, ReadonlySet<CandidateKind>>> = {
  person: new Set(['person', 'people', 'organisation', 'name']),
  organisation: new Set(['organisation', 'name', 'person']),
  place: new Set(['place', 'name', 'organisation']),
  date: new Set(['date']),
  number: new Set(['number']),
  reason: new Set(['clause']),
};

export function gatherCandidates(
  parsed: ParsedArticle,
  view: QuestionView,
  ranked: readonly ScoredSentence[],
  sentences: number,
  /** The question words' rarity in the article (evidence.ts lemmaWeights). */
  weights?: ReadonlyMap<string, number>,
  /** Told of each phrase a hard check drops, with the check's name (eval/xquad-errors.ts). */
  onDrop?: (candidate: Candidate, sentence: number, check: string) => void,
): Gathered[] {
  const out: Gathered[] = [];
  const best = ranked[0]?.coverage ?? 0;
  ranked.slice(0, sentences).forEach((r, rank) => {
    const { tokens, candidates } = sentenceCandidates(parsed, r.index, { reason: view.q.type === 'reason' });
    const s = sentenceView(
      tokens,
      view,
      {
        coverage: r.coverage,
        windowCoverage: r.windowCoverage,
        bm25: r.bm25,
        rank,
        gap: r.coverage - best,
      },
      weights,
    );
    const allowed = ALLOWED[view.q.type];
    const unit = view.q.type === 'number' ? view.q.unit : null;
    // Doubts: checks that usually hold but not always ("which agency" answered by "the planning
    // committee"). Those listed in SOFT are features the scorer weighs; the rest stay filters.
    const doubts = new Map<Candidate, string[]>();
    const drop = (c: Candidate, check: string): false => {
      onDrop?.(c, r.index, check);
      return false;
    };
    const doubt = (c: Candidate, reason: string): boolean => {
      if (!SOFT.has(reason)) {
        onDrop?.(c, r.index, reason);
        return true;
      }
      doubts.set(c, [...(doubts.get(c) ?? []), reason]);
      return false;
    };
    const kept = candidates
      .map((c) => asCount(c, unit, view.q.type === 'number' && HOW_LONG.test(view.q.text)))
      .filter((candidate) => {
        // A phrase holding a name may be a person's, a group's or a place's ("Dunmore's training ground").
        const namedPhrase = candidate.kind === 'phrase' && candidate.named && allowed?.has('name');
        // "was brokered by the regional labour commission", "the lifeguard intervenes": the doer of
        // the question's verb answers "who" even when it is no name.
        const doer = candidate.kind === 'phrase' && allowed?.has('person') && isDoer(candidate, s);
        if (
          allowed &&
          !allowed.has(candidate.kind) &&
          !namedPhrase &&
          !doer &&
          doubt(candidate, `kind-${view.q.type}`)
        )
          return false;
        // "who ...": a phrase answers only when it names someone or is headed by a person noun
        // ("Omani officials", "the lifeguard"), not "Hale's replies" or "a car".
        if (
          view.q.type === 'person' &&
          candidate.kind === 'phrase' &&
          !personHeaded(candidate, tokens, Boolean(doer)) &&
          doubt(candidate, 'head')
        )
          return false;
        // "how much did it cost", "how much was he fined": an amount of money.
        if (view.q.money && candidate.kind === 'number' && !MONEY.test(candidate.text))
          return drop(candidate, 'money');
        // "how far did he fall", "how tall is the tower": a length, written with its unit ("12ft",
        // "30 metres", "two miles"), never a bare count or an age ("42-year-old").
        if (
          view.q.type === 'number' &&
          LENGTH_QUESTION.test(view.q.text) &&
          candidate.kind === 'number' &&
          !LENGTH.test(candidate.text)
        )
          return drop(candidate, 'length');
        // "how long did the strike last?", "how long is the report?": a span of time or a length,
        // written with its unit ("six weeks", "a 90-page report"), never a bare count or money.
        if (
          view.q.type === 'number' &&
          HOW_LONG.test(view.q.text) &&
          candidate.kind === 'number' &&
          (!(LENGTH.test(candidate.text) || DURATION.test(candidate.text)) || MONEY_SIGN.test(candidate.text))
        )
          return drop(candidate, 'how-long');
        // "how many times", "how much did it cost": a count or an amount, never a place in an order ("first", "20th").
        if (view.q.type === 'number' && view.q.wh.startsWith('how') && isOrdinal(candidate, tokens))
          return drop(candidate, 'ordinal');
        // "what was the final score?": a score is written as two tallies joined by a dash ("2-1",
        // "29-10"), the way every sports report gives one; no other number answers it.
        if (
          view.q.type === 'number' &&
          SCORE_NOUNS.has(view.q.askedNoun ?? '') &&
          !SCORE.test(candidate.text)
        )
          return drop(candidate, 'score');
        // "now", "currently": the time of writing, never what "when" asks about.
        if (view.q.type === 'date' && DEICTIC.test(candidate.text)) return drop(candidate, 'deictic');
        // A person is not named by a place ("north Wales" for "the nurse who treated her"); "which art
        // gallery" asks for a thing of that kind, not a place, a time or an amount (those nouns have
        // types of their own: "which city", "what year", "what score").
        const bare = candidate.kind === 'name' || candidate.kind === 'phrase';
        if (
          view.q.type === 'person' &&
          bare &&
          holdsPlace(candidate, candidates) &&
          doubt(candidate, 'place')
        )
          return false;
        // "the Welsh rugby player", "two Leeds neighbours": an untyped name right before a
        // common noun modifies it; the person is the phrase it heads, never the modifier alone.
        // The same holds for a town or a body the engine typed ("two Sydney neighbours", "Acme
        // engineers"): a proper noun used as a modifier says where they are from or whom they work
        // for, not who they are.
        if (
          view.q.type === 'person' &&
          MODIFIER_KINDS.has(candidate.kind) &&
          tokens[pastStateName(tokens, candidate.last + 1)]?.cls === 'noun' &&
          doubt(candidate, 'modifier')
        )
          return false;
        // "in Friday's final" names the event's day, not when the asked thing happened: news writes
        // the time of the event itself with a preposition ("on Thursday"). Kept only when the
        // sentence gives no other date.
        if (
          view.q.type === 'date' &&
          candidate.kind === 'date' &&
          possessiveDate(candidate, tokens) &&
          candidates.some((o) => o.kind === 'date' && !possessiveDate(o, tokens))
        )
          return drop(candidate, 'possessive-date');
        // An amount answers "what <noun>" when the noun names a quantity ("what is the population
        // of ...?", "what were the fees?"): the question reader has no list of every such noun, so
        // for a number the check is a doubt (`thing-number`); a place or a date stays out.
        if (
          view.q.type === 'description' &&
          view.q.askedNoun &&
          NOT_A_THING.has(candidate.kind) &&
          doubt(candidate, `thing-${candidate.kind}`)
        )
          return false;
        if (saidByQuestion(candidate, tokens, view)) return drop(candidate, 'said-by-question');
        if (namesAsked(candidate, tokens, view)) return drop(candidate, 'names-asked');
        return true;
      });
    // Every allowed kind stays in: which kind fits best is the scorer's call (kind × type features).
    // "where were the talks held?": a phrase the sentence puts something in or at ("in Oman", "at
    // Selhurst Park") before one it only names ("Axios and Walla"). "to" is a preposition of place
    // for movement ("deported to Norway", "flown to Leeds"): where someone was sent, taken or
    // moved is told by it as a location is by "in".
    const located =
      view.q.type === 'place'
        ? kept.filter((c) => {
            const before = tokens[c.first - 1]?.text.toLowerCase() ?? '';
            // After "to" only a place the engine found: "promoted to senior nurse", "spoke to A
            // and B" name no location.
            if (before === 'to') return c.kind === 'place' || holdsPlace(c, candidates);
            return LOCATIVE.has(before);
          })
        : [];
    // "X, from Leeds, was hurt in Marlow": "from" tells where someone or something comes from, which
    // answers "where ... from?" but not where an event happened while the sentence places it too.
    const fromAsked = /\bfrom\b/i.test(view.q.text);
    const notOrigin = located.filter((c) => tokens[c.first - 1]?.text.toLowerCase() !== 'from');
    const placed = fromAsked || notOrigin.length === 0 ? located : notOrigin;
    // The first of them after the question's verb is where that happened ("held talks ... in Oman
    // to de-escalate attacks in the Middle East"): a place phrase attaches to the verb before it.
    // Without a verb read from the question ("where were the talks held?"), the first question word the sentence holds.
    const anchor = s.verbAt >= 0 ? s.verbAt : s.matched.length > 0 ? Math.min(...s.matched) : -1;
    const afterVerb = anchor >= 0 ? placed.filter((c) => c.first > anchor) : [];
    const firstAfter = Math.min(...afterVerb.map((c) => c.first));
    const nearest = afterVerb.filter((c) => c.first === firstAfter);
    const chosen = nearest.length > 0 ? nearest : placed.length > 0 ? placed : kept;
    if (onDrop && chosen !== kept)
      for (const c of kept) if (!chosen.includes(c)) onDrop(c, r.index, 'where-locative');
    if (chosen.length === 0) return;
    const bestProximity = Math.max(0, ...chosen.map((c) => proximityOf(c, s, view)));
    const sf = sentenceFeatures(
      s,
      view,
      new Set(chosen.map((c) => c.kind)),
      r.index,
      nearestGap(chosen, s),
      bestProximity,
    );
    // Each phrase also against the others of its sentence; the candidate lists are short (about ten).
    const relative = relativeFeatures(chosen, s, view);
    chosen.forEach((candidate, k) => {
      const features = candidateFeatures(candidate, s, view);
      for (const [name, value] of relative[k]!) features.set(name, (features.get(name) ?? 0) + value);
      for (const reason of doubts.get(candidate) ?? [])
        features.set(`doubt=${reason}|type=${view.q.type}`, 1);
      out.push({
        sentenceFeatures: sf,
        candidate,
        sentence: r.index,
        coverage: r.coverage,
        nameShare: s.nameShare,
        verb: view.verbRoots.size === 0 || s.verbAt >= 0,
        doer: isDoer(candidate, s),
        doubted: doubts.has(candidate),
        features,
      });
    });
  });
  return out;
}

/** Tokens between the candidate closest to a question word and that word (99 when none is near). */
function nearestGap(candidates: readonly Candidate[], s: SentenceView): number {
  let best = 99;
  for (const c of candidates) {
    for (const m of s.matched) {
      if (m >= c.first && m <= c.last) continue;
      const d = m < c.first ? c.first - m : m - c.last;
      if (d < best) best = d;
    }
  }
  return best;
}

/**
 * Type checks that are doubts, not certainties: a candidate failing one stays in, marked by a
 * feature (doubt=<check>|type=<type>), and the scorer learns how much the failure counts. Which
 * body did something ("which agency approved the plan?") is often told by a common noun the
 * engine types as no organisation ("the regional planning committee", "a panel of judges"), so
 * the kind check of organisation questions is a doubt. So is a number for "what <noun>": the
 * noun often names a quantity the question reader does not type as one ("what is the population",
 * "what were the fees"; session 9). The others stay hard: each was softened in turn and measured
 * (ADR 015, sessions 7 and 9), and either XQuAD CV fell (the "who" checks) or news-dev did ("when"
 * wants a date, "how many" a number, "where" the place phrase after the verb, "what <noun>" no
 * date or place, a name the question itself uses is not its answer).
 */
const SOFT: ReadonlySet<string> = new Set(['kind-organisation', 'thing-number']);

/**
 * Past a state or country set off by commas after a place name, as US news writes it ("a Kell
 * County, Ore., deputy"): the index of the word after the second comma, else `at` itself.
 */
function pastStateName(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let i = at + 1; i <= at + 4 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === ',') return i > at + 1 ? i + 1 : at;
    if (!(t.cls === 'name' || t.text === '.' || /^\p{Lu}[\p{L}.]*$/u.test(t.text))) return at;
  }
  return at;
}

/** Kinds a proper noun can have when it modifies the noun after it ("two Sydney neighbours"). */
const MODIFIER_KINDS: ReadonlySet<CandidateKind> = new Set(['name', 'organisation', 'place']);

/**
 * A date whose last word is written possessive ("Friday's", "next week's"). The date finder
 * drops the "'s" from the candidate's text and its token span may stop short of the word, so
 * the word is looked for in the sentence's tokens from the phrase's first to one past its last.
 */
function possessiveDate(c: Candidate, tokens: readonly Token[]): boolean {
  const last = c.text.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!last) return false;
  for (let i = c.first; i <= c.last + 1 && i < tokens.length; i++) {
    const word = tokens[i]!.text.toLowerCase();
    if (word === `${last}'s` || word === `${last}’s`) return true;
  }
  return false;
}

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'off',
  'into',
  'across',
  'around',
  'from',
]);

const NOT_A_THING: ReadonlySet<CandidateKind> = new Set(['place', 'date', 'number']);

/** The candidate is, or holds, a place the engine found. */
function holdsPlace(c: Candidate, all: readonly Candidate[]): boolean {
  return all.some((p) => p.kind === 'place' && p.start >= c.start && p.end <= c.end);
}

/**
 * A phrase whose last word is a name or a noun for a person ("officials", "maker"), or, for the
 * doer of the question's verb, a body of people that acts ("the regional labour commission").
 */
function personHeaded(c: Candidate, tokens: readonly Token[], doer: boolean): boolean {
  const last = tokens[c.last];
  if (!last) return false;
  const word = last.text.toLowerCase();
  return last.cls === 'name' || isPersonNoun(word, true) || (doer && ACTING_BODIES.test(word));
}

const ACTING_BODIES =
  /^(?:commissions?|councils?|committees?|compan(?:y|ies)|firms?|police|governments?|ministr(?:y|ies)|courts?|unions?|boards?|agenc(?:y|ies)|authorit(?:y|ies)|departments?|army|military|teams?|clubs?|groups?|part(?:y|ies)|panels?|jur(?:y|ies)|offices?|services?|regulators?|tribunals?|parliaments?|congress|senate|cabinet)$/;

/** Questions whose answer is a length or a distance. */
const LENGTH_QUESTION = /\bhow\s+(?:far|tall|high|deep|wide)\b/i;
/** A length as news writes it: a unit word or its abbreviation, joined to the number or not. */
const LENGTH =
  /(?:\d|\b)(?:ft|feet|foot|inch(?:es)?|yards?|yds?|m|metres?|meters?|cm|centimetres?|mm|km|kilometres?|kilometers?|miles?|mi)\b/i;

/** "How long did it last?", "how long is the bridge?" (not "how long ago", which asks when). */
const HOW_LONG = /\bhow\s+long\b(?!\s+ago\b)/i;
/** A span of time or a count of pages, with its unit. */
const DURATION =
  /\b(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|yrs?|decades?|centuries|century|pages?)\b|\d-(?:second|minute|hour|day|night|week|month|year|page)\b/i;
const MONEY_SIGN = /[$€£¥]/;

/** Units of time a "how many" question may count ("how many weeks ..."). */
const TIME_UNITS = new Set(['minut', 'hour', 'day', 'week', 'month', 'year', 'decad', 'season', 'centuri']);

/**
 * "How many months later ...?" counts time: a span the date finder took as a time ("eight months
 * earlier", "three years ago") is read as the count it holds when it counts the asked unit,
 * since a number of months is what the question wants, not when.
 */
function asCount(c: Candidate, unit: string | null, howLong = false): Candidate {
  if ((!unit || !TIME_UNITS.has(unit)) && !howLong) return c;
  if (c.kind !== 'date') return c;
  const m =
    /^(?:(?:for|in|after|within|over|some|about|nearly|almost)\s+)?(?:the\s+(?:next|past|last|first|previous|following)\s+)?(\S+)\s+(\p{L}+)/u.exec(
      c.text,
    );
  const counted = lemma(m?.[2] ?? '');
  if (!m || !COUNT_WORD.test(m[1] ?? '') || !(unit ? counted === unit : TIME_UNITS.has(counted))) return c;
  return { ...c, kind: 'number', dateIndex: null };
}

const COUNT_WORD =
  /^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)$/i;

/** Nouns that ask for a match's score. */
const SCORE_NOUNS: ReadonlySet<string> = new Set(['score', 'scoreline', 'scorelines', 'scores']);
/** A score as written: "2-1", "29–10", "6-3 6-1" (sets), "3-2 on aggregate". */
export const SCORE = /^\d{1,3}[-–]\d{1,3}(?:[\s,]+\d{1,3}[-–]\d{1,3})*(?:\s+\p{Ll}+(?:\s+\p{Ll}+)?)?$/u;

/** Money as news writes it: a currency sign or a currency word. */
const MONEY = new RegExp(String.raw`${CURRENCY_SIGN}|\b(?:${CURRENCY_WORDS}|p|bn|m|million|billion)\b`, 'i');

const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|\d+(?:st|nd|rd|th))$/i;

/** A number phrase led by an ordinal ("first time", "20th title"). */
function isOrdinal(c: Candidate, tokens: readonly Token[]): boolean {
  return ORDINAL.test(tokens[c.first]?.text ?? '');
}

const DEICTIC = /^(?:now|currently|right now|at present|presently|nowadays|recently|lately|so far)$/i;

/**
 * What the question asks for, whole: "who mediated the talks?" takes the doer phrase "Omani
 * officials" rather than the name inside it; "who were the officials?" takes every person the
 * sentence names ("Brett McGurk and Abram Paley") rather than one of them.
 */
export function wholeAnswer(
  picked: Picked,
  gathered: readonly Gathered[],
  view: QuestionView,
  /** The article's sentences: the picked one's words tell a list as written from names set apart. */
  sentences?: readonly string[],
): Picked {
  const c = picked.candidate;
  const same = gathered.filter((g) => g.sentence === picked.sentence);
  const covers = (g: Gathered) =>
    g.candidate.start <= c.start && g.candidate.end >= c.end && g.candidate !== c;
  let chosen: Gathered | undefined;
  if (view.q.several && (c.kind === 'person' || c.kind === 'people')) {
    const everyone = same.find((g) => g.candidate.kind === 'people' && g.candidate.cue === 'all');
    // A list the sentence writes (the pick, or one holding it) stays as written unless the
    // sentence's other names join it (written-list.ts).
    const written =
      c.kind === 'people' && c.cue !== 'all'
        ? picked
        : same.find((g) => g.candidate.kind === 'people' && g.candidate.cue !== 'all' && covers(g));
    const sentence = sentences?.[picked.sentence];
    if (written && sentence !== undefined) {
      const widened =
        everyone &&
        everyone.candidate.start <= written.candidate.start &&
        everyone.candidate.end >= written.candidate.end &&
        extendsWrittenList(sentence, written.candidate, everyone.candidate);
      chosen = widened ? everyone : written === picked ? undefined : written;
    } else {
      chosen = same.find((g) => g.candidate.kind === 'people' && covers(g)) ?? everyone;
    }
  } else if (view.q.type === 'person' || view.q.type === 'organisation') {
    chosen = same.filter((g) => g.doer && covers(g)).sort((a, b) => b.candidate.end - a.candidate.end)[0];
  }
  if (!chosen) return picked;
  // The whole answer is as likely as the candidates it is made of, taken together.
  const { start, end } = chosen.candidate;
  let probability = 0;
  gathered.forEach((g, i) => {
    if (g.sentence === picked.sentence && g.candidate.start >= start && g.candidate.end <= end)
      probability += picked.probabilities[i] ?? 0;
  });
  const whole = Math.min(1, Math.max(probability, picked.probability));
  const spanProbability = Math.min(1, (picked.spanProbability * whole) / Math.max(picked.probability, 1e-12));
  return { ...picked, ...chosen, probability: whole, spanProbability };
}

/**
 * "About 42 million" and "42 million" are one answer written two widths: a number is as likely as
 * every number candidate of its sentence that shares its words, taken together, as wholeAnswer
 * counts a joined answer. Otherwise the scorer's belief is split between the widths and the pick
 * falls under the bar though its sentence points at that number alone.
 */
export function sameNumberShare(picked: Picked, gathered: readonly Gathered[]): Picked {
  const c = picked.candidate;
  if (c.kind !== 'number') return picked;
  let probability = 0;
  gathered.forEach((g, i) => {
    if (
      g.sentence === picked.sentence &&
      g.candidate.kind === 'number' &&
      g.candidate.start < c.end &&
      c.start < g.candidate.end
    )
      probability += picked.probabilities[i] ?? 0;
  });
  if (probability <= picked.probability) return picked;
  const spanProbability = Math.min(
    1,
    (picked.spanProbability * probability) / Math.max(picked.probability, 1e-12),
  );
  return { ...picked, probability: Math.min(1, probability), spanProbability };
}

/** The phrase right after "<verb> by", or right before the verb (auxiliaries between): its doer. */
function isDoer(c: Candidate, s: SentenceView): boolean {
  if (s.verbAt < 0) return false;
  if (s.tokens[c.first - 1]?.text.toLowerCase() === 'by' && c.first - 2 === s.verbAt) return true;
  let at = c.last + 1;
  while (at < s.verbAt && (s.tokens[at]?.cls === 'aux' || s.tokens[at]?.cls === 'adv')) at++;
  return at === s.verbAt && c.last < s.verbAt;
}

/**
 * "how many workers": a bare number is read with what it counts when the sentence says it right
 * after ("3,400 workers", "10 to 15 years"), since the number alone doesn't say what was counted.
 */
export function withUnit(picked: Picked, gathered: readonly Gathered[], view: QuestionView): Picked {
  const c = picked.candidate;
  if (c.kind !== 'number') return picked;
  const longer = gathered.filter(
    (g) =>
      g.sentence === picked.sentence &&
      g.candidate.kind === 'number' &&
      g.candidate.start === c.start &&
      g.candidate.last > c.last &&
      g.candidate.last - c.last <= 3,
  );
  const unit = view.q.unit;
  const counted = longer.find((g) => {
    const text = g.candidate.text.toLowerCase().split(/\s+/);
    return unit ? text.some((w) => lemma(w) === unit) : g.candidate.last === c.last + 1;
  });
  return counted ? { ...picked, candidate: counted.candidate } : picked;
}

/** Every content word of the candidate is in the question: it repeats the question, it can't answer it. */
function saidByQuestion(c: Candidate, tokens: readonly Token[], view: QuestionView): boolean {
  let content = 0;
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    if (t.cls === 'det' || t.cls === 'prep' || t.cls === 'conj' || t.cls === 'punct') continue;
    content++;
    if (!view.lemmas.has(lemma(t.text))) return false;
  }
  return content > 0;
}

/** A name the question itself uses ("Kessler" for "who is suing Nina Kessler?") is who it is about, not the answer. */
function namesAsked(c: Candidate, tokens: readonly Token[], view: QuestionView): boolean {
  if (c.kind === 'clause' || c.kind === 'number' || c.kind === 'date') return false;
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    if (t.cls === 'name' && view.names.has(lemma(t.text))) return true;
  }
  return false;
}

export interface Picked extends Gathered {
  score: number;
  /** The probability among all the question's candidates (its sentence's share times its share in the sentence). */
  probability: number;
  /** Its share among its own sentence's candidates: how clearly the sentence points at this phrase. */
  spanProbability: number;
  /** Every candidate's probability, in the order gathered. */
  probabilities: number[];
}

/**
 * Each candidate's probability as the scorer's two halves give it: the sentence's share among the
 * evidence sentences (a softmax of the sentence features) times the phrase's share among its
 * sentence's candidates (a softmax of the phrase features). Factored so that choosing the
 * sentence and choosing the phrase in it are each learned from the examples that teach them.
 */
export function candidateProbabilities(
  gathered: readonly Gathered[],
  weights: ReadonlyMap<string, number>,
): number[] {
  const sentences: Features[] = [];
  const groups: number[][] = [];
  const slot = new Map<Features, number>();
  gathered.forEach((g, i) => {
    let at = slot.get(g.sentenceFeatures);
    if (at === undefined) {
      at = sentences.length;
      slot.set(g.sentenceFeatures, at);
      sentences.push(g.sentenceFeatures);
      groups.push([]);
    }
    groups[at]!.push(i);
  });
  const sentenceP = softmax(sentences.map((f) => dot(weights, f)));
  const out = new Array<number>(gathered.length).fill(0);
  groups.forEach((members, k) => {
    const within = softmax(members.map((i) => dot(weights, gathered[i]!.features)));
    members.forEach((i, j) => {
      out[i] = (sentenceP[k] ?? 0) * (within[j] ?? 0);
    });
  });
  return out;
}

/** The most probable candidate and its probability, or null when there are none. */
export function pickCandidate(gathered: readonly Gathered[], model: QaModel): Picked | null {
  if (gathered.length === 0) return null;
  const probs = candidateProbabilities(gathered, model.weights);
  let best = 0;
  for (let i = 1; i < probs.length; i++) if ((probs[i] ?? 0) > (probs[best] ?? 0)) best = i;
  const sentence = gathered[best]!.sentence;
  let sentenceShare = 0;
  gathered.forEach((g, i) => {
    if (g.sentence === sentence) sentenceShare += probs[i] ?? 0;
  });
  return {
    ...gathered[best]!,
    score: Math.log(Math.max(probs[best] ?? 0, 1e-300)),
    probability: probs[best] ?? 0,
    spanProbability: (probs[best] ?? 0) / Math.max(sentenceShare, 1e-12),
    probabilities: probs,
  };
}
