import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../src/bot/command.js';
import type { Reply } from '../src/bot/reply.js';
import { DISCORD_LIMITS } from '../src/platforms/discord/limits.js';
import { questionText } from '../src/platforms/discord/mention-handler.js';
import { neutraliseMentions } from '../src/platforms/discord/mentions.js';
import { commandPayload, commandsDiffer } from '../src/platforms/discord/registration.js';
import { embedLength, renderReply } from '../src/platforms/discord/render.js';
import { channelReply, interactionEdit, interactionReply } from '../src/platforms/discord/reply-options.js';

const lines = (n: number, width: number) =>
  Array.from({ length: n }, (_, i) => `${i + 1}. ${'word '.repeat(width / 5)}`.trim());

function embedOf(reply: Reply) {
  const embed = renderReply(reply).embeds[0];
  if (!embed) throw new Error('expected an embed');
  return embed;
}

describe('rendering a reply as a Discord message', () => {
  it('a card becomes one embed: linked title, description, fields and footer, pinging nobody', () => {
    const message = renderReply({
      title: 'Ferry terminal approved',
      url: 'https://news.example.org/ferry',
      text: 'The council voted on Tuesday.',
      fields: [{ name: 'People', value: 'Lena Ortiz — Mayor', inline: true }],
      footer: 'Example Gazette · 7 Mar 2024 · id 3f9a1c2b7e',
    });
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.flags).toBeUndefined();
    expect(message.embeds[0]).toMatchObject({
      title: 'Ferry terminal approved',
      url: 'https://news.example.org/ferry',
      description: 'The council voted on Tuesday.',
      fields: [{ name: 'People', value: 'Lena Ortiz — Mayor', inline: true }],
      footer: { text: 'Example Gazette · 7 Mar 2024 · id 3f9a1c2b7e' },
    });
  });

  it('an error is plain private text (flags 64) rather than a card', () => {
    const message = renderReply({ text: 'No such article.', ephemeral: true, error: true });
    expect(message).toMatchObject({ content: 'No such article.', embeds: [], flags: 64 });
  });

  it('a private card keeps the ephemeral flag', () => {
    expect(renderReply({ title: 'Subscriptions', text: 'None yet.', ephemeral: true }).flags).toBe(64);
  });

  it('a title link that is not http(s) is dropped', () => {
    expect(embedOf({ title: 'x', url: 'javascript:alert(1)' }).url).toBeUndefined();
  });

  it('an over-long title and description are cut to 256 and 4096 characters with an ellipsis', () => {
    const embed = embedOf({ title: 'Headline '.repeat(60), text: 'Sentence goes on. '.repeat(400) });
    expect(embed.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.title!.endsWith('…')).toBe(true);
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.description!.endsWith('…')).toBe(true);
  });

  it('a long list in a field keeps whole lines under 1024 characters and says how many were left out', () => {
    const value = lines(60, 40).join('\n');
    const field = embedOf({ title: 'People', fields: [{ name: 'Named', value }] }).fields![0]!;
    expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    const kept = field.value.split('\n');
    const note = /^…and (\d+) more$/.exec(kept.at(-1)!);
    expect(note).not.toBeNull();
    expect(kept.length - 1 + Number(note![1])).toBe(60);
  });

  it('more than 25 fields become 24 plus one saying how many more there were', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({
      name: `Place ${i + 1}`,
      value: 'mentioned once',
    }));
    const embed = embedOf({ title: 'Places', fields });
    expect(embed.fields).toHaveLength(25);
    expect(embed.fields![24]!.value).toBe('…and 6 more');
    expect(embed.fields![23]!.name).toBe('Place 24');
  });

  it('an embed over 6000 characters in total drops trailing fields and says how many', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ name: `Quote ${i + 1}`, value: 'q'.repeat(900) }));
    const embed = embedOf({ title: 'Quotes', text: 'd'.repeat(1500), fields, footer: 'Gazette' });
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    const last = embed.fields!.at(-1)!;
    const dropped = Number(/^…and (\d+) more$/.exec(last.value)?.[1]);
    expect(embed.fields!.length - 1 + dropped).toBe(12);
  });

  it('quotes are listed in the description with speaker and role', () => {
    const embed = embedOf({
      title: 'Quotes',
      quotes: [{ text: 'We have waited ten years', speaker: 'Lena Ortiz', role: 'Mayor' }],
    });
    expect(embed.description).toBe('> “We have waited ten years” — Lena Ortiz, Mayor');
  });

  it('links become one field of markdown links', () => {
    const embed = embedOf({
      title: 'Sources',
      links: [{ label: 'Original [PDF]', url: 'https://example.org/a.pdf' }],
    });
    expect(embed.fields).toEqual([{ name: 'Links', value: '[Original PDF](https://example.org/a.pdf)' }]);
  });

  it('"@everyone", "@here", user and role mentions in article text are broken everywhere in the embed', () => {
    const embed = embedOf({
      title: 'Mayor tells @everyone to vote',
      text: 'Posted by <@123456789012345678> for <@&223456789012345678> and @here.',
      fields: [{ name: '@everyone', value: 'ask <@!323456789012345678>' }],
      quotes: [{ text: 'Tell @everyone', speaker: '<@42>' }],
      footer: '@here · Gazette',
    });
    const all = JSON.stringify(embed);
    expect(all).not.toMatch(/@everyone|@here|<@!?\d|<@&\d/);
    expect(embed.title).toBe('Mayor tells @\u200beveryone to vote');
  });

  it('plain content longer than 2000 characters becomes an embed description instead of failing', () => {
    const message = renderReply({ text: 'x '.repeat(1500) });
    expect(message.content).toBeUndefined();
    expect(message.embeds[0]!.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
  });
});

