import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../src/bot/context.js';
import type { Reply } from '../src/bot/reply.js';
import { type CommandRegistry, loadCommands } from '../src/bot/registry.js';
import { runCommand } from '../src/bot/runner.js';
import { parseTextArgs } from '../src/bot/text-args.js';
import { ParsedArticleSchema } from '../src/engine/schema.js';
import { contextFor, ferryArticle, type TestStore, tempStore } from './fixtures/bot-article.js';

let registry: CommandRegistry;
let t: TestStore;
let ctx: CommandContext;
let articleId: string;

beforeAll(async () => {
  registry = await loadCommands();
});

beforeEach(async () => {
  t = tempStore();
  ctx = contextFor(t.store);
  articleId = (await t.store.upsertArticle({ raw: 'ferry', parsed: ferryArticle, origin: 'test' })).article
    .id;
});

afterEach(() => t.cleanup());

/** Run a command the way a person types it in Slack or the console. */
async function type(line: string, context = ctx): Promise<Reply> {
  const [, name = '', rest = ''] = /^\/(\S+)\s*(.*)$/.exec(line) ?? [];
  const command = registry.get(name);
  return runCommand(registry, name, command ? parseTextArgs(command, rest) : {}, context);
}

describe('every article reply names its article', () => {
  it.each(['/who', '/when', '/where', '/quotes', '/summary', '/article', '/ask who chaired the vote?'])(
    '%s carries the article id, link and a footer with source and date',
    async (line) => {
      const reply = await type(line);
      expect(reply.error).toBeUndefined();
      expect(reply.articleId).toBe(articleId);
      expect(reply.url).toBe('https://news.example.org/local/ferry-terminal');
      expect(reply.footer).toContain('Example Gazette');
      expect(reply.footer).toContain('7 Mar 2024');
      expect(reply.footer).toContain(articleId);
    },
  );
});

describe('/who', () => {
  it('lists people most mentioned first, with their roles', async () => {
    const reply = await type('/who');
    const lines = reply.text?.split('\n') ?? [];
    expect(lines[0]).toBe("Lena Ortiz — Mayor; the council's longest-serving member (2 mentions)");
    expect(lines[1]).toBe("Tomas Berg — the project's chief architect (1 mention)");
  });

  it('given a surname, shows that person with role, quotes and the sentences naming them', async () => {
    const reply = await type('/who Ortiz');
    expect(reply.title).toBe('Lena Ortiz');
    expect(reply.text).toContain("Mayor; the council's longest-serving member");
    expect(reply.text).toContain('> The vote was chaired by Mayor Lena Ortiz');
    expect(reply.quotes).toEqual([
      { text: 'We have waited ten years for this', speaker: 'Lena Ortiz', role: 'Mayor' },
    ]);
  });

  it('given a role word, finds the person holding that role', async () => {
    expect((await type('/who architect')).title).toBe('Tomas Berg');
  });

  it('given a name nobody has, answers privately with the people who are there', async () => {
    const reply = await type('/who Smith');
    expect(reply.error).toBe(true);
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toContain('No one matching "Smith"');
    expect(reply.text).toContain('Lena Ortiz, Tomas Berg');
  });
});

describe('/when', () => {
  it('orders dated events oldest first with the original wording and leaves captions out', async () => {
    const lines = (await type('/when')).text?.split('\n');
    expect(lines).toEqual([
      '2014 (in 2014): plan first proposed',
      'March 2024 (in March): work starts',
      'week of 4 Mar 2024 (this week): officials spoke',
      'Tue 5 Mar 2024 (on Tuesday): council approved the terminal',
      '(date unknown) one day: a review',
    ]);
  });

  it('given a person, keeps only the dates of sentences naming them', async () => {
    const lines = (await type('/when Berg')).text?.split('\n');
    expect(lines).toEqual(['March 2024 (in March): work starts']);
  });

  it('given words, keeps only the dates whose event or sentence holds every one of them', async () => {
    const lines = (await type('/when plan proposed')).text?.split('\n');
    expect(lines).toEqual(['2014 (in 2014): plan first proposed']);
  });
});

describe('an article holding nothing of the kind asked for', () => {
  it.each([
    ['/who', 'I found no people named in "Council meets". Try `/summary` or `/quotes`.'],
    ['/where', 'I found no places named in "Council meets". Try `/summary`.'],
    ['/quotes', 'I found no quotes in "Council meets". Try `/summary`.'],
    ['/when', 'I found no dates in "Council meets". Try `/summary`.'],
    ['/when budget', 'I found no dates about "budget" in "Council meets". Try `/summary`.'],
  ])('%s says so and points to a command that still helps', async (line, message) => {
    const sentences = ['The council met for an hour and adjourned without a vote.'];
    const bare = ParsedArticleSchema.parse({
      ...ferryArticle,
      title: 'Council meets',
      paragraphs: sentences,
      sentences,
      sentenceParagraph: [0],
      summary: sentences,
      oneLine: sentences[0],
      url: 'https://news.example.org/local/council-meets',
      people: [],
      organizations: [],
      places: [],
      dates: [],
      quotes: [],
    });
    const id = (await t.store.upsertArticle({ raw: 'bare', parsed: bare, origin: 'test' })).article.id;
    const reply = await type(`${line} article:${id}`);
    expect(reply.error).toBe(true);
    expect(reply.text).toBe(message);
  });
});

