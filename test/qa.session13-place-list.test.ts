import { describe, expect, it } from 'vitest';
import { isKnownPlace, withJoinedPlace } from '../src/qa/place-list.js';
import { articleToAsk } from './helpers/qa-article.js';

/** A place answer that is one name of "in <place> and <place>" takes the list; invented sentences. */
const isPlace = (name: string) => ['Vellport', 'Tarrow', 'Kellby'].includes(name) || isKnownPlace(name);

describe('withJoinedPlace', () => {
  it('takes the place joined after the picked one', () => {
    const evidence = 'Storms closed schools in Vellport and Tarrow on Monday.';
    expect(withJoinedPlace('Vellport', evidence, isPlace)).toBe('Vellport and Tarrow');
  });

  it('takes the place joined before the picked one, with "or" too', () => {
    const evidence = 'Voters in Kellby or Tarrow may register online.';
    expect(withJoinedPlace('Tarrow', evidence, isPlace)).toBe('Kellby or Tarrow');
  });

  it('leaves a place joined to a name that is no place', () => {
    const evidence = 'The rally in Vellport and Mayor Brekke drew a crowd.';
    expect(withJoinedPlace('Vellport', evidence, isPlace)).toBe('Vellport');
  });

  it('needs the preposition that opens the list', () => {
    const evidence = 'Vellport and Tarrow signed the pact.';
    expect(withJoinedPlace('Vellport', evidence, isPlace)).toBe('Vellport');
  });
});

describe('"where" answered with a list of places', () => {
  it('answers with both countries the event is tied to', async () => {
    const { ask, close } = await articleToAsk(
      'Aid groups step up.\n\n' +
        'Floods destroyed thousands of homes in Kenya and Tanzania last month, aid groups said on Friday.\n\n' +
        'The groups asked donors for more help.',
    );
    const r = await ask('Where did the floods destroy homes?');
    await close();
    expect(r.answer).toBe('Kenya and Tanzania');
  });
});
