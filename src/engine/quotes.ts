import type { Doc } from './doc.js';
import type { EntityReading } from './entities.js';
import {
  type Attribution,
  attributionAfter,
  leadBefore,
  runsOnAfter,
  signatureBelow,
  speechSubject,
} from './quotes/attribution.js';
import { type Candidate, gatherCandidates, type QuoteContext, type Route } from './quotes/candidates.js';
import { markKeyQuotes } from './quotes/key.js';
import { type Layout, layoutDoc, sentenceAt } from './quotes/layout.js';
import {
  type QuotePieces,
  type QuoteSpan,
  findQuotations,
  quoteSpans,
  speakerLabel,
} from './quotes/marks.js';
import { describedSubjectBefore } from './quotes/described.js';
import { DOCUMENT_NOUNS, speaksAsWritten, WORK_NOUNS } from './quotes/lexicon.js';
import { canSpeak, type Mention, namesSeveralPeople } from './quotes/mentions/index.js';
import { indexNames, type NameIndex, type Speaker, SpeakerBook } from './quotes/names.js';
import { shippedSpeakerRanker } from './quotes/model.js';
import type { SpeakerRanker } from './quotes/ranker.js';
import { type Place, SpeakerResolver } from './quotes/resolve.js';
import { isTagBetweenQuotes } from './quotes/tag-inside-span.js';
import { holdsNoOnesWords } from './quotes/terms.js';
import { lastSentence } from './quotes/text.js';
import { tagWithAnyVerb } from './quotes/tag-any-verb.js';
import type { Quote } from './schema.js';
import { isSpeechVerb } from './lexicon/speech.js';
import { isRoleNoun } from './lexicon/titles.js';
import { countLetteredWords } from './text/tokens.js';
import { lowerCase } from './lexicon/lower-case.js';
import { describesOnlyUnnamed, introducesUnnamed } from './quotes/anonymous.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const SPACE_THEN_CAPITAL = /^\s+\p{Lu}/u;
const BY_THEN_CAPITAL = /^\s*by\s+(?:the\s+)?\p{Lu}/u;
const SMALL_WORD_THEN_CAPITAL = /^\s+(\p{Ll}+)\s+\p{Lu}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Sentences back a speaker credited with a quote still counts as just quoted. */
const RECENT_SENTENCES = 3;

export interface QuoteOptions {
  /** The speaker ranker; the shipped one when absent, none (the rule cascade alone) when null. */
  ranker?: SpeakerRanker | null;
  /**
   * Training hook: sees each quote's candidates before the choice and may return the index of the
   * one to credit (the right one, so later quotes see the right history), or null to let the ranker choose.
   */
  teach?: (
    quote: { text: string; sentence: number; attribution: Attribution | null },
    candidates: Candidate[],
  ) => number | null;
}

/** Quote-mark spans this short are scare quotes or titles unless a speech verb claims them. */
const MIN_QUOTE_WORDS = 4;

interface Draft {
  quotation: QuotePieces;
  text: string;
  sentence: number;
  place: Place;
  partial: boolean;
  attribution: Attribution | null;
  speaker: Speaker | null;
  basis: string | null;
}

/**
 * Direct quotations and who said them. Quote marks give the spans; the narration beside each
 * quote gives the cue ("," Smith said', 'said Smith', 'Smith said: "', 'according to Smith');
 * pronouns, role nouns and quotes that stand alone in a paragraph are then resolved against the
 * people and organisations the entity stage found, where its mentions place them (`reading`). What each of those rules proposes, the names
 * near the quote and "nobody" are the candidates; the trained speaker ranker (models/speakers,
 * ADR 009) picks one. Without the ranker (`ranker: null`) the rules' own order decides.
 */
