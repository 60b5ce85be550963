/**
 * Synthetic "eight outlets, one story": from one real report, the versions other outlets would
 * print of it. Each outlet has its own habits, the same for every story it prints: it picks a
 * headline from another sentence of the report (some in headline case), rewrites the lead by
 * dropping or reordering a clause, adds photo captions and its own boilerplate lines (the same
 * lines under every story it prints, which must not glue unrelated stories together), reorders
 * the paragraphs after the lead and cuts the report at its own length. Versions of one report must
 * join one story; reports of different stories must stay apart. Deterministic: the choices come
 * from a seeded generator, so a run is comparable with the last.
 */

/** A small deterministic generator (mulberry32): the same seed gives the same versions. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Sentences of a raw report: a stop, question or exclamation mark (and a closing quote) before a capital. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?]['"’”]?)\s+(?=["“‘']?[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** How one outlet prints every story. */
export interface Outlet {
  name: string;
  /** Lines it prints under every story (share buttons, a copyright line, a newsletter plug). */
  boilerplate: string[];
  /** Headlines in headline case ("Council Approves New Harbour Plan"). */
  headlineCase: boolean;
  /** Sentences of the report it keeps (null: all of them). */
  keep: number | null;
  /** Photo captions it adds (each a fragment of a later sentence after "Pictured:"). */
  captions: number;
  /**
   * It writes its own lead: the report's lead is not printed, and the version opens on the
   * report's next sentence (an outlet that reported the story itself shares its facts, not its lead).
   */
  ownLead: boolean;
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'wire', boilerplate: [], headlineCase: false, keep: null, captions: 0, ownLead: false },
  {
    name: 'daily',
    boilerplate: ['Share this article', 'Follow us on Twitter and Facebook for the latest news.'],
    headlineCase: true,
    keep: 12,
    captions: 2,
    ownLead: false,
  },
  {
    name: 'herald',
    boilerplate: ['Sign up for our morning newsletter.', 'Copyright 2015 The Herald. All rights reserved.'],
    headlineCase: false,
    keep: 6,
    captions: 1,
    ownLead: false,
  },
  {
    name: 'brief',
    boilerplate: ['Read more of our coverage on the app.'],
    headlineCase: true,
    keep: 3,
    captions: 0,
    ownLead: false,
  },
  {
    name: 'gazette',
    boilerplate: ['Comments are closed on this story.', 'Advertisement'],
    headlineCase: false,
    keep: 20,
    captions: 3,
    ownLead: true,
  },
  {
    name: 'post',
    boilerplate: ['This story has been updated.', 'Contact the newsroom with tips.'],
    headlineCase: true,
    keep: 8,
    captions: 1,
    ownLead: true,
  },
  {
    name: 'times',
    boilerplate: ['Subscribe for unlimited access.', 'Most read', 'Related stories'],
    headlineCase: false,
    keep: 4,
    captions: 0,
    ownLead: false,
  },
  {
    name: 'online',
    boilerplate: ['Click here to watch the video.', 'Scroll down for more.'],
    headlineCase: true,
    keep: 15,
    captions: 2,
    ownLead: true,
  },
];

const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

function headlineCase(words: readonly string[]): string[] {
  return words.map((w, i) =>
    i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1),
  );
}

/** A headline made from another sentence than the lead: its first 6 to 11 words, no final stop. */
function headlineFrom(sentence: string, inHeadlineCase: boolean, rand: () => number): string {
  const words = sentence.replace(/[.!?'"’”]+$/, '').split(/\s+/);
  const cut = words.slice(0, 6 + Math.floor(rand() * 6));
  return (inHeadlineCase ? headlineCase(cut) : cut).join(' ');
}

/** Words that open a subordinate clause a lead can lose or put first ("... after the vote"). */
const SUBORDINATE = /\s(after|as|because|when|while|since|before|despite|amid)\s/;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const uncapitalised = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * The lead in other words, without the source's credit ("(CNN)"): with two or more clauses
 * (commas, dashes), one clause after the first is dropped or the last is moved to the front; a
 * one-clause lead loses its subordinate clause ("... after the vote") or puts it first.
 */
function rewriteLead(source: string, rand: () => number): string {
  const lead = source.replace(/^\([A-Z][\w .]*\)\s*(?:--\s*)?/, '').replace(/[.!?]+$/, '');
  const clauses = lead.split(/\s*(?:,|\s-\s|\s–\s|\s--\s)\s*/).filter((c) => c.length > 0);
  if (clauses.length >= 2) {
    if (rand() < 0.5) {
      const drop = 1 + Math.floor(rand() * (clauses.length - 1));
      return `${clauses.filter((_, i) => i !== drop).join(', ')}.`;
    }
    const last = clauses.at(-1) as string;
    return `${[capitalised(last), uncapitalised(clauses[0] as string), ...clauses.slice(1, -1)].join(', ')}.`;
  }
  const m = SUBORDINATE.exec(lead);
  if (!m || lead.slice(0, m.index).split(/\s+/).length < 4) return `${lead}.`;
  const main = lead.slice(0, m.index);
  const tail = lead.slice(m.index + 1);
  return rand() < 0.5 ? `${main}.` : `${capitalised(tail)}, ${uncapitalised(main)}.`;
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * One outlet's version of a report: its headline, the rewritten lead (or its own, `ownLead`), the rest of the kept
 * sentences in paragraphs of two or three, reordered, with captions among them and the outlet's
 * boilerplate after. The first outlet (the wire) prints the report as it came.
 */
export function outletVersion(report: string, outlet: Outlet, seed: number): string {
  const rand = seeded(seed);
  if (outlet.boilerplate.length === 0 && outlet.keep === null) return report;
  // Byline and time-stamp fragments ("By .", "PUBLISHED: .") are the source's page furniture:
  // another outlet prints its own, not these.
  const sentences = sentencesOf(report).filter((s) => s.split(/\s+/).length >= 4);
  const from = outlet.ownLead && sentences.length > 2 ? 1 : 0;
  const kept = sentences.slice(from, outlet.keep === null ? undefined : from + outlet.keep);
  const [lead = '', ...rest] = kept;
  const headlineSource = sentences[1 + Math.floor(rand() * Math.min(4, Math.max(1, sentences.length - 1)))];
  const headline = headlineFrom(headlineSource ?? lead, outlet.headlineCase, rand);
  const paragraphs: string[] = [];
  for (let i = 0; i < rest.length; ) {
    const n = 2 + Math.floor(rand() * 2);
    paragraphs.push(rest.slice(i, i + n).join(' '));
    i += n;
  }
  shuffle(paragraphs, rand);
  for (let c = 0; c < outlet.captions && sentences.length > 2; c++) {
    const from = sentences[2 + Math.floor(rand() * (sentences.length - 2))] as string;
    const fragment = from
      .split(/\s+/)
      .slice(0, 8)
      .join(' ')
      .replace(/[,.;:]+$/, '');
    const at = Math.floor(rand() * (paragraphs.length + 1));
    paragraphs.splice(at, 0, `Pictured: ${fragment}`);
  }
  return [headline, rewriteLead(lead, rand), ...paragraphs, ...outlet.boilerplate].join('\n\n');
}
