import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineCommand } from '../src/bot/command.js';
import { parseTextArgs } from '../src/bot/text-args.js';
import { fitLines, truncate } from '../src/bot/text.js';
import { formatOutcome } from '../src/ingest/progress.js';
import { renderReply } from '../src/platforms/console/render.js';
import type { StoredArticle } from '../src/store/store.js';
import { stripMention } from '../src/bot/mention.js';

const who = defineCommand({
  name: 'who',
  description: 'people',
  options: z.object({ name: z.string().optional(), article: z.string().optional() }),
  handler: () => ({}),
});
const latest = defineCommand({
  name: 'latest',
  description: 'latest',
  options: z.object({ count: z.coerce.number().int().optional() }),
  handler: () => ({}),
});

describe('parseTextArgs', () => {
  it('gives all free words to the first string option when the rest are optional', () => {
    expect(parseTextArgs(who, 'Brett McGurk')).toEqual({ name: 'Brett McGurk' });
  });

  it('sets options by name:value and keeps quoted phrases together', () => {
    expect(parseTextArgs(who, 'article:3f9a "Abram Paley"')).toEqual({
      article: '3f9a',
      name: 'Abram Paley',
    });
  });

  it('passes a number option as typed, for zod to coerce and check', () => {
    expect(parseTextArgs(latest, '3')).toEqual({ count: '3' });
  });

  it('leaves options unset when nothing is typed', () => {
    expect(parseTextArgs(who, '   ')).toEqual({});
  });
});

describe('fitLines and truncate', () => {
  it('keeps whole lines that fit and counts the rest', () => {
    const lines = ['alpha one', 'beta two', 'gamma three', 'delta four'];
    const text = fitLines(lines, 35);
    expect(text).toBe('alpha one\nbeta two\n…and 2 more');
    expect(text.length).toBeLessThanOrEqual(35);
  });

  it('returns every line when they fit', () => {
    expect(fitLines(['a', 'b'], 100)).toBe('a\nb');
  });

  it('cuts a long text at a word boundary with an ellipsis', () => {
    expect(truncate('The talks were mediated by Omani officials', 20)).toBe('The talks were…');
  });
});

describe('console rendering and mentions', () => {
  it('renders title, text, quotes with speaker and role, then the footer', () => {
    const text = renderReply({
      title: 'Headline',
      url: 'https://example.org/a',
      text: 'Summary.',
      quotes: [{ text: 'We will build it', speaker: 'Lena Ortiz', role: 'Mayor' }],
      links: [{ label: 'Read the article', url: 'https://example.org/a' }],
      footer: 'Gazette · 7 Mar 2024 · id abc',
    });
    expect(text).toBe(
      'Headline\nhttps://example.org/a\nSummary.\n“We will build it”\n  — Lena Ortiz, Mayor\n[Gazette · 7 Mar 2024 · id abc]',
    );
  });

  it('given article text with terminal escape sequences, prints none of the control characters', () => {
    const text = renderReply({
      title: 'Harbour \u001b[2Jreopens',
      text: 'Crews\u001b]0;pwned\u0007 finished\tthe repairs.\nShips return Monday.',
      footer: 'Gazette\u009b31m',
    });
    expect(text).toBe(
      'Harbour [2Jreopens\nCrews]0;pwned finished\tthe repairs.\nShips return Monday.\n[Gazette31m]',
    );
  });

  it('given a stored title with an escape sequence, the ingest progress line prints it without control characters', () => {
    const article = { id: 'abc1234567', title: 'Ferry\u001b[2J resumes' } as StoredArticle;
    expect(formatOutcome({ input: 'news/a.txt', status: 'new', article })).toBe(
      'new        abc1234567  Ferry[2J resumes  (news/a.txt)',
    );
  });

  it('strips the leading mention whatever form the platform delivers', () => {
    expect(stripMention('@Herald who mediated?')).toBe('who mediated?');
    expect(stripMention('<@U0123ABC> where were the talks held?')).toBe('where were the talks held?');
    expect(stripMention('<@!123456>, when?')).toBe('when?');
  });
});
