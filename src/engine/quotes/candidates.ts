import { isSpeechVerb } from '../lexicon/speech.js';
import { isRoleNoun } from '../lexicon/titles.js';
import type { Attribution } from './attribution.js';
import type { Layout } from './layout.js';
import { ORG_HEADS, ORG_NOUNS } from './lexicon.js';
import { join2, join3, suffixer } from './feature-names.js';
import { isAgentNoun } from './mentions/index.js';
import type { Mentioned, NameIndex, Speaker } from './names.js';
import { isSpaceUnit } from '../text/tokens.js';

/**
 * Candidate speakers for one quote and the features the ranker scores them by. The rules that
 * used to decide the speaker (the cue's subject, the clause subject, the carried-over speaker,
 * the rule cascade's own pick) are routes here: each says "this one", and the learned weights
 * say how much each route counts in which situation. Names near the quote are candidates too,
 * described by where they stand, so the ranker can prefer one no rule reached.
 */

/** How far, in sentences, a name before or after the quote may stand to be a candidate. */
const SENTENCES_BEFORE = 2;
const SENTENCES_AFTER = 1;

export type Route = 'cue' | 'cue-description' | 'subject' | 'carried' | 'previous' | 'rule';

/** What the quote stage knows about one quote when it ranks its speakers. */
export interface QuoteContext {
  sentence: number;
  endSentence: number;
  paragraph: number;
  endParagraph: number;
  /** Offsets of the quote's first character and just past its last, in their paragraphs. */
  start: number;
  end: number;
  /** The quote opens its paragraph. */
  opensParagraph: boolean;
  attribution: Attribution | null;
  /** Speakers each route proposes (null or absent when the route found no one). */
  routes: Partial<Record<Route, Speaker | null>>;
  /** The previous quote: its speaker, and whether it shares this quote's paragraph or the one before. */
  previous: { speaker: Speaker | null; paragraphGap: number } | null;
  /** Speakers credited with a quote in the last few sentences, latest last. */
  recentlyCredited: Speaker[];
}

export interface Candidate {
  /** Null for the "nobody" candidate: the quote stays unattributed. */
  speaker: Speaker | null;
  routes: Route[];
  features: string[];
}

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return join2('≤', e);
  return join2('>', edges[edges.length - 1]!);
}

/** The cue's shape: which frame and what kind of mention ("said-X:name", "X-said:pronoun"), or "none". */
function cueShape(attribution: Attribution | null): string {
  return attribution ? join3(attribution.basis, ':', attribution.mention.kind) : 'none';
}

function speechWordAt(text: string, from: number, direction: 1 | -1): boolean {
  // The two words on that side of the mention, skipping the rest of a capitalised name. Words are
  // read in place, without splitting the window into an array: this runs for every candidate.
  if (direction === 1) {
    const end = Math.min(text.length, from + 60);
    let k = 0;
    let read = 0;
    for (let i = from; i < end && read < 2; ) {
      while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
      if (i >= end) break;
      const start = i;
      while (i < end && !isSpaceUnit(text.charCodeAt(i))) i++;
      const w = text.slice(start, i);
      // The first four words may be the rest of a capitalised name.
      if (k++ < 4 && STARTS_UPPER.test(w)) continue;
      read++;
      if (isSpeechVerb(w)) return true;
    }
    return false;
  }
  const stop = Math.max(0, from - 30);
  let read = 0;
  for (let i = Math.min(from, text.length); i > stop && read < 2; ) {
    while (i > stop && isSpaceUnit(text.charCodeAt(i - 1))) i--;
    if (i <= stop) break;
    const end = i;
    while (i > stop && !isSpaceUnit(text.charCodeAt(i - 1))) i--;
    read++;
    if (isSpeechVerb(text.slice(i, end))) return true;
  }
  return false;
}

const STARTS_UPPER = /^\p{Lu}/u;

/** What a description's head names: a person's role ("defenceman"), a body ("ministry"), or something else. */
function headKind(head: string): 'person' | 'body' | 'other' {
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/(?<=[^s])s$/, '');
  if (isRoleNoun(head) || isRoleNoun(singular) || isAgentNoun(singular, singular === head)) return 'person';
  if (ORG_NOUNS.has(head) || ORG_NOUNS.has(singular) || ORG_HEADS.has(head)) return 'body';
  return 'other';
}

/** Bucket edges of a mention's distance from the quote (characters) and of a speaker's mention count. */
const DISTANCE_EDGES = [15, 40, 100, 250];
const MENTION_EDGES = [0, 1, 3, 8];

interface Nearby {
  mention: Mentioned;
  sentence: number;
  distance: number;
  side: 'before' | 'after';
}

/** The nearest narration mention of each speaker in the window around the quote. */
/**
 * A capitalised word the quote stage took for an organisation ("Union demands ...") with nothing
 * else for it is too weak a guess to hand a quote to. (A module function: a closure made per call
 * is named at run time under tsx.)
 */
function guessedOnly(s: Speaker): boolean {
  return s.kind === 'org' && !s.confirmed;
}

function nearbyMentions(ctx: QuoteContext, index: NameIndex, layout: Layout): Map<Speaker, Nearby> {
  const found = new Map<Speaker, Nearby>();
  const from = Math.max(0, ctx.sentence - SENTENCES_BEFORE);
  const to = Math.min(index.bySentence.length - 1, ctx.endSentence + SENTENCES_AFTER);
  for (let s = from; s <= to; s++) {
    const p = index.paragraphOf[s] ?? 0;
    for (const m of index.bySentence[s] ?? []) {
      let side: 'before' | 'after';
      let distance: number;
      if (p < ctx.paragraph - 1) continue;
      if (p < ctx.paragraph || (p === ctx.paragraph && m.offset < ctx.start)) {
        side = 'before';
        distance =
          p === ctx.paragraph
            ? ctx.start - m.offset
            : ctx.start + ((layout.narration[p]?.length ?? 0) - m.offset);
      } else if (p === ctx.endParagraph && m.offset >= ctx.end) {
        // News copy tags a quote in its own paragraph or sets it up in the one before; a name in
        // a later paragraph belongs to what that paragraph says.
        side = 'after';
        distance = m.offset - ctx.end;
      } else continue;
      const seen = found.get(m.speaker);
      if (!seen || distance < seen.distance)
        found.set(m.speaker, { mention: m, sentence: s, distance, side });
    }
  }
  return found;
}

