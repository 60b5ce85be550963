import type { ParsedArticle, Person } from '../engine/schema.js';
import { findPeople, namesOf } from './facts.js';
import { findName } from './text.js';

/**
 * "How old is X?": news writing gives a person's age in a few fixed shapes beside the name, and
 * nowhere else: an apposition of the bare number ("Ada Brook, 33, said"), a bracket ("Ada Brook
 * (33)"), "aged 33" or "who turned 33" after the name, or "33-year-old" before it, titles allowed
 * between ("the 33-year-old trainer Ada Brook"); or a sentence refers back by age to the person
 * named last before it ("The 33-year-old was ..."). So the age is read from those shapes around
 * the person's name forms; a number elsewhere in the sentence ("for a decade now") is not an age.
 */

const HOW_OLD = /^\s*how\s+old\s+(?:is|was|are|were|will)\s+(.+?)(?:\s+be)?\s*\??\s*$/i;

/** The person asked about, when "how old" asks about someone named (a capitalised word). */
export function ageQuestionOf(question: string): string | null {
  const who = HOW_OLD.exec(question)?.[1]?.trim() ?? null;
  return who && /\p{Lu}/u.test(who) ? who : null;
}

/** Ages people are given in news: a number of one to three digits, below 120. */
const AGE = String.raw`(\d{1,3})`;
const AFTER_NAME = [
  new RegExp(String.raw`^\s*,\s*${AGE}\s*[,.;)—–-]`),
  new RegExp(String.raw`^\s*\(\s*${AGE}\s*\)`),
  new RegExp(String.raw`^\s*,?\s*aged\s+${AGE}\b`, 'i'),
  // "Ada Brook is 58 years old": the age stated as the sentence's own claim about the name.
  new RegExp(
    String.raw`^\s+(?:is|was|turned|turns|will\s+be)\s+(?:now\s+|just\s+)?${AGE}\s+years?\s+old\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*,\s*who\s+(?:has\s+)?(?:just\s+|recently\s+|only\s+)?(?:is|was|turned|turns)\s+${AGE}\b`,
    'i',
  ),
];
/** "The 41-year-old retired teacher was ...": a sentence referring back to the last person named by age. */
const OPENS_WITH_AGE = new RegExp(String.raw`^\W*the\s+${AGE}-year-old\b`, 'i');
/** "33-year-old Ada Brook", "the 33-year-old former jockey Ada Brook": up to three words between. */
const BEFORE_NAME = new RegExp(String.raw`\b${AGE}-year-old\s+(?:[\p{L}'’.-]+\s+){0,3}$`, 'u');

function plausible(age: string | undefined): age is string {
  const n = Number(age);
  return age !== undefined && n > 0 && n < 120;
}

export function ageAnswer(parsed: ParsedArticle, who: string): { text: string; sentence: number } | null {
  const person = findPeople(parsed, who).find((m) => m.strength >= 2)?.person;
  if (!person) return null;
  const forms = namesOf(person);
  const found = besideName(parsed, forms);
  if (found) return found;
  const byRole = ageByRole(parsed, person);
  if (byRole) return byRole;
  // Referred back to by age: the sentence after one whose last named person is X.
  for (const [index, sentence] of parsed.sentences.entries()) {
    const age = OPENS_WITH_AGE.exec(sentence)?.[1];
    if (!plausible(age) || index === 0) continue;
    if (lastNamed(parsed, parsed.sentences[index - 1] ?? '') === person)
      return { text: age, sentence: index };
  }
  return null;
}

/** The person whose name comes last in the sentence, or null when it names no one. */
function lastNamed(parsed: ParsedArticle, sentence: string): Person | null {
  let last: Person | null = null;
  let lastAt = -1;
  for (const p of parsed.people) {
    for (const form of namesOf(p)) {
      const at = sentence.lastIndexOf(form);
      if (at > lastAt && findName(sentence.slice(at), form) === 0) {
        last = p;
        lastAt = at;
      }
    }
  }
  return last;
}

function besideName(
  parsed: ParsedArticle,
  forms: readonly string[],
): { text: string; sentence: number } | null {
  for (const [index, sentence] of parsed.sentences.entries()) {
    for (const form of forms) {
      const at = findName(sentence, form);
      if (at < 0) continue;
      const rest = sentence.slice(at + form.length);
      for (const re of AFTER_NAME) {
        const age = re.exec(rest)?.[1];
        if (plausible(age)) return { text: age, sentence: index };
      }
      const before = BEFORE_NAME.exec(sentence.slice(Math.max(0, at - 80), at))?.[1];
      if (plausible(before)) return { text: before, sentence: index };
    }
  }
  return null;
}

/** "the 71-year-old judge", "the paper's 52-year-old editor": an age written before a role noun. */
const AGE_BEFORE_NOUN = new RegExp(
  String.raw`\b${AGE}-year-old\s+((?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*)`,
  'gu',
);

/** The lower-cased words of a person's roles as the engine read them ("Harbour Board Chair" → harbour, board, chair). */
function roleWords(person: Person): Set<string> {
  const out = new Set<string>();
  for (const role of person.roles) {
    for (const w of role.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 4) out.add(w);
  }
  return out;
}

/**
 * "The 71-year-old judge said ...": news writing refers back to a person already named by age and
 * role noun. The role noun must be one of the person's own roles and of no one else's in the
 * article, so the description can only be them.
 */
function ageByRole(parsed: ParsedArticle, person: Person): { text: string; sentence: number } | null {
  const own = roleWords(person);
  if (own.size === 0) return null;
  const others = new Set(parsed.people.filter((p) => p !== person).flatMap((p) => [...roleWords(p)]));
  for (const [index, sentence] of parsed.sentences.entries()) {
    for (const m of sentence.matchAll(AGE_BEFORE_NOUN)) {
      // Up to three lower-case words after the age: the role noun may follow a modifier ("campaign").
      const nouns = (m[2] ?? '')
        .toLowerCase()
        .replace(/['’]s\b/g, '')
        .split(/\s+/);
      const noun = nouns.find((w) => own.has(w));
      if (plausible(m[1]) && noun && !others.has(noun)) return { text: m[1]!, sentence: index };
    }
  }
  return null;
}
