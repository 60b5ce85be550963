import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/pipeline.js';
import { titledPersonOfKind } from '../../src/qa/titled-kind.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Which <person noun> ...?" answered by the name after that kind's title. Invented text. */

const harbour = `The Norland harbour bill passed the upper house on Tuesday after a long debate.
Speaking on a radio show later, Sen. Marta Okonkwo-Reyes (D-Vel.), who has backed the mayor, said the bill has made the port authority a stronger partner.
Vice President Ivo Tarn praised the vote, and reporter Lena Dahl asked him about the cost.`;

function sentencesOf(text: string) {
  const parsed = parseArticle({ text });
  return {
    parsed,
    ranked: parsed.sentences.map((_, index) => ({ index, coverage: 1, bm25: 0, windowCoverage: 1 })),
  };
}

describe('the name after the asked kind title', () => {
  const article = askingArticle(harbour);

  it('answers "which senator said ...?" with the person written after "Sen.", title kept', async () => {
    const r = await article.ask(
      'Which senator said the bill has made the port authority a stronger partner?',
    );
    expect(r.answer).toBe('Sen. Marta Okonkwo-Reyes');
  });

  it('reads "President" inside "Vice President" as another office', () => {
    const { parsed, ranked } = sentencesOf(harbour);
    expect(
      titledPersonOfKind(
        parsed,
        { noun: 'president', question: 'Which president praised the vote?' },
        ranked,
      ),
    ).toBeNull();
  });

  it('gives a lowercase kind word as the bare name ("reporter Lena Dahl" → "Lena Dahl")', () => {
    const { parsed, ranked } = sentencesOf(harbour);
    const found = titledPersonOfKind(
      parsed,
      { noun: 'reporter', question: 'Which reporter asked about the cost?' },
      ranked,
    );
    expect(found?.text).toBe('Lena Dahl');
  });

  it('skips a name the question itself writes', () => {
    const { parsed, ranked } = sentencesOf(harbour);
    const found = titledPersonOfKind(
      parsed,
      { noun: 'reporter', question: 'Which reporter did Lena Dahl quote?' },
      ranked,
    );
    expect(found).toBeNull();
  });
});