describe('/where', () => {
  it('lists each place with the clause saying what happened there', async () => {
    const text = (await type('/where')).text ?? '';
    expect(text).toContain('Porto Velho: Construction will take place in Porto Velho');
    expect(text).toContain('Lisbon: Critics in Lisbon said the costs were too high');
  });

  it('prefers the sentence placing something "off" a place over an earlier one only naming it', async () => {
    const sentences = [
      "Yemen's coastguard said on Monday that a cargo ship had been hit.",
      'The ship was struck by a drone off Yemen late on Sunday, the coastguard said.',
    ];
    const shipArticle = ParsedArticleSchema.parse({
      ...ferryArticle,
      title: 'Cargo ship hit by drone',
      url: 'https://news.example.org/world/cargo-ship',
      paragraphs: [sentences.join(' ')],
      sentences,
      sentenceParagraph: [0, 0],
      summary: sentences,
      oneLine: sentences[0],
      people: [],
      organizations: [],
      places: [{ name: 'Yemen', mentions: 2, firstSentence: 0 }],
      dates: [],
      quotes: [],
    });
    const id = (await t.store.upsertArticle({ raw: 'ship', parsed: shipArticle, origin: 'test' })).article.id;
    const text = (await type(`/where article:${id}`)).text ?? '';
    expect(text).toBe('Yemen: The ship was struck by a drone off Yemen late on Sunday');
  });
});

describe('/quotes', () => {
  it('gives key quotes with speaker and role', async () => {
    const reply = await type('/quotes');
    expect(reply.quotes).toEqual([
      { text: 'We have waited ten years for this', speaker: 'Lena Ortiz', role: 'Mayor' },
    ]);
  });

  it('for someone never quoted, names who was quoted', async () => {
    const reply = await type('/quotes Berg');
    expect(reply.error).toBe(true);
    expect(reply.text).toContain('Quoted there: Lena Ortiz');
  });
});

describe('/latest, /search and /article', () => {
  it('/latest lists ids, dates and one-line summaries', async () => {
    const reply = await type('/latest 3');
    expect(reply.text).toBe(
      `${articleId} · 7 Mar 2024 · Harbour council approves ferry terminal — The harbour council approved a new ferry terminal on Tuesday, officials said.`,
    );
  });

  it('/latest refuses a count above 10 with a pointer to help', async () => {
    const reply = await type('/latest 40');
    expect(reply.error).toBe(true);
    expect(reply.text).toContain('`count`');
    expect(reply.text).toContain('/help latest');
  });

  it('/search finds the article by a body word and shows its id', async () => {
    expect((await type('/search architect')).text).toContain(articleId);
  });

  it('/search with no match says what to try', async () => {
    const reply = await type('/search volcano');
    expect(reply.error).toBe(true);
    expect(reply.text).toContain('Nothing stored matches "volcano"');
  });

  it('/article with an id prefix shows the card: summary, key quote, link', async () => {
    const reply = await type(`/article ${articleId.slice(0, 6)}`);
    expect(reply.title).toBe('Harbour council approves ferry terminal');
    expect(reply.text).toContain('chaired by Mayor Lena Ortiz');
    expect(reply.quotes?.[0]?.speaker).toBe('Lena Ortiz');
    expect(reply.links).toEqual([
      { label: 'Read the article', url: 'https://news.example.org/local/ferry-terminal' },
    ]);
  });

  it('/article with title words finds it too', async () => {
    expect((await type('/article ferry terminal')).articleId).toBe(articleId);
  });

  it('an unknown article gets a friendly private answer, not a stack trace', async () => {
    const reply = await type('/summary article:zzzz');
    expect(reply).toMatchObject({ error: true, ephemeral: true });
    expect(reply.text).toContain('I can\'t find an article matching "zzzz"');
    expect(reply.text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('channel context', () => {
  it('after /article names an article, later commands in that channel default to it', async () => {
    const other = (
      await t.store.upsertArticle({
        raw: 'other',
        parsed: {
          ...ferryArticle,
          title: 'Bakery wins regional prize',
          url: null,
          published: '2024-03-09',
          paragraphs: ['Other.'],
        },
        origin: 'test',
      })
    ).article;
    expect((await type('/summary')).articleId).toBe(other.id);
    await type(`/article ${articleId}`);
    expect((await type('/summary')).articleId).toBe(articleId);
  });
});

describe('empty store and /help', () => {
  it('an empty store says how to add articles', async () => {
    const empty = tempStore();
    try {
      const reply = await type('/who', { ...ctx, store: empty.store });
      expect(reply.error).toBe(true);
      expect(reply.text).toContain("I haven't stored any articles yet");
    } finally {
      empty.cleanup();
    }
  });

  it('/help lists every command with its options, generated from the definitions', async () => {
    const text = (await type('/help')).text ?? '';
    // Admin commands (subscribe, schedule, ...) are listed only to admins; this person isn't one.
    for (const c of registry.all().filter((c) => !c.admin)) expect(text).toContain(`/${c.name}`);
    expect(text).not.toContain('/subscribe ');
    expect(text).toContain('/who [name] [article]');
    expect(text).toContain('/search <query>');
  });

  it('/help who describes each option', async () => {
    const reply = await type('/help who');
    expect(reply.title).toBe('/who [name] [article]');
    expect(reply.text).toContain('name (text, optional): A name, surname or role word');
  });

  it('/help for an unknown command says so privately', async () => {
    const reply = await type('/help frobnicate');
    expect(reply.error).toBe(true);
    expect(reply.text).toContain('There is no `/frobnicate`');
  });
});