describe('neutralising mentions', () => {
  it('leaves ordinary at-signs and e-mail addresses alone', () => {
    expect(neutraliseMentions('write to desk@example.org @ 5pm')).toBe('write to desk@example.org @ 5pm');
  });
});

describe('the question in a mention', () => {
  it('is the text with the bot mention removed, wherever it appears', () => {
    expect(questionText('<@42> who mediated the talks? <@!42>', '42')).toBe('who mediated the talks?');
  });
});

describe('registration payloads', () => {
  const subscribe = defineCommand({
    name: 'subscribe',
    description: 'Post new articles from a feed in this channel',
    admin: true,
    options: z.object({
      every: z.number().int().min(5).max(1440).optional().describe('Minutes between checks'),
      url: z.string().describe('Feed address'),
      kind: z.enum(['rss', 'atom']).describe('Feed kind'),
    }),
    handler: () => ({ text: 'ok' }),
  });

  it('puts required options before optional ones, as Discord demands', () => {
    const names = commandPayload(subscribe).options!.map((o) => `${o.name}:${o.required}`);
    expect(names).toEqual(['url:true', 'kind:true', 'every:false']);
  });

  it('gives choice options choices and no autocomplete, and number options their range', () => {
    const options = commandPayload(subscribe).options!;
    const kind = options.find((o) => o.name === 'kind');
    expect(kind).toMatchObject({
      type: 3,
      choices: [
        { name: 'rss', value: 'rss' },
        { name: 'atom', value: 'atom' },
      ],
    });
    expect(kind).not.toHaveProperty('autocomplete');
    expect(options.find((o) => o.name === 'every')).toMatchObject({ type: 4, min_value: 5, max_value: 1440 });
  });

  it('requires Manage Channels (16) by default for admin commands and works only in servers', () => {
    expect(commandPayload(subscribe)).toMatchObject({ default_member_permissions: '16', contexts: [0] });
  });

  it('sees no difference in what Discord returns for the same commands (ids, versions, omitted false flags)', () => {
    const desired = [commandPayload(subscribe)];
    const asReturned = desired.map((c) => ({
      ...c,
      id: '1',
      application_id: '2',
      version: '3',
      options: c.options!.map(({ required, ...o }) => (required ? { ...o, required } : o)),
    }));
    expect(commandsDiffer(asReturned, desired)).toBe(false);
    expect(commandsDiffer([{ ...asReturned[0], description: 'Changed' }], desired)).toBe(true);
    expect(commandsDiffer([], desired)).toBe(true);
  });
});

describe('discord.js options for replies, follow-ups, edits and message replies', () => {
  const privateError = renderReply({ text: 'Ask <@1> @everyone', ephemeral: true, error: true });
  const card = renderReply({ title: 'Talks', text: 'Officials met.' });

  it('given any kind of answer, every option set tells Discord to ping nobody', () => {
    for (const options of [
      interactionReply(privateError),
      interactionReply(card),
      channelReply(privateError),
      interactionEdit(card),
      interactionEdit(privateError),
    ]) {
      expect(options.allowedMentions).toEqual({ parse: [], repliedUser: false });
    }
  });

  it('given a private answer, an interaction reply stays ephemeral but a channel reply drops the flag', () => {
    expect(interactionReply(privateError).flags).toBe(64);
    expect(interactionReply(card).flags).toBeUndefined();
    expect('flags' in channelReply(privateError)).toBe(false);
  });

  it('given an edit to a card, the old text content is cleared', () => {
    expect(interactionEdit(card).content).toBeNull();
    expect(interactionEdit(privateError).content).toBe(privateError.content);
  });
});
