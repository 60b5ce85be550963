import {
  hasNamedSpeaker,
  type NamedEntity,
  type ParsedArticle,
  type Person,
  type Quote,
} from '../engine/schema.js';
import { findName, mentionsAny, words } from './text.js';

/**
 * Lookups over one parsed article that commands and answers share: who a typed name or role
 * word means, which sentences mention someone or somewhere, and which quotes are theirs.
 */

/** Every form an entity goes by, longest first so "Brett McGurk" is tried before "McGurk". */
export function namesOf(entity: Pick<Person | NamedEntity, 'name' | 'aliases'>): string[] {
  // The same entity object is asked for its forms once per sentence read: work them out once.
  const known = formsCache.get(entity);
  if (known) return known;
  const forms = formsOf(entity);
  formsCache.set(entity, forms);
  return forms;
}

const formsCache = new WeakMap<object, string[]>();

function formsOf(entity: Pick<Person | NamedEntity, 'name' | 'aliases'>): string[] {
  const surname = 'roles' in entity ? surnameOf(entity.name) : null;
  const all = [entity.name, ...entity.aliases, ...(surname ? [surname] : [])];
  return [...new Set(all.filter((n) => n.trim().length > 0))].sort((a, b) => b.length - a.length);
}

/** The last word of a multi-word personal name ("Haitham bin Tariq" → "Tariq"). */
function surnameOf(name: string): string | null {
  const parts = words(name);
  return parts.length > 1 ? (parts[parts.length - 1] ?? null) : null;
}

export interface PersonMatch {
  person: Person;
  /** 3: full name or alias, 2: part of the name, 1: a word of a role. */
  strength: number;
}

/**
 * People a typed reference can mean: a full name, an alias, a surname or first name, or a
 * role word ("envoy", "spokesman"). Strongest matches first, then the most mentioned.
 */
export function findPeople(parsed: ParsedArticle, query: string): PersonMatch[] {
  // A question typed with a straight apostrophe ("O'Hara") finds the article's curly one ("O’Hara").
  const fold = (name: string) => name.toLowerCase().replace(/’/g, "'");
  const wanted = fold(query.trim()).replace(/^(mr|mrs|ms|dr|sir)\.?\s+/, '');
  if (!wanted) return [];
  const wantedWords = words(wanted);
  const matches: PersonMatch[] = [];
  for (const person of parsed.people) {
    const names = namesOf(person).map(fold);
    const nameWords = new Set(names.flatMap((n) => words(n)));
    const roleWords = new Set(person.roles.flatMap((r) => words(r.toLowerCase())));
    let strength = 0;
    if (names.includes(wanted)) strength = 3;
    else if (wantedWords.length > 0 && wantedWords.every((w) => nameWords.has(w))) strength = 2;
    else if (wantedWords.length > 0 && wantedWords.every((w) => roleWords.has(w) || roleWords.has(`${w}s`)))
      strength = 1;
    if (strength > 0) matches.push({ person, strength });
  }
  return matches.sort((a, b) => b.strength - a.strength || b.person.mentions - a.person.mentions);
}

/** The person a full speaker name belongs to, so quotes can show the speaker's role. */
function personNamed(parsed: ParsedArticle, name: string | null): Person | null {
  if (!name) return null;
  return parsed.people.find((p) => namesOf(p).includes(name)) ?? null;
}

/** Indexes of sentences that mention any form of the entity, in article order. */
export function sentencesMentioning(
  parsed: ParsedArticle,
  entity: Pick<Person | NamedEntity, 'name' | 'aliases'>,
) {
  const names = namesOf(entity);
  const found: number[] = [];
  parsed.sentences.forEach((s, i) => {
    if (mentionsAny(s, names)) found.push(i);
  });
  return dropRepeatedSentences(parsed, found);
}

/** Articles often repeat a sentence (a standfirst echoed in the body): show it once. */
function dropRepeatedSentences(parsed: ParsedArticle, indexes: number[]): number[] {
  const seen = new Set<string>();
  return indexes.filter((i) => {
    const key = (parsed.sentences[i] ?? '').trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Quotes whose speaker is the person (by full name or any alias). */
export function quotesBy(parsed: ParsedArticle, person: Person): Quote[] {
  const names = new Set(namesOf(person));
  return parsed.quotes.filter((q) => q.speaker !== null && names.has(q.speaker));
}

/** The article's key quotes; when the engine marked none, its first quotes with a named speaker. */
export function keyQuotes(parsed: ParsedArticle, limit: number): Quote[] {
  const key = parsed.quotes.filter((q) => q.key);
  const chosen = key.length > 0 ? key : parsed.quotes.filter(hasNamedSpeaker);
  return chosen.slice(0, limit);
}

/** The speaker's role: the quote's own, else the first role the article gives the person. */
export function speakerRole(parsed: ParsedArticle, quote: Quote): string | null {
  return quote.role ?? personNamed(parsed, quote.speaker)?.roles[0] ?? null;
}

/** A preposition that places something, just before a name: "in Oman", "off Yemen", "at the border". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|inside|outside|to|from|across|around|off|into)\s+(?:the\s+)?$/i;

/** Whether the name starting at `at` is placed by a locative preposition, so its sentence says what happened there. */
export function followsLocative(sentence: string, at: number): boolean {
  return LOCATIVE_BEFORE.test(sentence.slice(0, at));
}

/**
 * The clause of a sentence around a name: the stretch between the nearest commas, semicolons
 * or dashes, so "/where" can say what happened in a place without the whole sentence.
 */
export function clauseAround(sentence: string, name: string): string {
  const at = findName(sentence, name);
  if (at < 0) return sentence;
  const boundary = /[,;:–—]|\s-\s/g;
  let start = 0;
  let end = sentence.length;
  for (let m = boundary.exec(sentence); m; m = boundary.exec(sentence)) {
    if (m.index < at) start = m.index + m[0].length;
    else if (m.index >= at + name.length) {
      end = m.index;
      break;
    }
  }
  const clause = sentence
    .slice(start, end)
    .trim()
    .replace(/[.!?]+$/, '');
  // A clause of just the name says nothing; fall back to the whole sentence.
  return words(clause).length - words(name).length >= 3 ? clause : sentence.trim();
}
