import { describe, expect, it } from 'vitest';
import { articleToAsk } from './helpers/qa-article.js';

/** "What did the crowd chant?" answered by the words quoted after the verb; invented articles. */
describe('the words quoted after a verb of shouting', () => {
  it('takes the quotation after "yelled:"', async () => {
    const { ask, close } = await articleToAsk(
      'Heckler interrupts harbour meeting.\n\n' +
        '“We will hear everyone in turn,” Mayor Ilse Varga said as a heckler at the back yelled: “Sell the ferry!”\n\n' +
        'The meeting went on for two more hours.',
    );
    const r = await ask('What did the heckler yell?');
    await close();
    expect(r.answer).toBe('Sell the ferry!');
  });

  it('goes on into the next sentence when the sentence ends on the verb', async () => {
    const { ask, close } = await articleToAsk(
      'Dockers march in Kellport.\n\n' +
        'Hundreds of dock workers marched along the quay in Kellport on Friday, chanting\n\n' +
        '“Keep the cranes turning,” as shops closed early.\n\n' +
        'Talks resume next week.',
    );
    const r = await ask('What did the dock workers chant?');
    await close();
    expect(r.answer).toBe('Keep the cranes turning');
  });
});
