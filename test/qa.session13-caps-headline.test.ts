import { describe, expect, it } from 'vitest';
import { inCapitalsHeadline } from '../src/qa/caps-headline.js';
import { articleToAsk } from './helpers/qa-article.js';

/** Words of a headline set in capitals are no name answer; invented sentences. */
const at = (sentence: string, text: string) => {
  const start = sentence.indexOf(text);
  return inCapitalsHeadline({ text, start, end: start + text.length }, sentence);
};

describe('inCapitalsHeadline', () => {
  const fused = 'THREE HURT AS STORM HITS TARROW HARBOUR Two boats sank at Quay Street in Tarrow on Monday.';

  it('flags a name read from a run of words in capitals', () => {
    expect(at(fused, 'TARROW HARBOUR')).toBe(true);
    expect(at(fused, 'HURT')).toBe(true);
  });

  it('flags a candidate that opens in the run and runs on into the sentence', () => {
    expect(at(fused, 'HARBOUR Two')).toBe(true);
  });

  it('leaves acronyms and names of the sentence itself alone', () => {
    expect(at(fused, 'Quay Street')).toBe(false);
    expect(at('Officials at the FAA and NTSB said the U.S. rules stand.', 'NTSB')).toBe(false);
  });
});

describe('"where" in a story whose capitals headline runs into the lead', () => {
  it('answers from the story, not from the headline', async () => {
    const { ask, close } = await articleToAsk(
      'NINE MINERS TRAPPED, TWO RESCUED IN CHILE MINE COLLAPSE Rescuers worked through the night after the collapse at a copper mine near Copiapo.\n\n' +
        'Families waited at the gate.',
    );
    const r = await ask('Where did the mine collapse trap nine miners?');
    await close();
    expect(r.answer ?? '').not.toContain('CHILE');
  });
});
