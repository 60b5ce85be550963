import { describe, expect, it } from 'vitest';
import { articleToAsk } from './helpers/qa-article.js';

/** "which <kind>" answered by the name whose apposition says it is one. Invented text. */
describe('which <kind>: the name the apposition says is of that kind', () => {
  it('gives the group, not the person named inside its apposition', async () => {
    const { ask, close } = await articleToAsk(
      'The race for the Tarrow seat turned sharp this week.\n\n' +
        'Harbour Rising, a super PAC aligned with shipping magnate Ivo Tarn, released a radio ad in Kell attacking Ada Brook.\n\n' +
        'Brook called the ad a lie.',
    );
    const r = await ask('Which super PAC released a radio ad in Kell?');
    await close();
    expect(r.answer).toBe('Harbour Rising');
  });

  it('reads an apposition closed by "that"', async () => {
    const { ask, close } = await articleToAsk(
      'Online attention to the candidates has grown fast.\n\n' +
        'Brook has drawn 2 million interactions since June, according to Tallyhawk, a media analytics service that tracks online posts.\n\n' +
        'Tarn trails with half that number.',
    );
    const r = await ask('Which media analytics service tracks online posts?');
    await close();
    expect(r.answer).toBe('Tallyhawk');
  });

  it('leaves a name alone when the kind word is not the head of its apposition', async () => {
    const { ask, close } = await articleToAsk(
      'Old maps of Tarrow show a crossing near the harbour.\n\n' +
        'In early times the town built Kell Span, the bridge across the river Ost, from oak.\n\n' +
        'The bridge was replaced in stone later.',
    );
    const r = await ask('Which river did the town build a bridge across?');
    await close();
    expect(r.answer).not.toBe('Kell Span');
  });
});
