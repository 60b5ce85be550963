import type { types } from '@slack/bolt';
import type { Reply } from '../../bot/reply.js';
import { fitLines, stripBidi, truncate } from '../../bot/text.js';
import { escapeText, slackLink } from './escape.js';

type KnownBlock = types.KnownBlock;

/** Slack's documented limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  sectionField: 2000,
  sectionFields: 10,
  header: 150,
  contextText: 3000,
  /** chat.postMessage truncates `text` beyond this. */
  fallbackText: 40_000,
} as const;

/** A message as Slack takes it: blocks for the eye, text for notifications and old clients. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;

/**
 * Reply text to Slack mrkdwn. Reply text carries article words, so nothing in it becomes a link or
 * a mention: `&`, `<` and `>` are escaped (every Slack link, mention and `<!channel>` needs a `<`),
 * and `[label](url)` stays text rather than becoming `<url|label>`. Herald's own links travel in
 * `url` and `links`, which are the only ones rendered as links. Bidi controls are dropped.
 */
export function toMrkdwn(text: string): string {
  return escapeText(stripBidi(text));
}

/**
 * The longest prefix of `raw` whose rendered form fits `max`: cutting after escaping could split an
 * entity (`&am`) or a link, so the cut is made on the source and measured after rendering.
 */
function fitRendered(raw: string, max: number, render: (text: string) => string): string {
  let budget = max;
  for (let i = 0; i < 20; i++) {
    const rendered = render(truncate(raw, budget));
    if (rendered.length <= max) return rendered;
    budget = Math.max(1, Math.floor(budget * (max / rendered.length)) - 1);
  }
  return escapeText(truncate(raw, Math.floor(max / 5)));
}

const fitMrkdwn = (raw: string, max: number) => fitRendered(raw, max, toMrkdwn);

/** Split text into section-sized chunks at line breaks; a single over-long line is cut. */
function textChunks(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const rendered = toMrkdwn(line).length <= max ? toMrkdwn(line) : fitMrkdwn(line, max);
    const joined = current ? `${current}\n${rendered}` : rendered;
    if (joined.length <= max) {
      current = joined;
    } else {
      if (current) chunks.push(current);
      current = rendered;
    }
  }
  if (current.trim()) chunks.push(current);
  return chunks;
}

/**
 * One quote or link line at most, leaving room in a section for the "…and N more" note, so
 * fitLines only ever drops whole lines and never cuts through an entity or a link.
 */
const LINE_MAX = SLACK_LIMITS.sectionText - 40;

function section(text: string, verbatim = true): KnownBlock {
  // verbatim: Slack must not auto-link channel names or mentions in text that came from articles.
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim } };
}

function quoteLines(reply: Reply): string[] {
  return (reply.quotes ?? []).map((q) => {
    const who = q.speaker ? `— ${q.speaker}${q.role ? `, ${q.role}` : ''}` : '— unattributed';
    return `“${q.text}” ${who}`;
  });
}

/** Reply → Block Kit, every block within Slack's limits and at most 50 blocks. */
export function renderBlocks(reply: Reply): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (reply.title) {
    // plain_text is not parsed for mentions, but Slack still decodes entities in it: escaped like
    // every other field, so a title shows `<`, `>` and `&` as written, whatever Slack's parser does.
    blocks.push({
      type: 'header',
      text: {
        type: 'plain_text',
        text: fitRendered(stripBidi(reply.title), SLACK_LIMITS.header, escapeText),
      },
    });
  }
  if (reply.text) {
    for (const chunk of textChunks(reply.text, SLACK_LIMITS.sectionText)) blocks.push(section(chunk));
  }
  const fields = reply.fields ?? [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.sectionFields) {
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + SLACK_LIMITS.sectionFields).map((f) => ({
        type: 'mrkdwn' as const,
        verbatim: true,
        text: fitMrkdwnWithHeading(f.name, f.value, SLACK_LIMITS.sectionField),
      })),
    });
  }
  const quotes = quoteLines(reply);
  if (quotes.length > 0) {
    const rendered = quotes.map((q) => `>${fitMrkdwn(q, LINE_MAX)}`);
    blocks.push(section(fitLines(rendered, SLACK_LIMITS.sectionText)));
  }
  const links = (reply.links ?? []).map((l) => {
    const label = stripBidi(truncate(l.label, 200));
    const line = `• ${slackLink(l.url, label)}`;
    // A URL too long for a section cannot be cut without breaking it: show the label alone.
    return line.length <= LINE_MAX ? line : `• ${escapeText(label)}`;
  });
  if (links.length > 0) blocks.push(section(fitLines(links, SLACK_LIMITS.sectionText)));
  const context: string[] = [];
  if (reply.url) context.push(slackLink(reply.url, 'Read the article'));
  if (reply.footer) context.push(fitMrkdwn(reply.footer, SLACK_LIMITS.contextText));
  if (context.length > 0) {
    blocks.push({
      type: 'context',
      elements: context.map((text) => ({ type: 'mrkdwn' as const, text, verbatim: true })),
    });
  }
  if (blocks.length === 0) blocks.push(section(' '));
  return capBlocks(blocks);
}

function fitMrkdwnWithHeading(name: string, value: string, max: number): string {
  const heading = `*${fitMrkdwn(name, 200)}*\n`;
  return heading + fitMrkdwn(value || '—', max - heading.length);
}

function capBlocks(blocks: KnownBlock[]): KnownBlock[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
  const left = blocks.length - kept.length;
  kept.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${left} more` }] });
  return kept;
}

/** The plain-text version: notifications, screen readers, clients without Block Kit. Escaped too. */
export function renderFallback(reply: Reply): string {
  const lines: string[] = [];
  if (reply.title) lines.push(reply.title);
  if (reply.text) lines.push(...reply.text.split('\n'));
  for (const f of reply.fields ?? []) lines.push(`${f.name}: ${f.value}`);
  lines.push(...quoteLines(reply));
  for (const l of reply.links ?? []) lines.push(`${l.label}: ${l.url}`);
  if (reply.url && !reply.links?.some((l) => l.url === reply.url)) lines.push(reply.url);
  if (reply.footer) lines.push(reply.footer);
  // A markdown link from an article shows its address beside its label: nothing is masked.
  const escaped = lines.map((l) => escapeText(stripBidi(l).replace(MARKDOWN_LINK, '$1 ($2)')));
  return fitLines(escaped.length > 0 ? escaped : [' '], SLACK_LIMITS.fallbackText);
}

export function renderMessage(reply: Reply): SlackMessage {
  return { text: renderFallback(reply), blocks: renderBlocks(reply) };
}
