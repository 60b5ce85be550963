import { describe, expect, it } from 'vitest';
import { matchReason, runUserRegex } from '../src/alerts/match.js';
import { parseArticle } from '../src/engine/pipeline.js';
import type { Subscription } from '../src/store/alert-store.js';
import type { StoredArticle } from '../src/store/store.js';

function stored(text: string): StoredArticle {
  return {
    id: 'a1',
    title: 'Recall',
    url: null,
    source: null,
    published: '2024-05-17',
    ingestedAt: '2024-05-17T10:00:00.000Z',
    contentHash: 'h1',
    parsed: parseArticle({ text, title: 'Recall', published: '2024-05-17' }),
  };
}

const person = (value: string): Subscription => ({
  id: 1,
  platform: 'console',
  channelId: 'c1',
  kind: 'person',
  value,
  createdBy: 'u1',
  createdAt: '2024-05-17T09:00:00.000Z',
});

describe('person subscriptions and quote speakers', () => {
  it('matches a person quoted by name, but not an unnamed speaker whose description holds the word', () => {
    const named = stored(
      'The recall covers 40,000 cars.\n\n"We are contacting every owner this week," said Jane Doe.',
    );
    const described = stored(
      'The recall covers 40,000 cars.\n\n"We are contacting every owner this week," a Ford spokesperson said.',
    );
    expect(described.parsed.quotes[0]?.speaker).toBe('a Ford spokesperson');
    expect(matchReason(person('Jane Doe'), { article: named, feedUrls: [] })).toMatch(/Jane Doe/);
    expect(matchReason(person('Ford'), { article: described, feedUrls: [] })).toBeNull();
  });
});

describe('user regex subscriptions', () => {
  it('given a regex that timed out, a bad one and a match before them, the next regexes still answer for their own text', () => {
    expect(runUserRegex('harbour', 'The harbour reopened.').matched).toBe(true);
    expect(runUserRegex('(a+)+$', `${'a'.repeat(40)}!`).problem).toBe('regex timed out');
    expect(runUserRegex('[', 'The harbour reopened.').problem).toMatch(/^bad regex/);
    expect(runUserRegex('ferry', 'The harbour reopened.')).toEqual({ matched: false });
    expect(runUserRegex('ferry\\s+service', 'Ferry  service resumed.')).toEqual({ matched: true });
  });
});
