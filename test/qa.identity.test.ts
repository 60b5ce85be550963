import { describe, expect, it } from 'vitest';
import { articleToAsk } from './helpers/qa-article.js';

/** "Who is X?" gives X's role as the article states it; invented articles. */
describe('"who is X?" on news writing', () => {
  it('reads a role set off after "said <name>," at the end of the sentence', async () => {
    const { ask, close } = await articleToAsk(
      'Turnout in Vell County fell for the third year running.\n\n' +
        '“People have stopped believing their vote counts,” said Odile Brannock, a University of Harwell political science professor.\n\n' +
        'The county clerk expects another drop in the spring.',
    );
    const r = await ask('Who is Odile Brannock?');
    await close();
    expect(r.answer).toContain('a University of Harwell political science professor');
  });

  it('prefers the description to a party label written before the name', async () => {
    const { ask, close } = await articleToAsk(
      'Three candidates spoke at the forum in Tarrow on Monday.\n\n' +
        'Democrats Ellis Varga, Nadia Quell and Tomas O’Rourke took questions for two hours.\n\n' +
        'O’Rourke, the former mayor of Tarrow, stressed his record on housing.',
    );
    const r = await ask("Who is Tomas O'Rourke?");
    await close();
    expect(r.answer).toContain('the former mayor of Tarrow');
  });
});