export function extractQuotes(doc: Doc, reading: EntityReading, options: QuoteOptions = {}): Quote[] {
  const spans = quoteSpans(doc.paragraphs);
  const layout = layoutDoc(doc, spans);
  const book = new SpeakerBook(reading.entities);
  const index = indexNames(doc, layout, book, reading.names);
  const resolver = new SpeakerResolver(book, index);
  const quotations = findQuotations(doc.paragraphs, spans);
  const spansByParagraph: QuoteSpan[][] = doc.paragraphs.map(() => []);
  for (const q of quotations) for (const piece of q.pieces) spansByParagraph[piece.paragraph]?.push(piece);

  const drafts: Draft[] = [];
  for (const quotation of quotations) {
    const draft = readQuotation(doc, quotation, spansByParagraph, layout);
    if (draft) drafts.push(draft);
  }
  const ranker = options.ranker === undefined ? shippedSpeakerRanker() : options.ranker;
  const mentionCount = new Map<Speaker, number>();
  for (const list of index.bySentence)
    for (const m of list) mentionCount.set(m.speaker, (mentionCount.get(m.speaker) ?? 0) + 1);
  const credited: Array<{ sentence: number; speaker: Speaker }> = [];
  drafts.forEach((draft, i) => {
    const rule = ruleCascade(doc, layout, drafts, i, resolver, index);
    const first = draft.quotation.pieces[0]!;
    const last = draft.quotation.pieces[draft.quotation.pieces.length - 1]!;
    const endSentence = sentenceAt(layout, last.paragraph, last.end);
    let chosen: Speaker | null = rule.speaker;
    let basis = rule.basis;
    if (ranker || options.teach) {
      const previous = drafts[i - 1];
      // The cascade's own pick is one more route. Its routes are this quote's alone (made for it by
      // ruleCascade, never 'rule' already): added in place, not copied into a new object per quote.
      const routes = rule.routes;
      routes.rule = rule.speaker;
      const context: QuoteContext = {
        sentence: draft.sentence,
        endSentence,
        paragraph: first.paragraph,
        endParagraph: last.paragraph,
        start: first.start,
        end: last.end,
        opensParagraph:
          (doc.paragraphs[first.paragraph] ?? '').slice(0, Math.max(0, first.start - 1)).trim() === '',
        attribution: draft.attribution,
        routes,
        previous: previous
          ? {
              speaker: previous.speaker,
              paragraphGap:
                first.paragraph - previous.quotation.pieces[previous.quotation.pieces.length - 1]!.paragraph,
            }
          : null,
        recentlyCredited: recentSince(credited, draft.sentence - RECENT_SENTENCES),
      };
      const candidates = gatherCandidates(context, index, layout, mentionCount);
      const taught = options.teach?.(
        { text: draft.text, sentence: draft.sentence, attribution: draft.attribution },
        candidates,
      );
      const pick = taught ?? (ranker ? ranker.best(candidates.map((c) => c.features)) : -1);
      const candidate = candidates[pick];
      if (candidate) {
        chosen = candidate.speaker;
        basis =
          chosen === rule.speaker
            ? rule.basis
            : chosen
              ? basisOfRoutes(candidate.routes, chosen, draft.attribution)
              : null;
      }
    }
    draft.speaker = chosen;
    draft.basis = chosen ? basis : null;
    if (chosen) {
      resolver.credit(draft.sentence, chosen);
      credited.push({ sentence: draft.sentence, speaker: chosen });
      if (endSentence !== draft.sentence) resolver.credit(endSentence, chosen);
    }
  });

  const quotes: Quote[] = drafts.map((d) => ({
    text: d.text,
    speaker: d.speaker?.name ?? null,
    role: d.speaker?.role ?? null,
    sentence: d.sentence,
    key: false,
    partial: d.partial,
    basis: d.basis,
  }));
  return markKeyQuotes(quotes);
}

