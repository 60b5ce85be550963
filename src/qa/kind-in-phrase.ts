import { lemma } from './lexicon.js';

/**
 * "What color overcoat did she wear?" in "... dressed in a bright green overcoat", "which district
 * is she running in?" in "popular in the state's 19th District": the phrase the scorer picks ends
 * in the very kind the question asks for, with the words that tell which one before it. The kind
 * noun written as the phrase's head ties it to the question as "the group <X>" does in
 * kind-bar.ts, so the same lower coverage floor suffices. A capitalised word right before the
 * head makes the phrase a proper name that merely ends in the noun ("the United States" for
 * "which state"), not one of the asked kind described, and does not count.
 * Over all 2,775 training questions (session 19): 2 replies changed, both not-found -> right; the
 * capitals check was added after its one false firing ("the United States", a not-found reply
 * that would have become a wrong answer).
 */
export function phraseHeadedByKind(answer: string, kind: string): boolean {
  const words = answer.split(/\s+/);
  const head = words.at(-1) ?? '';
  if (words.length < 2 || lemma(head.replace(/[^\p{L}-]/gu, '')) !== kind) return false;
  const before = words.at(-2) ?? '';
  return !/^\p{Lu}/u.test(before);
}
