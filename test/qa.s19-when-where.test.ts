import { describe, expect, it } from 'vitest';
import { placeBeforePersonNoun } from '../src/qa/constituency.js';
import { askingArticle } from './helpers/qa-article.js';

// Session 19, QA when / where / how many / why: invented articles and names only.

describe('a place written as a tag before a person noun is no event place (constituency.ts)', () => {
  it('reads "the <State> senator" and "<State> voters" as tags, "a <Town> rally" as no tag', () => {
    const s = 'On Friday, the Nevada senator opened a Brindleford rally before Nevada voters.';
    const nevada = s.indexOf('Nevada');
    expect(placeBeforePersonNoun(s, nevada, nevada + 'Nevada'.length)).toBe(true);
    const town = s.indexOf('Brindleford');
    expect(placeBeforePersonNoun(s, town, town + 'Brindleford'.length)).toBe(false);
    const voters = s.lastIndexOf('Nevada');
    expect(placeBeforePersonNoun(s, voters, voters + 'Nevada'.length)).toBe(true);
  });

  // The only place of the sentence tags the voters; the meeting's place is not written.
  const story = `Corla Vantreese and Ames Corvin are locked in a close race for the nomination.
On Friday, Vantreese met Corvin at a time when many Oregon voters are still weighing their final choice.
Vantreese plans to visit three more towns before the vote.`;
  const article = askingArticle(story);

  it('does not answer "where" with the home state of the people a sentence names', async () => {
    const r = await article.ask('Where did Vantreese meet Corvin?');
    expect(r.answer).not.toBe('Oregon');
    expect(r.status).not.toBe('answered');
  });
});
