import type { Doc } from './doc.js';
import type { Entities } from './entities.js';
import { type Attribution, attributionAfter, leadBefore, speechSubject } from './quotes/attribution.js';
import { markKeyQuotes } from './quotes/key.js';
import { type Layout, layoutDoc, sentenceAt } from './quotes/layout.js';
import { type QuotePieces, type QuoteSpan, findQuotations, speakerLabel } from './quotes/marks.js';
import { canSpeak, type Mention } from './quotes/mentions.js';
import { indexNames, type Speaker, SpeakerBook } from './quotes/names.js';
import { type Place, SpeakerResolver } from './quotes/resolve.js';
import { lastSentence } from './quotes/text.js';
import type { Quote } from './schema.js';
import { countLetteredWords } from './text/tokens.js';

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
 * people and organisations the article names. A speaker that can't be resolved stays null.
 */
export function extractQuotes(doc: Doc, entities: Entities): Quote[] {
  const layout = layoutDoc(doc);
  const book = new SpeakerBook(entities);
  const index = indexNames(doc, layout, book);
  const resolver = new SpeakerResolver(book, index);
  const quotations = findQuotations(doc.paragraphs);
  const spansByParagraph: QuoteSpan[][] = doc.paragraphs.map(() => []);
  for (const q of quotations) for (const piece of q.pieces) spansByParagraph[piece.paragraph]?.push(piece);

  const drafts: Draft[] = [];
  for (const quotation of quotations) {
    const draft = readQuotation(doc, quotation, spansByParagraph, layout);
    if (draft) drafts.push(draft);
  }
  drafts.forEach((draft, i) => {
    if (draft.attribution) {
      draft.speaker = resolver.resolve(draft.attribution.mention, draft.place);
      draft.basis = draft.speaker ? basisOf(draft.attribution) : null;
    }
    if (!draft.speaker) {
      const subject = resolver.clauseSubject(draft.place);
      if (subject) {
        draft.speaker = subject;
        draft.basis = 'subject';
      }
    }
    const mention = draft.attribution?.mention;
    if (!draft.speaker && mention?.kind === 'nominal' && canSpeak(mention.head)) {
      draft.speaker = describedSpeaker(mention.text);
      draft.basis = 'description';
    }
    if (!draft.speaker && !draft.attribution) {
      const carried = carryOver(doc, layout, drafts, i, resolver);
      draft.speaker = carried;
      draft.basis = carried ? (carried.kind === 'description' ? 'description' : 'continuation') : null;
    }
    if (draft.speaker) {
      resolver.credit(draft.sentence, draft.speaker);
      const last = draft.quotation.pieces[draft.quotation.pieces.length - 1]!;
      const endSentence = sentenceAt(layout, last.paragraph, last.end);
      if (endSentence !== draft.sentence) resolver.credit(endSentence, draft.speaker);
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

function readQuotation(doc: Doc, quotation: QuotePieces, spans: QuoteSpan[][], layout: ReturnType<typeof layoutDoc>): Draft | null {
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
  const lead = leadBefore(firstPara.slice(prev ? prev.end + 1 : 0, Math.max(0, first.start - 1)));
  const afterFrame = last.open ? '' : lastPara.slice(last.end + 1, next ? Math.max(last.end + 1, next.start - 1) : undefined);
  const closedSentence = /[.!?]$/.test(lastPara.slice(last.start, last.end).trimEnd()) && /^\s+\p{Lu}/u.test(afterFrame);
  const after = attributionAfter(afterFrame, closedSentence);
  const words = countLetteredWords(text);
  const labelled: Attribution | null = label ? { mention: { kind: 'name', text: label.name, appositive: null }, basis: 'X-said' } : null;
  // An explicit tag after the quote outranks a label before it ("ANALYST'S VIEWPOINT: '...' Smith said").
  const attribution = after ?? labelled ?? lead.attribution;
  if (words < MIN_QUOTE_WORDS && !attribution) return null;
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
 * A quote with no cue of its own continues a speaker: another quote in its paragraph, or, when it
 * opens its paragraph, the last speaker of the paragraph before (or the "Smith said:" that ends it).
 */
function carryOver(doc: Doc, layout: Layout, drafts: Draft[], i: number, resolver: SpeakerResolver): Speaker | null {
  const draft = drafts[i]!;
  const paragraph = draft.quotation.pieces[0]!.paragraph;
  const samePara = (d: Draft) => d.quotation.pieces.some((p) => p.paragraph === paragraph);
  // 'Kim says. Doug Purdy, who lost 16 lbs., says the program changed his life. "I always ..."':
  // a sentence of reported speech just before the quote hands it to its speaker, whoever spoke earlier.
  const before = draft.sentence - 1;
  if (before >= 0 && doc.sentenceParagraph[before] === paragraph) {
    const reported = speakerOfSentence(doc, layout, before, resolver, true);
    if (reported) return reported;
  }
  // An earlier quote whose explicit tag found no one leaves this one unresolved too: guessing past
  // it would hand the words to someone the tag did not name.
  for (let k = i - 1; k >= 0 && samePara(drafts[k]!); k--) if (drafts[k]!.speaker || drafts[k]!.attribution) return drafts[k]!.speaker;
  for (let k = i + 1; k < drafts.length && samePara(drafts[k]!); k++) {
    const later = drafts[k]!;
    if (later.attribution) return resolver.resolve(later.attribution.mention, later.place);
  }
  const opensParagraph = (doc.paragraphs[paragraph] ?? '').slice(0, draft.quotation.pieces[0]!.start - 1).trim() === '';
  if (!opensParagraph) return resolver.previousSubject(draft.place, doc.sentenceParagraph[draft.sentence - 1] === paragraph);
  if (paragraph === 0) return null;
  const previous = drafts.filter((d) => d.quotation.pieces.some((p) => p.paragraph === paragraph - 1));
  const lastSpoken = previous[previous.length - 1];
  if (lastSpoken) return lastSpoken.speaker;
  const reported = reportedSpeaker(doc, layout, paragraph - 1, resolver);
  if (reported) return reported;
  const lead = leadBefore(lastSentence(doc.paragraphs[paragraph - 1] ?? ''));
  return lead.attribution ? resolver.resolve(lead.attribution.mention, draft.place) : null;
}

/**
 * A paragraph of reported speech ("Garland said unemployment has broad effects.") followed by a
 * paragraph that is only a quote hands the quote to the one reporting: news copy alternates
 * paraphrase and direct quote from the same source without repeating the tag. The latest speech
 * clause of the paragraph decides.
 */
function reportedSpeaker(doc: Doc, layout: Layout, paragraph: number, resolver: SpeakerResolver): Speaker | null {
  const sentences = layout.paragraphSentences[paragraph] ?? [];
  for (let k = sentences.length - 1; k >= 0; k--) {
    const found = speakerOfSentence(doc, layout, sentences[k]!, resolver);
    if (found !== undefined) return found;
  }
  return null;
}

/** The speaker of sentence `s`'s reported speech ("Garland said ..."); undefined when it reports none. */
function speakerOfSentence(doc: Doc, layout: Layout, s: number, resolver: SpeakerResolver, namedOnly = false): Speaker | null | undefined {
  const narration = layout.narration[doc.sentenceParagraph[s] ?? 0] ?? '';
  const start = layout.sentenceStart[s] ?? 0;
  const end = start + (doc.sentences[s]?.length ?? 0);
  const mention = speechSubject(narration.slice(start, end));
  if (!mention || (namedOnly && mention.kind !== 'name')) return undefined;
  return resolver.resolve(mention, { sentence: s, offset: end });
}
