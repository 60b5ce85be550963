import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../src/bot/context.js';
import type { Reply } from '../src/bot/reply.js';
import { type CommandRegistry, loadCommands } from '../src/bot/registry.js';
import { runCommand } from '../src/bot/runner.js';
import { parseTextArgs } from '../src/bot/text-args.js';
import { ingestPaths } from '../src/ingest/service.js';
import { answerQuestion } from '../src/qa/answer.js';
import { contextFor, type TestStore, tempStore } from './fixtures/bot-article.js';

/**
 * The commands end to end on the project's seed article, through the real engine and store.
 * Expected values are what a careful reader finds in the article.
 */
const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');

let registry: CommandRegistry;
let t: TestStore;
let ctx: CommandContext;

beforeAll(async () => {
  registry = await loadCommands();
  t = tempStore();
  ctx = contextFor(t.store);
  const summary = await ingestPaths(t.store, [seedsDir]);
  expect(summary.new).toBeGreaterThan(0);
});

afterAll(() => t.cleanup());

async function type(line: string): Promise<Reply> {
  const [, name = '', rest = ''] = /^\/(\S+)\s*(.*)$/.exec(line) ?? [];
  const command = registry.get(name);
  return runCommand(registry, name, command ? parseTextArgs(command, rest) : {}, ctx);
}

const normalise = (s: string | undefined) => (s ?? '').replace(/[’‘]/g, "'");

describe('/who on the seed article', () => {
  it('lists the three officials with their roles as written', async () => {
    const text = normalise((await type('/who')).text);
    expect(text).toContain("Brett McGurk — the US president's top Middle East adviser");
    expect(text).toContain('Abram Paley — the US envoy for Iran');
    expect(text).toContain('Vandante Patel — US State Department Deputy Spokesman');
  });

  it('given the role word "envoy", answers Abram Paley', async () => {
    expect((await type('/who envoy')).title).toBe('Abram Paley');
  });

  it('given "Patel", shows his quote', async () => {
    const reply = await type('/who Patel');
    expect(reply.title).toBe('Vandante Patel');
    expect(reply.quotes?.[0]?.text).toMatch(/^The Biden administration continues to assess/);
  });
});

describe('/when on the seed article', () => {
  it('resolves the article dates against its publication day, oldest first', async () => {
    const lines = (await type('/when')).text?.split('\n') ?? [];
    const find = (wording: string) => lines.findIndex((l) => l.includes(`(${wording})`));
    expect(lines[find('since January')]).toMatch(/^January 2024 \(since January\)/);
    expect(lines[find('last month')]).toMatch(/^April 2024 \(last month\)/);
    expect(lines[find('this week')]).toMatch(/^week of 13 May 2024 \(this week\)/);
    expect(lines[find('on Monday')]).toMatch(/^Mon 13 May 2024 \(on Monday\)/);
    expect(lines[find('on Friday')]).toMatch(/^Fri 17 May 2024 \(on Friday\)/);
    expect(find('since January')).toBeLessThan(find('last month'));
    expect(find('last month')).toBeLessThan(find('on Monday'));
    expect(find('on Monday')).toBeLessThan(find('on Friday'));
  });

  it('leaves out present references ("currently"), which date no event', async () => {
    const text = (await type('/when')).text ?? '';
    expect(text).not.toContain('(currently)');
    expect(text.split('\n')).toHaveLength(5);
  });
});

describe('/where and /quotes on the seed article', () => {
  it('places Oman with the talks held there', async () => {
    expect((await type('/where')).text).toMatch(/^Oman: .*talks/m);
  });

  it('attributes the key quote to Vandante Patel', async () => {
    const reply = await type('/quotes');
    expect(reply.quotes?.[0]).toMatchObject({
      speaker: 'Vandante Patel',
      role: 'US State Department Deputy Spokesman',
    });
    expect(reply.quotes?.[0]?.text).toContain('testable nuclear device');
  });
});

describe('question answering on the seed article', () => {
  const ask = (q: string) => answerQuestion(q, { store: t.store, channelKey: ctx.channelKey });

  it.each([
    ['who mediated the talks?', /^Omani officials$/],
    ['who were the US officials at the talks?', /^Brett McGurk and Abram Paley$/],
    ['where were the talks held?', /^Oman$/],
    ['when was the previous round of talks?', /\bJanuary 2024\b/],
    [
      'what did Vandante Patel say?',
      /^Vandante Patel: “The Biden administration continues to assess .* testable nuclear device”$/,
    ],
  ])('"%s" is answered from the article', async (question, expected) => {
    const result = await ask(question);
    expect(result.answer).toMatch(expected);
    expect(result.evidence).toBeTruthy();
    expect(result.confidence).toBeGreaterThan(0.3);
  });

  it('a question the article does not answer gets an honest reply with the closest sentence', async () => {
    const reply = await type('/ask how many centrifuges does Iran operate?');
    expect(reply.text).toMatch(/^I can't find that in "US, Iran, in first talks/);
    expect(reply.articleId).toBeTruthy();
  });
});
