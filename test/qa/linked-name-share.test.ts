import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { questionView, sentenceFeatures, sentenceView } from '../../src/qa/features.js';
import { lemma } from '../../src/qa/lexicon.js';
import { linkedNameShare, mentionLinks } from '../../src/qa/mention-links.js';
import { parseQuestion } from '../../src/qa/question.js';
import { tagSentence } from '../../src/qa/tags.js';
import { words } from '../../src/qa/text.js';

/** The "s:linked" feature: a sentence telling a fact about the question's person by "she" or "the <role>". Invented text. */

const text = `Harbour councillor Mirela Dovan opened the new ferry terminal in Kestrel Bay on Monday.
She promised a night service for shift workers by the spring.
Port manager Tobias Wrenfield spoke after the ribbon was cut.
The veteran engineer warned that the old pier would need new pilings within two years.`;

const parsed = parseArticle({ text });
const names = (question: string) => questionView(parseQuestion(question)).names;

describe('linked name share', () => {
  it('is 1 for a sentence opening with "She" after the woman the question names', () => {
    expect(linkedNameShare(parsed, 1, names('What did Dovan promise?'))).toBe(1);
  });

  it('is 1 for a role description standing for the man named just before', () => {
    expect(linkedNameShare(parsed, 3, names('What did Wrenfield warn about?'))).toBe(1);
    expect(linkedNameShare(parsed, 3, names('What did Dovan warn about?'))).toBe(0);
  });

  it('is 0 where the sentence writes the name itself, or the question names no one', () => {
    expect(linkedNameShare(parsed, 0, names('What did Dovan open?'))).toBe(0);
    expect(linkedNameShare(parsed, 1, names('What was promised for shift workers?'))).toBe(0);
  });

  it('reads a description with capitalised modifiers, and no phrase that is no role', () => {
    const other = parseArticle({
      text: `Councillor Mirela Dovan visited the Kestrel Bay pier on Monday.
The Harbour councillor said repairs would start in March.
Ferry captain Ivo Brandt met reporters at the quay later.
The schedule for the summer season will be posted online.`,
    });
    const found = mentionLinks(
      other,
      other.sentences.map((s) => new Set(words(s).map(lemma))),
    );
    expect(found[1]?.has(lemma('Dovan'))).toBe(true);
    expect(found[3]?.size).toBe(0);
  });

  it('reaches the scorer as s:linked only when set', () => {
    const view = questionView(parseQuestion('What did Dovan promise?'));
    const ranking = { coverage: 0.5, bm25: 1, rank: 0, gap: 0 };
    const s = sentenceView(tagSentence(parsed.sentences[1]!), view, ranking);
    expect(sentenceFeatures(s, view, new Set(), 1, 3).has('s:linked')).toBe(false);
    s.linkedShare = linkedNameShare(parsed, 1, view.names);
    expect(sentenceFeatures(s, view, new Set(), 1, 3).get('s:linked')).toBe(1);
  });
});