function readQuotation(
  doc: Doc,
  quotation: QuotePieces,
  spans: QuoteSpan[][],
  layout: ReturnType<typeof layoutDoc>,
): Draft | null {
  const first = quotation.pieces[0]!;
  const last = quotation.pieces[quotation.pieces.length - 1]!;
  const joined = quotation.pieces
    .map((p) => (doc.paragraphs[p.paragraph] ?? '').slice(p.start, p.end).trim())
    .join(' ')
    .replace(/[\s,;:—–-]+$/, '')
    .trim();
  const label = speakerLabel(joined);
  const text = label ? joined.slice(label.length).trim() : joined;
  if (!text) return null;
  const firstPara = doc.paragraphs[first.paragraph] ?? '';
  const lastPara = doc.paragraphs[last.paragraph] ?? '';
  const inFirst = spans[first.paragraph] ?? [];
  const inLast = spans[last.paragraph] ?? [];
  const prev = inFirst[inFirst.indexOf(first) - 1];
  const next = inLast[inLast.indexOf(last) + 1];
  const leadFrame = firstPara.slice(prev ? prev.end + 1 : 0, Math.max(0, first.start - 1));
  const lead = leadBefore(leadFrame);
  const afterFrame = last.open
    ? ''
    : lastPara.slice(last.end + 1, next ? Math.max(last.end + 1, next.start - 1) : undefined);
  const closedSentence =
    /[.!?]$/.test(lastPara.slice(last.start, last.end).trimEnd()) && SPACE_THEN_CAPITAL.test(afterFrame);
  // A quote closing its paragraph may be signed on the next line ("- Mayor Ada Pell.").
  const continuesClause = runsOnAfter(lastPara.slice(last.start, last.end), afterFrame);
  const after =
    (continuesClause ? null : attributionAfter(afterFrame, closedSentence)) ??
    (continuesClause ? null : tagWithAnyVerb(lastPara.slice(last.start, last.end), afterFrame, leadFrame)) ??
    (!last.open && afterFrame.trim() === '' ? signatureBelow(doc.paragraphs[last.paragraph + 1]) : null);
  const words = countLetteredWords(text);
  const labelled: Attribution | null = label
    ? { mention: { kind: 'name', text: label.name, appositive: null }, basis: 'X-said' }
    : null;
  // An explicit tag after the quote outranks a label before it ("ANALYST'S VIEWPOINT: '...' Smith said").
  const attribution = after ?? labelled ?? lead.attribution;
  if (words < MIN_QUOTE_WORDS && !attribution) return null;
  // "On “The Early Breakfast Hour,” ...", "his book “Ten Steps to a Quiet Life”": a span
  // in title case with no one saying it names a show, book or song, not a quotation.
  // So does one a noun or a possessive leads into, even in a sentence that reports speech
  // ("Holt said on the BBC's “Sunday Politics.”", "sang the anthem “Land of Our Fathers”"):
  // a quotation is introduced by its speech verb, a colon or a comma, or stands alone.
  const introducer = firstPara.slice(prev ? prev.end + 1 : 0, Math.max(0, first.start - 1)).trimEnd();
  // '"We lost," "said Ada Pell." "Then ..."': straight marks out of step turn the tag into a span.
  if (isTagBetweenQuotes(introducer, text)) return null;
  const namesWork = introducer !== '' && !/[:,;.!?—–-]$/.test(introducer) && !endsWithSpeechVerb(introducer);
  // "the so-called “blue envelope” rule", "told “Morning Coffee Hour”": a term or a show, whatever tag is near.
  if (holdsNoOnesWords(introducer, text, isTitleCase(text))) return null;
  if ((!attribution || (!after && !labelled && namesWork)) && isTitleCase(text)) return null;
  // "her book, “How to Grow Old Slowly,” Dr X argued", "his column, “Why we still need libraries,”
  // drew letters", "a report titled “...”": quote marks right after a work's noun hold its name.
  // A title-case name goes whatever follows; one in sentence case only when no tag claims it.
  if (
    followsWorkNoun(introducer) &&
    (isTitleCase(text) || !after || /(?:titled|headlined)$/.test(introducer))
  )
    return null;
  // '“City museum names a new director,” by the Ledger's Jo Carden': a span closed by a comma and
  // followed by "by" and a name is a piece's headline in a citation or a digest, not a quotation.
  if (/,\s*$/.test(lastPara.slice(last.start, last.end)) && BY_THEN_CAPITAL.test(afterFrame)) return null;
  // '“Harbour Lights Tonight” star Jo Doe', '“Night Desk” host Ann Lee': a capitalised span that
  // runs straight into a role noun and a name is the show or book the person is known by.
  if (!after && namesPersonByWork(text, afterFrame)) return null;
  // A quote that runs straight on into narration ("the 'deeply flawed' plan") is a fragment.
  const runsOn = !after && /^\s*[\p{Ll}]/u.test(afterFrame) && !/[.!?,]$/.test(text);
  return {
    quotation,
    text,
    sentence: sentenceAt(layout, first.paragraph, first.start),
    place: { sentence: sentenceAt(layout, first.paragraph, first.start), offset: first.start },
    partial: words < MIN_QUOTE_WORDS || !lead.clauseStart || runsOn,
    attribution,
    speaker: null,
    basis: null,
  };
}

interface RuleResult {
  speaker: Speaker | null;
  basis: string | null;
  /** What each rule proposed along the way, for the ranker to weigh. */
  routes: Partial<Record<Route, Speaker | null>>;
}

/**
 * The hand-written order of trust: the cue's mention, else the subject of the quote's clause,
 * else an unnamed description the cue gives, else a speaker carried over from the quotes and
 * reported speech before. Its pick is one of the ranker's routes, and so is each step's own answer.
 */
