import { isPersonNoun } from '../engine/entities/role-nouns.js';
import { hasNamedSpeaker, type NamedEntity, type ParsedArticle, type Person } from '../engine/schema.js';
import { lemma } from './lexicon.js';
import { words } from './text.js';

/**
 * Which people each sentence refers to without writing their name. News writing names a person
 * once and goes on with "he", "she" or a description ("the senator", "the former mayor"). A
 * question names the person ("What did Ruiz promise?"), so the sentence that holds the answer
 * shares no word with it; these links let the evidence ranking count such a sentence as if it
 * named the person.
 *
 * Returned per sentence: the roots of the name words of the people it refers to but does not name.
 * Linear in the article: one pass over its quotes and one over its sentences.
 */
export function mentionLinks(
  parsed: ParsedArticle,
  sentenceRoots: readonly ReadonlySet<string>[],
): Set<string>[] {
  const links = parsed.sentences.map(() => new Set<string>());
  const people = parsed.people.map((p) => ({ entity: p, roots: nameRoots(p) }));
  const link = (i: number, roots: ReadonlySet<string>) => {
    for (const r of roots) links[i]?.add(r);
  };
  // The quote stage has already resolved "he said" and "the mayor said" to a named speaker.
  const speakers = [...people, ...parsed.organizations.map((o) => ({ entity: o, roots: nameRoots(o) }))];
  for (const quote of parsed.quotes) {
    if (!hasNamedSpeaker(quote)) continue;
    const speaker = speakers.find(
      (f) => f.entity.name === quote.speaker || f.entity.aliases.includes(quote.speaker),
    );
    const roots = sentenceRoots[quote.sentence];
    if (speaker && roots && !namesAny(roots, speaker.roots)) link(quote.sentence, speaker.roots);
  }
  for (const ref of backReferences(parsed)) {
    const roots = sentenceRoots[ref.sentence];
    if (roots && !namesAny(roots, nameRoots(ref.person))) link(ref.sentence, nameRoots(ref.person));
  }
  return links;
}

/** A sentence referring back to a person named before it: by a pronoun, or by a description of their role. */
export interface BackReference {
  sentence: number;
  person: Person;
  /** The description as written ("the former mayor of Kell"), or null for a pronoun. */
  description: string | null;
}

/**
 * The person a later "he", "she" or "the <role>" stands for: the first one named in the latest
 * sentence naming anyone, while near (news writing names the subject again after a few sentences).
 * Cached per parsed article: the evidence index and the identity reader both ask.
 */
export function backReferences(parsed: ParsedArticle): BackReference[] {
  const known = referenceCache.get(parsed);
  if (known) return known;
  const people = parsed.people.map((p) => ({ entity: p, roots: nameRoots(p) }));
  const out: BackReference[] = [];
  let last: { at: number; person: (typeof people)[number] } | null = null;
  parsed.sentences.forEach((sentence, i) => {
    const text = sentence.replace(QUOTED, ' ');
    const named = firstNamed(text, people);
    const antecedent = last && i - last.at <= MAX_GAP ? last.person : null;
    // "He told ...", "The former mayor, who ..., met Ruiz": the reference comes before any other name,
    // so it is the subject carried over from before, not someone the sentence introduces.
    const back = antecedent ? backReference(text, antecedent.entity.gender) : null;
    if (antecedent && back && (!named || back.at < named.at)) {
      out.push({ sentence: i, person: antecedent.entity, description: back.description });
      last = { at: i, person: antecedent };
    } else if (named) last = { at: i, person: named.person };
  });
  referenceCache.set(parsed, out);
  return out;
}

const referenceCache = new WeakMap<ParsedArticle, BackReference[]>();

/** Sentences a pronoun may look back over for the person it stands for. */
const MAX_GAP = 2;

const MALE = /\b(?:he|him|his|himself)\b/i;
const FEMALE = /\b(?:she|her|hers|herself)\b/i;
/** "the former governor", "the retired neurosurgeon": a definite description of one person (up to its role noun). */
const DESCRIPTION = /\b[Tt]he((?:\s+[\p{L}-]+){1,4})/gu;
/** "... of Hewlett-Packard", "... of the Harbour Board": the body a described role belongs to. */
const OF_BODY = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}&.’'-]*)*/u;

