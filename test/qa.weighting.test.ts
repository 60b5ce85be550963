import { describe, expect, it } from 'vitest';
import { sentencesArticle } from './helpers/articles.js';
import { sentenceCandidates } from '../src/qa/candidates.js';
import { articleIndex, lemmaWeights, rankSentences } from '../src/qa/evidence.js';
import { lemma } from '../src/qa/lexicon.js';
import { gatherCandidates } from '../src/qa/pick.js';
import { proximityOf, questionView, sentenceView } from '../src/qa/features.js';
import { parseQuestion } from '../src/qa/question.js';
import { tagSentence } from '../src/qa/tags.js';

/**
 * The rarity weights of question words in an article, the IDF-weighted sliding window they feed,
 * and the tagging the phrase features read. Invented sentences.
 */

const article = (sentences: string[]) => sentencesArticle(sentences);

describe('lemmaWeights', () => {
  it('weighs a word every sentence holds below one only a single sentence holds', () => {
    const parsed = article([
      'The ferry company said the crossing was cancelled.',
      'The ferry company said the storm had passed by noon.',
      'The ferry company said passengers were deported to Lisbon.',
    ]);
    const [ferry, deported] = [lemma('ferry'), lemma('deported')];
    const weights = lemmaWeights(articleIndex('test:weights', parsed), [ferry, deported]);
    expect(weights.get(deported)).toBeGreaterThan(weights.get(ferry) ?? Number.POSITIVE_INFINITY);
  });
});

describe('weighted proximity', () => {
  it('ranks the phrase beside the rare question word above one beside a common word', () => {
    const sentence =
      'Officials said on Monday that the harbour pilot was deported to Malta by the regulator.';
    const parsed = article([
      sentence,
      'Officials said the harbour reopened.',
      'Officials said the pilot had worked there for years.',
    ]);
    const q = parseQuestion('Where was the harbour pilot deported to?');
    const view = questionView(q);
    const weights = lemmaWeights(articleIndex('test:proximity', parsed), view.lemmas);
    const { tokens, candidates } = sentenceCandidates(parsed, 0, { reason: false });
    const s = sentenceView(tokens, view, { coverage: 1, bm25: 1, rank: 0, gap: 0 }, weights);
    const malta = candidates.find((c) => c.text === 'Malta');
    const monday = candidates.find((c) => c.text === 'Monday');
    expect(malta).toBeDefined();
    expect(monday).toBeDefined();
    expect(proximityOf(malta!, s, view)).toBeGreaterThan(proximityOf(monday!, s, view));
  });
});

describe('names that modify a noun', () => {
  it('are no answer to "who", though they stay candidates for other questions', () => {
    const parsed = article([
      'The Norwegian ferry captain was injured when the ramp collapsed in Bergen harbour.',
    ]);
    const index = articleIndex('test:modifier', parsed);
    const texts = (question: string) => {
      const q = parseQuestion(question);
      return gatherCandidates(parsed, questionView(q), rankSentences(index, q.focus), 4).map(
        (g) => g.candidate.text,
      );
    };
    expect(texts('Who was injured when the ramp collapsed?')).not.toContain('Norwegian');
    expect(texts('What nationality was the captain injured when the ramp collapsed?')).toContain('Norwegian');
  });
});

describe('tagging negated auxiliaries', () => {
  it('takes "isn\'t" for an auxiliary, not a noun that could start an answer', () => {
    const tags = tagSentence('The agency isn’t talking about rockets.');
    expect(tags.find((t) => t.text === 'isn’t')?.cls).toBe('aux');
  });
});