function ruleCascade(
  doc: Doc,
  layout: Layout,
  drafts: Draft[],
  i: number,
  resolver: SpeakerResolver,
  index: NameIndex,
): RuleResult {
  const draft = drafts[i]!;
  const routes: Partial<Record<Route, Speaker | null>> = {};
  let speaker: Speaker | null = null;
  let basis: string | null = null;
  if (draft.attribution) {
    const mentioned = draft.attribution.mention;
    speaker = resolver.resolve(mentioned, draft.place);
    // "Tomasz and Ilse Brenner said": both speak, credited together as written.
    if (speaker && mentioned.kind === 'name' && mentioned.together)
      speaker = describedSpeaker(mentioned.together);
    routes.cue = speaker;
    basis = speaker ? basisOf(draft.attribution) : null;
  }
  const subject = resolver.clauseSubject(draft.place);
  routes.subject = subject;
  if (!speaker && subject) {
    speaker = subject;
    basis = 'subject';
  }
  const mention = draft.attribution?.mention;
  // A description stands for the speaker only when it can't be resolved to someone the article
  // names: "the mayor said" is the mayor by name when the article gives it.
  // "the memo says" with no issuer the article names: the document speaks for its unnamed author,
  // shown as written, rather than the quote going unattributed.
  const describes =
    mention?.kind === 'nominal' &&
    (canSpeak(mention.head) ||
      DOCUMENT_NOUNS.has(mention.head) ||
      // "the two write", "the committee chairmen wrote": several people, as written when not named together.
      (mention.definite && namesSeveralPeople(mention.head)));
  if (mention?.kind === 'nominal' && describes && !routes.cue) {
    routes['cue-description'] = describedSpeaker(mention.written ?? mention.text);
    // "the lawsuit says": the paper, not the person its clause or the sentence is about.
    // "the source said": only an unnamed speaker is called so, never the clause's subject either.
    if (
      !speaker ||
      speaksAsWritten(mention.text, mention.head) ||
      resolver.ownedBody(mention.text, mention.head) ||
      describesOnlyUnnamed(mention.text, mention.head) ||
      introducesUnnamed(
        mention.written ?? mention.text,
        mention.head,
        canSpeak(mention.head) && !DOCUMENT_NOUNS.has(mention.head),
      )
    ) {
      speaker = routes['cue-description'];
      basis = 'description';
    }
  }
  // "The minister spoke to reporters. '...,' she said.": a pronoun no named person answers refers
  // to the unnamed person the sentences before introduced, shown as written.
  // "The parents of the boy made an appeal. '...,' they said.": likewise a group for "they".
  const pronoun = mention?.kind === 'pronoun' ? lowerCase(mention.text) : null;
  if ((pronoun === 'he' || pronoun === 'she' || pronoun === 'they') && !routes.cue) {
    const described = describedSubjectBefore(doc, layout, index, draft.sentence, pronoun === 'they');
    if (described) {
      routes['cue-description'] = describedSpeaker(described);
      if (!speaker) {
        speaker = routes['cue-description'];
        basis = 'description';
      }
    }
  }
  // Continuation is for a quote with no cue of its own, or one whose cue found no one: a quote
  // whose own tag names its speaker ("said the goalkeeper") is not carried from the passage before.
  const carried = routes.cue ? null : carryOver(doc, layout, drafts, i, resolver);
  routes.carried = carried;
  if (!speaker && !draft.attribution && carried) {
    speaker = carried;
    basis = carried.kind === 'description' ? 'description' : 'continuation';
  }
  return { speaker, basis, routes };
}

/**
 * Speakers credited from sentence `from` on. Quotes come in reading order, so the credits are
 * sorted by sentence: search back from the end, never the whole list (an article of thousands of
 * quotes stays linear).
 */
function recentSince(credited: Array<{ sentence: number; speaker: Speaker }>, from: number): Speaker[] {
  let k = credited.length;
  while (k > 0 && credited[k - 1]!.sentence >= from) k--;
  return credited.slice(k).map((c) => c.speaker);
}

/** The basis shown for a speaker the ranker chose over the cascade's pick: the strongest route that reached it. */
function basisOfRoutes(routes: Route[], speaker: Speaker, attribution: Attribution | null): string {
  if (speaker.kind === 'description') return 'description';
  if (routes.includes('cue') && attribution) return basisOf(attribution);
  if (routes.includes('subject')) return 'subject';
  if (routes.includes('carried') || routes.includes('previous')) return 'continuation';
  return 'nearby';
}

