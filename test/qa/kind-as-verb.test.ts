import { describe, expect, it } from 'vitest';
import { kindReadAsVerb } from '../../src/qa/kind-as-verb.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askingArticle } from '../helpers/qa-article.js';

/** "Which <person kind> did X ...?": the kind noun read as the question's verb does not gate a name. Invented text. */

describe('kindReadAsVerb', () => {
  it('holds for a person kind followed by an auxiliary, with a person picked', () => {
    expect(kindReadAsVerb(parseQuestion('Which candidate did Ana Ruiz support?'), 'person')).toBe(true);
    expect(kindReadAsVerb(parseQuestion('Which mayor was as popular as Ivo Kell?'), 'person')).toBe(true);
  });

  it('holds for nothing else: another pick, a kind that runs on, a real verb after the kind', () => {
    expect(kindReadAsVerb(parseQuestion('Which candidate did Ana Ruiz support?'), 'organisation')).toBe(
      false,
    );
    expect(kindReadAsVerb(parseQuestion('Which super PAC made the ad?'), 'person')).toBe(false);
    expect(kindReadAsVerb(parseQuestion('Which candidate won the vote?'), 'person')).toBe(false);
  });
});

describe('a "which candidate did X ...?" question in an article', () => {
  const article = askingArticle(`The harbour board race tightened this week.
Former councillor Ana Ruiz was firmly behind Tomas Vellan while the shipwright was still in the running, she said Monday.
Vellan left the race on Friday.`);

  it('answers with the name in the sentence that never writes "candidate"', async () => {
    const r = await article.ask('Which candidate did Ana Ruiz back while he was running?');
    expect(r.answer).toContain('Tomas Vellan');
  });
});
