import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleToAsk } from '../helpers/qa-article.js';

/** "Why not ...?": a cause stated outside a "but" aside is the reason, not the aside. Invented text. */

const harbour = `Vellport harbour master steps down.
Asked on Monday, Ivo Kell — who once ran the Orrin ferry line but now sails only for fun — said he is not seeking a second term due to poor health.
The harbour board will name an interim master next month.`;

const club = `The Orrin rowing club had planned to race in Vellport.
The crew trained all winter for the regatta, but the club withdrew after two rowers were hurt.`;

describe('why not: a stated cause before a "but" aside', () => {
  let article: Awaited<ReturnType<typeof articleToAsk>>;
  let other: Awaited<ReturnType<typeof articleToAsk>>;
  beforeAll(async () => {
    article = await articleToAsk(harbour);
    other = await articleToAsk(club);
  });
  afterAll(async () => {
    await article.close();
    await other.close();
  });

  it('answers with the stated cause, not the aside after "but"', async () => {
    const r = await article.ask('Why is Ivo Kell not seeking a second term?');
    expect(r.answer).toMatch(/poor health/);
    expect(r.answer).not.toMatch(/sails only for fun/);
  });

  it('still answers with the turn when no cause is stated', async () => {
    const r = await other.ask('Why did the rowing club not race in Vellport?');
    expect(r.answer).toMatch(/two rowers were hurt/);
  });
});