/** "..., she told reporters" is no work's name: the last word, or the one before a pronoun or "reporters", says something. */
function endsWithSpeechVerb(text: string): boolean {
  const words = text.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return isSpeechVerb(lowerCase(last)) || isSpeechVerb(lowerCase(words[words.length - 2] ?? ''));
}

/** Does the narration before a quote end on a work's noun or "titled" ("his book,", "the song", "a report titled")? */
function followsWorkNoun(introducer: string): boolean {
  // The tail only: an end-anchored pattern over the whole paragraph would be tried at every offset.
  const last = lastWordBeforeComma(introducer.slice(-24));
  return last !== undefined && WORK_NOUNS.has(lowerCase(last));
}

const LETTER = /^\p{L}$/u;

/**
 * What `/([\p{L}-]+),?$/u` captures: the run of letters and hyphens closing the text, before one
 * optional comma. Read backwards from the end: the pattern was tried at every offset.
 */
function lastWordBeforeComma(text: string): string | undefined {
  const end = text.charCodeAt(text.length - 1) === 44 ? text.length - 1 : text.length;
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 45 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      start--;
      continue;
    }
    if (c < 128) break;
    // A letter outside ASCII may be a surrogate pair: the code point ending here is tested whole.
    const pair = c >= 0xdc00 && c <= 0xdfff && start >= 2 && isHighSurrogate(text.charCodeAt(start - 2));
    const from = pair ? start - 2 : start - 1;
    if (!LETTER.test(text.slice(from, start))) break;
    start = from;
  }
  return start < end ? text.slice(start, end) : undefined;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Does a span read as a work's name that a role noun and a name follow ("“Harbour Lights Tonight”
 * star Jo Doe")? The span opens with a capital, ends without punctuation and is mostly capitalised
 * words; the narration goes on with a lower-case role noun and a capitalised word.
 */
function namesPersonByWork(text: string, afterFrame: string): boolean {
  const role = SMALL_WORD_THEN_CAPITAL.exec(afterFrame)?.[1];
  if (!role || !isRoleNoun(role) || !OPENS_CAPITAL.test(text) || /[.,;:!?]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  if (words.length > MAX_TITLE_WORDS) return false;
  return words.filter((w) => OPENS_CAPITAL.test(w)).length * 2 >= words.length;
}

/** Short words a title leaves in lower case ("State of the Union", "Land of Our Fathers"). */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'vs',
  'as',
]);
/** Longest run of words read as a title: a capitalised sentence longer than this is a headline-style quote. */
const MAX_TITLE_WORDS = 10;

// At module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside a
// character class as `new RegExp(...)`, built again on every call inside a function.
const HAS_LETTER = /\p{L}/u;

function isTitleCase(text: string): boolean {
  // Checked first (it alone says no): a quote of several sentences need not be split into words.
  if (/[.!?]\s/.test(text)) return false;
  const words = text
    .replace(/[,.;:!?]+$/, '')
    .split(/\s+/)
    .filter((w) => HAS_LETTER.test(w));
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || /[.!?]\s/.test(text)) return false;
  return words.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** "a spokesperson", "the father", "officials": the unnamed speaker as written, for quotes no name can be found for. */
