import { describe, expect, it } from 'vitest';
import { deniesByPrefix } from '../../src/qa/yesno-prefix.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A word of the question negated by "un-" or "dis-" in the sentence denies the claim. Invented text. */

const ferry = `The Tollvik ferry company says it is unwilling to cut fares before the summer.
Councillor Maren Quist disagrees with the new parking rules in the old town.`;

describe('a prefix that negates the question word answers "No"', () => {
  const article = askingArticle(ferry);

  it('reads "unwilling" as not willing', async () => {
    expect(
      (await article.ask('Is the Tollvik ferry company willing to cut fares before the summer?')).answer,
    ).toBe('No');
  });

  it('reads "disagrees" as not agreeing', async () => {
    expect(
      (await article.ask('Does Maren Quist agree with the new parking rules in the old town?')).answer,
    ).toBe('No');
  });
});

describe('deniesByPrefix', () => {
  it('leaves words whose prefix does not negate, and sentences that also use the bare word', () => {
    expect(
      deniesByPrefix('Did the mayor like the plan?', 'Unlike the mayor, the board backed the plan.'),
    ).toBe(false);
    expect(
      deniesByPrefix('Is she willing to run?', 'She was unwilling at first but is now willing to run.'),
    ).toBe(false);
    expect(deniesByPrefix('Is it likely to pass?', 'It is unlikely to pass.')).toBe(true);
  });
});
