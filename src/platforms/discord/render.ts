import { type APIEmbed, type APIEmbedField, MessageFlags } from 'discord-api-types/v10';
import type { Reply, ReplyQuote } from '../../bot/reply.js';
import { fitLines, stripBidi, truncate } from '../../bot/text.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { escapeMarkdown, escapeMarkdownOutsideCode } from './markdown.js';
import { NO_PINGS, neutraliseMentions } from './mentions.js';

/** A message body Discord accepts for channel messages, interaction replies and webhook edits alike. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  flags?: number;
  allowed_mentions: { parse: []; replied_user: false };
}

/** Herald's accent colour for answers; errors are plain text so they read as a short private note. */
const ANSWER_COLOUR = 0x2f6fab;
/** An embed field may not be empty; a zero-width space renders as nothing. */
const BLANK = '\u200b';
/** One quote line never crowds the others out of the description. */
const QUOTE_LINE_MAX = 400;

/**
 * Text wholly from an article or a person (titles, quotes, speakers, roles, footers, link labels):
 * no bidi controls, no markdown (so no masked link), no mentions.
 */
const safe = (text: string) => escapeMarkdown(neutraliseMentions(stripBidi(text)));
/** Herald's own words mixed with an article's (answers, lists): the same, but `code` spans kept. */
const safeMixed = (text: string) => escapeMarkdownOutsideCode(neutraliseMentions(stripBidi(text)));

/**
 * Render a platform-neutral Reply as a Discord message within every Discord limit. Long lists
 * keep whole lines and end with "…and N more"; nothing in the output can ping anyone.
 */
export function renderReply(reply: Reply): DiscordMessage {
  const message: DiscordMessage = { embeds: [], allowed_mentions: { ...NO_PINGS, parse: [] } };
  if (reply.ephemeral) message.flags = MessageFlags.Ephemeral;
  if (isPlainText(reply)) {
    message.content = truncate(safeMixed(reply.text ?? ''), L.content) || BLANK;
    return message;
  }
  message.embeds = [fitTotal(buildEmbed(reply))];
  return message;
}

/** Errors and bare sentences read better as text than as a card. */
function isPlainText(reply: Reply): boolean {
  if (reply.error) return true;
  const hasCardParts =
    reply.title || reply.footer || reply.fields?.length || reply.quotes?.length || reply.links?.length;
  return !hasCardParts && (reply.text ?? '').length <= L.content;
}

function buildEmbed(reply: Reply): APIEmbed {
  const embed: APIEmbed = { color: ANSWER_COLOUR };
  if (reply.title) embed.title = truncate(safe(reply.title), L.embedTitle);
  if (reply.url && isWebUrl(reply.url)) embed.url = reply.url;
  const description = describe(reply);
  if (description) embed.description = description;
  const fields = buildFields(reply);
  if (fields.length > 0) embed.fields = fields;
  if (reply.footer) embed.footer = { text: truncate(safe(reply.footer), L.footer) };
  return embed;
}

function describe(reply: Reply): string {
  const text = reply.text ? truncate(safeMixed(reply.text), L.embedDescription) : '';
  const quotes = reply.quotes ?? [];
  if (quotes.length === 0) return text;
  const gap = text ? '\n\n' : '';
  const room = L.embedDescription - text.length - gap.length;
  // Below a useful width the quotes are dropped rather than shown as a lone "…and N more".
  if (room < 80) return text;
  return `${text}${gap}${fitLines(quotes.map(quoteLine), room)}`;
}

function quoteLine(quote: ReplyQuote): string {
  const who = quote.speaker ? ` — ${safe(quote.speaker)}${quote.role ? `, ${safe(quote.role)}` : ''}` : '';
  return `> “${truncate(safe(quote.text), QUOTE_LINE_MAX)}”${who}`;
}

function buildFields(reply: Reply): APIEmbedField[] {
  const fields: APIEmbedField[] = (reply.fields ?? []).map((f) => field(f.name, f.value, f.inline));
  const links = (reply.links ?? []).filter((l) => isWebUrl(l.url));
  if (links.length > 0) {
    // Herald's own links (the article's address): the one place a masked link is built. Brackets
    // leave the label and the rest of it is escaped like any text; characters that would end the
    // link early are percent-encoded in the URL.
    const lines = links.map(
      (l) => `[${safe(l.label.replace(/[[\]]/g, ''))}](${l.url.replace(/[()<>\s]/g, percentEncode)})`,
    );
    fields.push({ name: 'Links', value: fitLines(lines, L.fieldValue) });
  }
  if (fields.length <= L.embedFields) return fields;
  const kept = fields.slice(0, L.embedFields - 1);
  kept.push({ name: BLANK, value: `…and ${fields.length - kept.length} more` });
  return kept;
}

function field(name: string, value: string, inline?: boolean): APIEmbedField {
  const lines = safeMixed(value).split('\n');
  const out: APIEmbedField = {
    name: truncate(safeMixed(name), L.fieldName) || BLANK,
    value: fitLines(lines, L.fieldValue) || BLANK,
  };
  if (inline) out.inline = true;
  return out;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Keep the whole embed under Discord's 6000-character total: drop trailing fields, then shorten the description. */
function fitTotal(embed: APIEmbed): APIEmbed {
  if (embedLength(embed) <= L.embedTotal) return embed;
  const fields = [...(embed.fields ?? [])];
  let dropped = 0;
  const withNote = () => (dropped > 0 ? [...fields, { name: BLANK, value: `…and ${dropped} more` }] : fields);
  while (fields.length > 0 && embedLength({ ...embed, fields: withNote() }) > L.embedTotal) {
    const last = fields.pop()!;
    // A trailing "…and N more" field from buildFields already counts several entries.
    const counted = /^…and (\d+) more$/.exec(last.value);
    dropped += counted && last.name === BLANK ? Number(counted[1]) : 1;
  }
  const fitted: APIEmbed = { ...embed, fields: withNote() };
  if (fitted.fields?.length === 0) delete fitted.fields;
  const over = embedLength(fitted) - L.embedTotal;
  if (over > 0 && fitted.description) {
    fitted.description = truncate(fitted.description, Math.max(1, fitted.description.length - over));
  }
  return fitted;
}

/** One character as %XX (encodeURIComponent leaves parentheses alone, and they matter here). */
function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