function describedSpeaker(text: string): Speaker {
  const name = text.replace(/^[\s"'“‘(]+|[\s,;:.!?"'”’)]+$/g, '');
  return { name, kind: 'description', gender: null, role: null, forms: new Set(), confirmed: false };
}

function basisOf(attribution: Attribution): string {
  const kind: Mention['kind'] = attribution.mention.kind;
  if (kind === 'pronoun') return 'pronoun';
  if (kind === 'nominal') return 'nominal';
  return attribution.basis;
}

/**
 * Whether a draft has a piece in the paragraph: a module function, as a named closure made per
 * call is named at run time under tsx (keepNames), and carryOver asks this of every quote's neighbours.
 */
function hasPieceIn(d: Draft, paragraph: number): boolean {
  for (const p of d.quotation.pieces) if (p.paragraph === paragraph) return true;
  return false;
}

/**
 * A quote with no cue of its own continues a speaker: another quote in its paragraph, or, when it
 * opens its paragraph, the last speaker of the paragraph before (or the "Smith said:" that ends it).
 */
function carryOver(
  doc: Doc,
  layout: Layout,
  drafts: Draft[],
  i: number,
  resolver: SpeakerResolver,
): Speaker | null {
  const draft = drafts[i]!;
  const paragraph = draft.quotation.pieces[0]!.paragraph;
  // 'Osei says. Gord Lutz, who lost 20 lbs., says the course changed his habits. "I always ..."':
  // a sentence of reported speech just before the quote hands it to its speaker, whoever spoke earlier.
  // A quote just before, in that sentence, has its own tag: its speaker goes on ("'...,' said
  // Hale. 'I had waited years for this ...'"), and the other speech verbs of its sentence report nothing.
  const before = draft.sentence - 1;
  const quotedBefore = i > 0 && drafts[i - 1]!.sentence >= before && hasPieceIn(drafts[i - 1]!, paragraph);
  if (before >= 0 && doc.sentenceParagraph[before] === paragraph && !quotedBefore) {
    // "..., the admiral said. First, it was “...”": a description that can speak hands the quote on
    // as a name does; a pronoun there is left to the previous-subject reading below.
    const reported = speakerOfSentence(doc, layout, before, resolver, true);
    if (reported) return reported;
  }
  // An earlier quote whose explicit tag found no one leaves this one unresolved too: guessing past
  // it would hand the words to someone the tag did not name.
  for (let k = i - 1; k >= 0 && hasPieceIn(drafts[k]!, paragraph); k--)
    if (drafts[k]!.speaker || drafts[k]!.attribution) return drafts[k]!.speaker;
  for (let k = i + 1; k < drafts.length && hasPieceIn(drafts[k]!, paragraph); k++) {
    const later = drafts[k]!;
    if (later.attribution) return resolver.resolve(later.attribution.mention, later.place);
  }
  const opensParagraph =
    (doc.paragraphs[paragraph] ?? '').slice(0, draft.quotation.pieces[0]!.start - 1).trim() === '';
  if (!opensParagraph)
    return resolver.previousSubject(draft.place, doc.sentenceParagraph[draft.sentence - 1] === paragraph);
  if (paragraph === 0) return null;
  // The last quote of the paragraph before: drafts are in reading order, so scan back only as far
  // as that paragraph (every quote asks this, so a scan of all drafts would be quadratic).
  let lastSpoken: Draft | undefined;
  for (let k = i - 1; k >= 0 && !lastSpoken; k--) {
    const pieces = drafts[k]!.quotation.pieces;
    if (pieces[pieces.length - 1]!.paragraph < paragraph - 1) break;
    if (pieces.some((p) => p.paragraph === paragraph - 1)) lastSpoken = drafts[k];
  }
  if (lastSpoken) return lastSpoken.speaker;
  const reported = reportedSpeaker(doc, layout, paragraph - 1, resolver);
  if (reported) return reported;
  const lead = leadBefore(lastSentence(doc.paragraphs[paragraph - 1] ?? ''), false);
  return lead.attribution ? resolver.resolve(lead.attribution.mention, draft.place) : null;
}

/**
 * A paragraph of reported speech ("Okafor said rents had doubled in a year.") followed by a
 * paragraph that is only a quote hands the quote to the one reporting: news copy alternates
 * paraphrase and direct quote from the same source without repeating the tag. The latest speech
 * clause of the paragraph decides.
 */
function reportedSpeaker(
  doc: Doc,
  layout: Layout,
  paragraph: number,
  resolver: SpeakerResolver,
): Speaker | null {
  const sentences = layout.paragraphSentences[paragraph] ?? [];
  for (let k = sentences.length - 1; k >= 0; k--) {
    const found = speakerOfSentence(doc, layout, sentences[k]!, resolver);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * A name, or a description whose head can speak ("the admiral", "the ministry"): not a pronoun,
 * and not a misread phrase ("the plan if") that a speech verb happens to follow.
 */
function namesOrDescribesSpeaker(mention: Mention): boolean {
  return mention.kind === 'name' || (mention.kind === 'nominal' && canSpeak(mention.head));
}

/** The speaker of sentence `s`'s reported speech ("Okafor said ..."); undefined when it reports none. */
function speakerOfSentence(
  doc: Doc,
  layout: Layout,
  s: number,
  resolver: SpeakerResolver,
  namesOrDescribes = false,
): Speaker | null | undefined {
  const narration = layout.narration[doc.sentenceParagraph[s] ?? 0] ?? '';
  const start = layout.sentenceStart[s] ?? 0;
  const end = start + (doc.sentences[s]?.length ?? 0);
  const mention = speechSubject(narration.slice(start, end));
  if (!mention || (namesOrDescribes && !namesOrDescribesSpeaker(mention))) return undefined;
  return resolver.resolve(mention, { sentence: s, offset: end });
}
