import { describe, expect, it } from 'vitest';
import { loadCommands } from '../src/bot/registry.js';
import type { Reply } from '../src/bot/reply.js';
import { escapeText, plainFromSlack, slackLink } from '../src/platforms/slack/escape.js';
import { buildManifest } from '../src/platforms/slack/manifest.js';
import {
  renderBlocks,
  renderFallback,
  renderMessage,
  SLACK_LIMITS,
  toMrkdwn,
} from '../src/platforms/slack/render.js';

type AnyBlock = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { text: string }[];
};

function texts(blocks: unknown[]): string[] {
  return (blocks as AnyBlock[]).flatMap((b) => [
    ...(b.text ? [b.text.text] : []),
    ...(b.fields ?? []).map((f) => f.text),
    ...(b.elements ?? []).map((e) => e.text),
  ]);
}

const sentence = (i: number) =>
  `Sentence ${i} says the harbour board met again to discuss the ferry terminal budget.`;

describe('Slack escaping', () => {
  it('given article text with <!channel>, <!here>, <!everyone> and <@U123>, renders none of them as control sequences', () => {
    const reply: Reply = {
      title: 'Alert <!here>',
      text: 'Residents got a <!channel> notice; <!everyone> and <@U123> were told & warned.',
      fields: [{ name: 'Who <@U9>', value: '<!here>' }],
      quotes: [{ text: 'Tell <!everyone> now', speaker: 'Mayor <@U5>' }],
      footer: 'Gazette <!channel>',
    };
    const { text, blocks } = renderMessage(reply);
    const mrkdwn = [text, ...texts(blocks).slice(1)].join('\n');
    for (const control of ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<@U9>', '<@U5>']) {
      expect(mrkdwn).not.toContain(control);
    }
    expect(mrkdwn).toContain('&lt;!channel&gt;');
    expect(mrkdwn).toContain('told &amp; warned');
  });

  it('escapes & before < and > so an existing entity is shown, not decoded', () => {
    expect(escapeText('a &lt; b <c>')).toBe('a &amp;lt; b &lt;c&gt;');
  });

  it('renders a link as <url|label> with the label escaped and | in label or URL unable to split it', () => {
    expect(slackLink('https://news.test/a?b=1&c=2|3', 'Q&A | <live>')).toBe(
      '<https://news.test/a?b=1&amp;c=2%7C3|Q&amp;A ¦ &lt;live&gt;>',
    );
  });

  it('does not link a javascript: or relative URL, showing the label as text', () => {
    expect(slackLink('javascript:alert(1)', 'Click')).toBe('Click');
  });

  it('given markdown link syntax in article text, it stays text: no <url|label> link is formed, the rest is escaped', () => {
    expect(toMrkdwn('**Patel** said <x> in [the briefing](https://news.test/b?x=1&y=2)')).toBe(
      '**Patel** said &lt;x&gt; in [the briefing](https://news.test/b?x=1&amp;y=2)',
    );
  });

  it('reads a mention the way the person typed it: bot mention dropped, link labels kept, entities decoded', () => {
    expect(
      plainFromSlack('<@UHERALD> what did <https://x.test|Patel> say about Q&amp;A &lt;today&gt;?'),
    ).toBe('what did Patel say about Q&A <today>?');
  });
});

