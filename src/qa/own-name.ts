import { namesInQuestion } from './question.js';

/**
 * "Who appointed Ruiz to the bench?", "who joined Kell on stage?": the person the question names
 * is the one it asks about, never the one it asks for; an answer ending in that surname ("Ruiz",
 * "Ana Ruiz") is the wrong side of the verb. "Who is X?" is left out (its answer is X's role, and
 * a relative's name may share X's surname), and so is a choice ("who won, Ruiz or Kell?").
 * Of the 515 "who" training questions outside the blind range, none outside "who is X?" has a
 * gold whose surname the question names (ADR 015, session 14).
 */
export function isQuestionsOwnName(answer: string, question: string, identity: string | null): boolean {
  if (identity || /\bor\b/i.test(question)) return false;
  const last = (answer.match(/\p{Lu}[\p{L}’'-]*/gu) ?? []).at(-1);
  if (!last) return false;
  const asked = new Set(namesInQuestion(question).flatMap((n) => n.split(/\s+/).map(withoutPossessive)));
  return asked.has(withoutPossessive(last));
}

function withoutPossessive(word: string): string {
  return word.replace(/[’']s?$/u, '');
}
