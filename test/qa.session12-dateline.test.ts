import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { datelinePlace } from '../src/engine/text/dateline-place.js';
import { articleToAsk } from './helpers/qa-article.js';

/** The dateline's town answers "where" about the event the story leads with; invented articles. */
const DEBATE =
  'Sharp words as the race tightens.\n\n' +
  'KELLPORT, N.D. - The two candidates for governor traded accusations on taxes and schools at a televised debate on Sunday, three weeks before the vote.\n\n' +
  'Mayor Ansel Brekke, who trails in the polls, held a rally in Tarrow on Saturday.\n\n' +
  'Both campaigns said they would spend the last weeks on television.';

describe('datelinePlace', () => {
  it('reads the place a story is filed from, as written', () => {
    expect(datelinePlace(DEBATE)).toBe('KELLPORT, N.D.');
    expect(datelinePlace('Storm shuts port.\n\nVellby (Reuters) - The port closed on Monday.')).toBe(
      'Vellby',
    );
  });

  it('takes no label or headline in capitals for a place', () => {
    expect(datelinePlace('BREAKING - The port closed on Monday.')).toBeNull();
    expect(datelinePlace('TARROW POLLS NOT WRONG, JUST EARLY - A column on the race.')).toBeNull();
    expect(datelinePlace('The port closed on Monday - and stayed shut.')).toBeNull();
  });

  it('keeps the place out of the body but on the parsed article', () => {
    const parsed = parseArticle({ text: DEBATE });
    expect(parsed.dateline).toBe('KELLPORT, N.D.');
    expect(parsed.sentences.join(' ')).not.toContain('KELLPORT');
  });
});

describe('"where" answered by the dateline', () => {
  it('answers where the lead event happened with the dateline town', async () => {
    const { ask, close } = await articleToAsk(DEBATE);
    const r = await ask('Where was the debate held?');
    await close();
    expect(r.answer).toBe('Kellport, N.D.');
  });

  it('leaves a side event of the story to the sentence that places it', async () => {
    const { ask, close } = await articleToAsk(DEBATE);
    const r = await ask('Where did Brekke hold a rally?');
    await close();
    expect(r.answer).toBe('Tarrow');
  });

  it('defers to the lead when it places the event in another town', async () => {
    const { ask, close } = await articleToAsk(
      'Rivals answer back.\n\n' +
        'KELLPORT, N.D. - Four days after their rivals met at a debate in Tarrow, the two challengers set out their own plans on Monday.\n\n' +
        'Both spoke for an hour.',
    );
    const r = await ask('Where was the debate held?');
    await close();
    expect(r.answer ?? '').not.toContain('Kellport');
  });
});
