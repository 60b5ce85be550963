import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { articleIndex, rankSentences } from '../../src/qa/evidence.js';
import { lemma } from '../../src/qa/lexicon.js';
import { mentionLinks } from '../../src/qa/mention-links.js';
import { parseQuestion } from '../../src/qa/question.js';
import { words } from '../../src/qa/text.js';

/** Sentences that refer to a named person by "he", "she" or "the <role>" count as naming them. Invented text. */

const text = `Harbour councillor Mirela Dovan opened the new ferry terminal in Kestrel Bay on Monday.
She promised a night service for shift workers by the spring.
Port manager Tobias Wrenfield spoke after the ribbon was cut.
The veteran engineer warned that the old pier would need new pilings within two years.`;

const parsed = parseArticle({ text });
const roots = parsed.sentences.map((s) => new Set(words(s).map(lemma)));

describe('mention links', () => {
  const links = mentionLinks(parsed, roots);

  it('ties a sentence opening with "She" to the woman named just before', () => {
    expect(links[1]?.has(lemma('Dovan'))).toBe(true);
  });

  it('ties a definite role description to the person named just before', () => {
    expect(links[3]?.has(lemma('Wrenfield'))).toBe(true);
    expect(links[3]?.has(lemma('Dovan'))).toBe(false);
  });

  it('reads a description whose modifiers are capitalised, and leaves a phrase that is no role', () => {
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

  it('adds nothing to a sentence that names its own subject', () => {
    expect(links[0]?.size).toBe(0);
    expect(links[2]?.size).toBe(0);
  });

  it('lets the sentence saying "she promised" rank first for a question naming her', () => {
    const index = articleIndex('mention-links-test', parsed);
    const ranked = rankSentences(index, parseQuestion('What did Dovan promise?').focus);
    expect(ranked[0]?.index).toBe(1);
  });
});