/** Quoted words: their "he" and "I" are the speaker's, not the narration's. */
const QUOTED = /[“"][^”"]*(?:[”"]|$)/g;

/**
 * Where the sentence first refers back to a person of this gender by a pronoun, or to anyone by
 * a definite description of a role ("the retired judge", with the description); null when it does not.
 */
function backReference(
  text: string,
  gender: Person['gender'],
): { at: number; description: string | null } | null {
  let found: { at: number; description: string | null } | null = null;
  const earliest = (at: number | undefined, description: string | null) => {
    if (at !== undefined && at >= 0 && (!found || at < found.at)) found = { at, description };
  };
  // A person of unknown gender (a first name the lexicon lacks) may be either pronoun's.
  if (gender !== 'female') earliest(MALE.exec(text)?.index, null);
  if (gender !== 'male') earliest(FEMALE.exec(text)?.index, null);
  for (const m of text.matchAll(DESCRIPTION)) {
    const role = roleEnd(m[1] ?? '');
    if (role < 0) continue;
    const end = m.index + 3 + role;
    const body = OF_BODY.exec(text.slice(end))?.[0] ?? '';
    earliest(m.index, text.slice(m.index, end + body.length).trim());
    break;
  }
  return found;
}

/** Length of the words after "the" up to and including the first role noun, or -1 without one. */
function roleEnd(after: string): number {
  for (const m of after.matchAll(/[\p{L}-]+/gu)) {
    // "the race in ...", "the bill for ...": a phrase that is no role before its first role noun.
    if (LINKING.test(m[0])) return -1;
    if (isPersonNoun(m[0])) return m.index + m[0].length;
  }
  return -1;
}

/** Words that end a noun phrase's modifiers: past one, the role noun is no longer the head. */
const LINKING =
  /^(?:in|of|on|at|for|to|from|with|by|and|or|but|that|who|which|is|was|are|were|has|had|have)$/i;

/** The person named earliest in the text, by any capitalised word of their name, and where. */
function firstNamed<T extends { roots: ReadonlySet<string> }>(
  text: string,
  people: readonly T[],
): { person: T; at: number } | null {
  if (people.length === 0) return null;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const root = lemma(m[0]);
    const found = people.find((p) => p.roots.has(root));
    if (found) return { person: found, at: m.index };
  }
  return null;
}

/** Roots of every word of a name and its aliases, as the question's focus roots them. */
function nameRoots(entity: Person | NamedEntity): Set<string> {
  const out = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) for (const w of words(form)) out.add(lemma(w));
  return out;
}

function namesAny(roots: ReadonlySet<string>, name: ReadonlySet<string>): boolean {
  for (const r of name) if (roots.has(r)) return true;
  return false;
}

const linkCache = new WeakMap<ParsedArticle, Set<string>[]>();

/** The article's links (mentionLinks), worked out once per parsed article and kept while it lives. */
function linksOf(parsed: ParsedArticle): Set<string>[] {
  let links = linkCache.get(parsed);
  if (!links) {
    links = mentionLinks(
      parsed,
      parsed.sentences.map((s) => new Set(words(s).map(lemma))),
    );
    linkCache.set(parsed, links);
  }
  return links;
}

/**
 * Share of the question's name words ("What did Ruiz promise?": ruiz) that the sentence refers to
 * by "he"/"she", a role description or as a quote's speaker without writing them: a feature for the
 * learned scorer (features.ts "s:linked"), which weighs how far such a sentence stands in for one
 * naming the person. 0 when the question names no one.
 */
export function linkedNameShare(parsed: ParsedArticle, sentence: number, names: ReadonlySet<string>): number {
  if (names.size === 0) return 0;
  const links = linksOf(parsed)[sentence];
  if (!links || links.size === 0) return 0;
  let linked = 0;
  for (const n of names) if (links.has(n)) linked++;
  return linked / names.size;
}