/** Every candidate for the quote, with features; the "nobody" candidate comes last. */
export function gatherCandidates(
  ctx: QuoteContext,
  index: NameIndex,
  layout: Layout,
  mentionCount: ReadonlyMap<Speaker, number>,
): Candidate[] {
  const cue = cueShape(ctx.attribution);
  const open = ctx.opensParagraph ? 'open' : 'inline';
  const byRoutes = new Map<Speaker, Route[]>();
  for (const [route, speaker] of Object.entries(ctx.routes) as [Route, Speaker | null][]) {
    if (!speaker) continue;
    byRoutes.set(speaker, [...(byRoutes.get(speaker) ?? []), route]);
  }
  const nearby = nearbyMentions(ctx, index, layout);
  const mention = ctx.attribution?.mention;
  const nominalHead = mention?.kind === 'nominal' ? headKind(mention.head) : null;
  const speakers = [
    ...byRoutes.keys(),
    ...[...nearby.keys()].filter((s) => !byRoutes.has(s) && !guessedOnly(s)),
  ];
  // Feature names go through join2/join3 (feature-names.ts): the same name is the same string each time.
  const withCue = suffixer(join2('|cue=', cue));
  const withOpen = suffixer(join2('|', open));
  const candidates: Candidate[] = speakers.map((speaker) => {
    const routes = byRoutes.get(speaker) ?? [];
    const kind = join2('kind:', speaker.kind);
    const f: string[] = [kind, withCue(kind)];
    for (const r of routes) {
      const route = join2('route:', r);
      f.push(route, withCue(route), withOpen(route));
    }
    if (routes.length === 0) f.push(withCue('route:none'), withOpen('route:none'));
    f.push(join2('routes:', Math.min(routes.length, 3)));
    if (routes.includes('rule') && routes.length === 1) f.push(withCue('rule-only'));
    const near = nearby.get(speaker);
    if (near) {
      const delta = near.sentence - (near.side === 'before' ? ctx.sentence : ctx.endSentence);
      const paragraphs =
        (index.paragraphOf[near.sentence] ?? 0) - (near.side === 'before' ? ctx.paragraph : ctx.endParagraph);
      const where = join2('near:', join3(near.side, ':', delta));
      const distance = join2('near:', join3(near.side, ':', bucket(near.distance, DISTANCE_EDGES)));
      // Position counts differently by cue: right after a quote tagged "he told" is the one told, not the speaker.
      f.push(where, withOpen(where), withCue(where), distance, withCue(distance));
      f.push(join2('near:para', Math.max(-1, Math.min(1, paragraphs))));
      if (near.mention.subject) f.push(join2('near:subject:', near.side), withCue('near:subject'));
      if (near.mention.oblique) f.push('near:oblique');
      const paragraph = layout.narration[index.paragraphOf[near.sentence] ?? 0] ?? '';
      if (speechWordAt(paragraph, near.mention.offset, 1))
        f.push(join2('near:speech-next:', near.side), withCue('near:speech-next'));
      if (speechWordAt(paragraph, near.mention.offset, -1))
        f.push(join2('near:speech-before:', near.side), withCue('near:speech-before'));
    } else f.push('near:absent');
    // Unconfirmed: a capitalised run the quote stage guessed at, not a name the entity stage knows.
    f.push(
      join2(
        join3(join2('confirmed:', speaker.confirmed), '|kind=', speaker.kind),
        join2('|routed=', routes.length > 0),
      ),
    );
    if (speaker.role) f.push(join2('role|kind=', speaker.kind));
    f.push(join2('mentions:', bucket(mentionCount.get(speaker) ?? 0, MENTION_EDGES)));
    const credited = ctx.recentlyCredited.lastIndexOf(speaker);
    if (credited >= 0) f.push('credited-recently', withCue('credited-recently'));
    if (credited >= 0 && credited === ctx.recentlyCredited.length - 1)
      f.push('credited-last', withCue('credited-last'), withOpen('credited-last'));
    // "said the rookie forward": a description of a person is never an organisation, and "the
    // company said" never a person; whether the candidate's kind fits the cue's head is learned.
    if (nominalHead) f.push(join3(join2('nominal-head:', nominalHead), '|kind=', speaker.kind));
    if (ctx.previous?.speaker === speaker)
      f.push(join2('previous-gap:', Math.min(ctx.previous.paragraphGap, 2)), withCue('previous'));
    return { speaker, routes, features: f };
  });
  // "a rival said" that resolves to no one: the tag says someone unnamed spoke, so handing the
  // quote to a speaker from elsewhere would be wrong.
  const unresolved =
    ctx.attribution && !ctx.routes.cue && !ctx.routes['cue-description'] ? 'unresolved' : 'resolved';
  candidates.push({
    speaker: null,
    routes: [],
    features: [
      'nobody',
      withCue('nobody'),
      withOpen('nobody'),
      join2('nobody|rule=', ctx.routes.rule ? 'some' : 'none'),
      join2('nobody|cue-', unresolved),
      withOpen(join2('nobody|cue-', unresolved)),
    ],
  });
  return candidates;
}
