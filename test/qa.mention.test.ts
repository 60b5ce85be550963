import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phrasedMentionReply } from '../src/bot/mention.js';
import { parseArticle } from '../src/engine/pipeline.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { contextFor } from './fixtures/bot-article.js';
import { portStrike } from './fixtures/qa-articles.js';

/** Mentions through the bot layer: thread keys, the thread's article and the reply wording. */

let store: SqliteArticleStore;
let articleId: string;

beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  articleId = await (
    await store.upsertArticle({ raw: portStrike.text, parsed: parseArticle(portStrike), origin: 'test' })
  ).article.id;
});
afterAll(async () => await store.close());

describe('phrasedMentionReply without a language model', () => {
  it("answers with the short answer, then the evidence, and records the thread's article", async () => {
    const ctx = contextFor(store, { channelKey: 'console:m1', threadKey: 'console:m1/t1' });
    const reply = await phrasedMentionReply('@herald who brokered the agreement?', ctx);
    expect(reply.text?.split('\n')).toEqual([
      'the regional labour commission',
      '> The agreement was brokered by the regional labour commission, according to a statement from the port authority.',
    ]);
    expect(await store.getChannelArticle('console:m1/t1')).toBe(articleId);
  });

  it('"@herald and why?" in the same thread follows up on the previous question', async () => {
    const ctx = contextFor(store, { channelKey: 'console:m2', threadKey: 'console:m2/t1' });
    await phrasedMentionReply('@herald when did the dockworkers end the strike?', ctx);
    const reply = await phrasedMentionReply('@herald and why?', ctx);
    expect(reply.text?.split('\n')[0]).toBe('after union leaders accepted a new pay offer');
  });

  it('when the article says it is not known, the reply says so with its words', async () => {
    const ctx = contextFor(store, { channelKey: 'console:m3' });
    const reply = await phrasedMentionReply('@herald who will pay for the extra security?', ctx);
    expect(reply.text).toBe(
      'The article says this is not known:\n> It remains unclear who will pay for the extra security hired during the strike.',
    );
  });

  it('an unanswerable question gets "I can\'t find that in" the article\'s title, with the closest sentence', async () => {
    const ctx = contextFor(store, { channelKey: 'console:m4' });
    const reply = await phrasedMentionReply('@herald who owns the port?', ctx);
    expect(reply.text).toMatch(
      /^I can't find that in "Dockworkers end strike at Port Alder after pay deal"\.\nThe closest I have:\n> /,
    );
  });
});
