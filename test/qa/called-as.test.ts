import { describe, expect, it } from 'vitest';
import { calledAs } from '../../src/qa/appellation.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "What did X call Y?": the quotation closing "call <object>". Invented text. */

const council = `The Vellby council voted on Tuesday to close the old ferry pier.
Councillor Mira Stoll called the closure plan a “slow-motion shipwreck” and said she would appeal.
Mayor Oren Tace defended the vote, calling Stoll’s appeal “a waste of everyone’s time.”
Residents have until March to comment.`;

describe('what someone called something', () => {
  const article = askingArticle(council);

  it('answers with the quoted name after "called <object>", its determiner kept', async () => {
    const r = await article.ask('What did Stoll call the closure plan?');
    expect(r.answer).toBe('a slow-motion shipwreck');
  });

  it('answers with the quotation after "calling <object>"', async () => {
    const r = await article.ask('What did Tace call the appeal?');
    expect(r.answer).toBe('a waste of everyone’s time');
  });
});

describe('calledAs', () => {
  const parsed = (sentences: string[]) => ({ sentences }) as unknown as Parameters<typeof calledAs>[0];
  const ranked = [{ index: 0, coverage: 1, bm25: 0, windowCoverage: 1 }];

  it("skips an object holding the asker's own name: that naming is someone else's", () => {
    const p = parsed(['Tace answered, calling Stoll’s appeal “a waste of time.”']);
    expect(calledAs(p, 'What did Stoll call Tace?', ranked)).toBeNull();
  });

  it('reads "call on" as an appeal, not a naming', () => {
    const p = parsed(['Stoll called on the board to “think again.”']);
    expect(calledAs(p, 'What did Stoll call the board?', ranked)).toBeNull();
  });

  it('leaves other questions alone', () => {
    const p = parsed(['Stoll called the plan “a shipwreck.”']);
    expect(calledAs(p, 'What did Stoll say about the plan?', ranked)).toBeNull();
  });
});
