import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** "has yet to", "unable to", "stopped short of" deny the act after them. Invented text. */

const council = `The Vellby council has yet to approve the new ferry fares.
Rescue crews were unable to reach the stranded trawler before dark.
Mayor Ilse Varga praised the crews but stopped short of endorsing the harbour plan.`;

describe('denials written without "not"', () => {
  const article = askingArticle(council);

  it('answers "No" when the article says the act has yet to happen', async () => {
    expect((await article.ask('Has the Vellby council approved the new ferry fares?')).answer).toBe('No');
  });

  it('answers "No" when the doer was unable to do it', async () => {
    expect((await article.ask('Did rescue crews reach the stranded trawler?')).answer).toBe('No');
  });

  it('answers "No" when the doer stopped short of it', async () => {
    expect((await article.ask('Did Ilse Varga endorse the harbour plan?')).answer).toBe('No');
  });
});
