import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import { quotedTerm } from '../src/qa/term.js';
import { articleToAsk } from './helpers/qa-article.js';

/** "Which term / what slogan ...?" answered by the words quoted after that noun; invented articles. */
describe('a quoted term after the asked noun', () => {
  it('takes the quotation set off by a comma after "term", marks and stop left out', () => {
    const parsed = parseArticle({
      text:
        'Council split over flood plan.\n\n' +
        'She steered clear of the loaded term, “managed retreat,” which opponents use for moving homes inland.',
    });
    const at = parsed.sentences.findIndex((s) => s.includes('loaded term'));
    const ranked = [{ index: at, coverage: 0.3, bm25: 0, windowCoverage: 0.3 }];
    expect(quotedTerm(parsed, 'term', ranked)?.text).toBe('managed retreat');
    expect(quotedTerm(parsed, 'council', ranked)).toBeNull();
  });

  it('reads the term in the sentence before the one that judges it', async () => {
    const { ask, close } = await articleToAsk(
      'Harbour chief dismisses slogan.\n\n' +
        'Harbour master Ola Brekke spoke to reporters on Monday.\n\n' +
        'Brekke said: “Nothing changes because of the phrase ‘blue economy.’ It is a marketing slogan.”\n\n' +
        'The port expects more ships next year.',
    );
    const r = await ask('What phrase did Brekke call a marketing slogan?');
    await close();
    expect(r.answer).toBe('blue economy');
  });

  it('does not take a statement quoted after "in her words"', async () => {
    const { ask, close } = await articleToAsk(
      'Mayor backs ferry.\n\n' +
        'Mayor Ilse Varga said the ferry would run all winter, in her words, “come storm or calm.”\n\n' +
        'The ferry carries 300 people a day.',
    );
    const r = await ask('Which term did Varga use for the ferry?');
    await close();
    expect(r.answer ?? '').not.toBe('come storm or calm');
  });
});
