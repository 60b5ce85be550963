import { lemma } from './lexicon.js';
import { phraseHeadedByKind } from './kind-in-phrase.js';
import { titleNamesKind } from './title-kind.js';

/**
 * "Which group staged the protest?" in "... a protest by the group Harbour Watch": the scorer
 * picks the name, but the sentence words the question its own way and holds too few of its words
 * for the learned coverage bar. News writing puts the kind of a person or body right beside the
 * name when it introduces them, before it ("the group Harbour Watch", "reporter Ana Ruiz") or set
 * off after it ("Harbour Watch, a tenants' group,"); a name written beside the very kind the
 * question asks for is tied to the question by more than word overlap, so a lower floor suffices,
 * as typed-bar.ts does for dates and numbers tied by the question's names.
 */

/** The least share of the question's words (the sentence, or it with the one before) kept. */
export const KIND_FLOOR = 0.2;

export interface KindReply {
  answer: string | null;
  coverage: number;
  windowCoverage?: number;
  fit: number;
}

/** "the group <X>", "reporter <X>", "a rights group, <X>": the kind word, at most a determiner and one modifier between. */
const KIND_BEFORE = /(\p{L}+)\s*,?\s+$/u;
/** "The website that first listed the boat, <X>,": the kind with its relative clause set off before the name. */
const KIND_DESCRIBED_BEFORE = /\b(?:the|a|an)\s+(\p{L}+)\s+(?:that|which|who)\s[^,;:()]{3,90},\s*$/iu;
/** "<X>, a tenants' group," / "<X>, the weekly paper": the apposition's last word before its close. */
const KIND_AFTER = /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{L}+)\s*(?:[,.;]|$)/u;

/** Whether a name reply below the coverage bar is written beside the kind the question asks for. */
export function kindTiedBelowBar(reply: KindReply, sentence: string, askedNoun: string | null): boolean {
  const { answer } = reply;
  if (!answer || !askedNoun) return false;
  if (Math.max(reply.coverage, reply.windowCoverage ?? 0) < KIND_FLOOR) return false;
  const at = sentence.indexOf(answer);
  if (at < 0) return false;
  const kind = lemma(askedNoun);
  const lead = sentence.slice(Math.max(0, at - 120), at);
  const before = KIND_BEFORE.exec(lead.slice(-40).replace(/\b(?:the|a|an)\s+$/i, ''));
  if (before?.[1] && lemma(before[1]) === kind) return true;
  // "retiring Sen. <X>": the abbreviated title before the name is the kind (title-kind.ts).
  if (titleNamesKind(lead, answer, kind)) return true;
  // "a bright green overcoat" for "what color overcoat ...?": the phrase's own head is the kind (kind-in-phrase.ts).
  if (phraseHeadedByKind(answer, kind)) return true;
  const described = KIND_DESCRIBED_BEFORE.exec(lead);
  if (described?.[1] && lemma(described[1]) === kind) return true;
  const after = KIND_AFTER.exec(sentence.slice(at + answer.length));
  return Boolean(after?.[1] && lemma(after[1]) === kind);
}

/**
 * The reply raised to the bars when it is kind-tied (null otherwise): to the coverage bar, and to
 * the probability bar, since the kind written beside the name already says the phrase is of the
 * asked kind, which is the doubt the scorer's probability stands for.
 */
export function kindLifted<T extends KindReply>(
  reply: T,
  sentence: string,
  askedNoun: string | null,
  bars: { coverage: number; probability: number },
): T | null {
  if (!kindTiedBelowBar(reply, sentence, askedNoun)) return null;
  return {
    ...reply,
    coverage: Math.max(reply.coverage, bars.coverage),
    fit: Math.max(reply.fit, bars.probability),
  };
}
