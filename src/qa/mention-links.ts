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
  // The person a later "he", "she" or "the <role>" stands for: the first one named in the latest
  // sentence naming anyone, while near (news writing names the subject again after a few sentences).
  let last: { at: number; person: (typeof people)[number] } | null = null;
  parsed.sentences.forEach((sentence, i) => {
    const roots = sentenceRoots[i] ?? new Set<string>();
    const text = sentence.replace(QUOTED, ' ');
    const named = firstNamed(text, people);
    const antecedent = last && i - last.at <= MAX_GAP ? last.person : null;
    // "He told ...", "The former mayor, who ..., met Ruiz": the reference comes before any other name,
    // so it is the subject carried over from before, not someone the sentence introduces.
    const back = antecedent ? backReference(text, antecedent.entity.gender) : -1;
    if (antecedent && back >= 0 && (!named || back < named.at)) {
      if (!namesAny(roots, antecedent.roots)) link(i, antecedent.roots);
      last = { at: i, person: antecedent };
    } else if (named) last = { at: i, person: named.person };
  });
  return links;
}

/** Sentences a pronoun may look back over for the person it stands for. */
const MAX_GAP = 2;

const MALE = /\b(?:he|him|his|himself)\b/i;
const FEMALE = /\b(?:she|her|hers|herself)\b/i;
/** "the former governor", "the retired neurosurgeon": a definite description of one person. */
const DESCRIPTION = /\b[Tt]he((?:\s+[\p{Ll}-]+){1,4})/gu;

/** Quoted words: their "he" and "I" are the speaker's, not the narration's. */
const QUOTED = /[“"][^”"]*[”"]/g;

/**
 * Where the sentence first refers back to a person of this gender by a pronoun, or to anyone by
 * a definite description of a role ("the retired judge"); -1 when it does not.
 */
function backReference(text: string, gender: Person['gender']): number {
  let at = -1;
  const earliest = (i: number | undefined) => {
    if (i !== undefined && i >= 0 && (at < 0 || i < at)) at = i;
  };
  // A person of unknown gender (a first name the lexicon lacks) may be either pronoun's.
  if (gender !== 'female') earliest(MALE.exec(text)?.index);
  if (gender !== 'male') earliest(FEMALE.exec(text)?.index);
  for (const m of text.matchAll(DESCRIPTION)) {
    if (words(m[1] ?? '').some((w) => isPersonNoun(w))) {
      earliest(m.index);
      break;
    }
  }
  return at;
}

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