describe('Slack limits', () => {
  it('given 10,000 characters of text, splits it into sections of at most 3000 characters and loses no line', () => {
    const lines = Array.from({ length: 120 }, (_, i) => sentence(i));
    const blocks = renderBlocks({ text: lines.join('\n') });
    const sections = texts(blocks);
    expect(sections.length).toBeGreaterThan(3);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(sections.join('\n').split('\n')).toEqual(lines);
  });

  it('given one 5000-character line full of &, cuts it to fit a section without splitting an entity', () => {
    const blocks = renderBlocks({ text: 'Q&A '.repeat(1250) });
    const [only] = texts(blocks);
    expect(only!.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(only).toMatch(/…$/);
    expect(only!.replace(/&amp;/g, '')).not.toContain('&');
  });

  it('given a title with <!here> and &, escapes the header too and keeps it within 150 characters', () => {
    const blocks = renderBlocks({ title: `Q&A <!here> ${'<tag> '.repeat(40)}` }) as AnyBlock[];
    const header = blocks[0]!.text!.text;
    expect(header.startsWith('Q&amp;A &lt;!here&gt; &lt;tag&gt;')).toBe(true);
    expect(header).not.toContain('<');
    expect(header.length).toBeLessThanOrEqual(SLACK_LIMITS.header);
  });

  it('cuts a long title to the 150-character header limit', () => {
    const blocks = renderBlocks({ title: 'Ferry '.repeat(60) }) as AnyBlock[];
    expect(blocks[0]!.type).toBe('header');
    expect(blocks[0]!.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.header);
  });

  it('given 600 fields, keeps 50 blocks and says how many were left out', () => {
    const fields = Array.from({ length: 600 }, (_, i) => ({ name: `Place ${i}`, value: sentence(i) }));
    const blocks = renderBlocks({ title: 'Places', fields }) as AnyBlock[];
    expect(blocks).toHaveLength(SLACK_LIMITS.blocks);
    const fieldBlocks = blocks.filter((b) => b.fields);
    for (const b of fieldBlocks) expect(b.fields!.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
    // 60 field sections + header = 61 blocks; 49 kept, so 12 are counted in the note.
    expect(blocks.at(-1)!.elements![0]!.text).toBe('…and 12 more');
  });

  it('given more quotes than fit a section, keeps whole quotes and ends with "…and N more"', () => {
    const quotes = Array.from({ length: 60 }, (_, i) => ({
      text: sentence(i),
      speaker: 'Vandante Patel',
      role: 'Deputy Spokesman',
    }));
    const section = texts(renderBlocks({ quotes }))[0]!;
    expect(section.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(section).toMatch(/\n…and \d+ more$/);
    expect(section.split('\n')[0]).toBe(`>“${sentence(0)}” — Vandante Patel, Deputy Spokesman`);
  });

  it('keeps the plain-text fallback within 40,000 characters, counting the lines it dropped', () => {
    const text = Array.from({ length: 1000 }, (_, i) => sentence(i)).join('\n');
    const fallback = renderFallback({ title: 'Long', text });
    expect(fallback.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(fallback).toMatch(/\n…and \d+ more$/);
    expect(fallback.startsWith(`Long\n${sentence(0)}`)).toBe(true);
  });

  it('puts the article link and footer in a context block, and lists links as <url|label> lines', () => {
    const blocks = renderBlocks({
      text: 'Summary',
      url: 'https://news.test/ferry',
      footer: 'Test Gazette · 5 Mar 2024 · id 3f9a1c2b7e',
      links: [{ label: 'Source', url: 'https://news.test/src' }],
    }) as AnyBlock[];
    expect(texts(blocks)).toContain('• <https://news.test/src|Source>');
    const context = blocks.find((b) => b.type === 'context')!;
    expect(context.elements!.map((e) => e.text)).toEqual([
      '<https://news.test/ferry|Read the article>',
      'Test Gazette · 5 Mar 2024 · id 3f9a1c2b7e',
    ]);
  });
});

describe('Slack manifest', () => {
  it('lists every command in commands/ as a slash command with the scopes and the app_mention event', async () => {
    const commands = (await loadCommands()).all();
    const http = buildManifest(commands, { baseUrl: 'https://herald.example.com/' });
    const names = http.features.slash_commands.map((c) => c.command);
    expect(names).toEqual(commands.map((c) => `/${c.name}`));
    expect(names).toContain('/who');
    for (const c of http.features.slash_commands)
      expect(c.url).toBe('https://herald.example.com/slack/events');
    expect(http.settings.event_subscriptions.request_url).toBe('https://herald.example.com/slack/events');
    expect(http.settings.event_subscriptions.bot_events).toEqual(['app_mention']);
    expect(http.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'app_mentions:read', 'chat:write', 'users:read']),
    );
    expect(http.settings.socket_mode_enabled).toBe(false);

    const socket = buildManifest(commands);
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.features.slash_commands.every((c) => !('url' in c))).toBe(true);
  });
});
