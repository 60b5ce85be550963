import { isPersonNoun } from '../engine/entities/role-nouns.js';
import type { CandidateKind } from './candidates.js';
import { lemma } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { words } from './text.js';

/**
 * "Which candidate did Ana Ruiz support?", "which president was as popular as X?": before an
 * auxiliary the question reader keeps the kind noun as the question's verb (question.ts
 * afterAskedKind: the scorer's weights learned that reading). answer.ts refuses a name in a
 * sentence without the question's verb, so there it would demand the word "candidate" of a
 * sentence that names the candidate ("Ruiz was firmly behind <Name> while ..."). The check then tests no
 * verb at all: for a kind of person, a person picked by the scorer stands (the bars still apply).
 */
export function kindReadAsVerb(q: ParsedQuestion, picked: CandidateKind): boolean {
  if (q.type !== 'person' || !q.askedNoun || q.verb !== lemma(q.askedNoun)) return false;
  if (picked !== 'person' && picked !== 'people') return false;
  // The kind is that one noun only when an auxiliary follows it: "which super PAC made ..." asks
  // for a body whose kind runs on past the word read.
  const tokens = words(q.text).map((w) => w.toLowerCase());
  const at = tokens.indexOf(q.askedNoun.toLowerCase());
  const after = at >= 0 ? tokens[at + 1] : undefined;
  return after !== undefined && AUXILIARY.test(after) && isPersonNoun(q.askedNoun.toLowerCase(), q.several);
}

/** Auxiliaries and forms of "be" that open the question's own clause after the kind. */
const AUXILIARY = /^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|might|may)$/;
