import type { Reply } from '../../bot/reply.js';
import { printable } from '../../bot/text.js';

/**
 * A Reply as plain text for a terminal or a pipe: title, link, text, fields, quotes, links and
 * footer, each on its own lines, nothing platform-specific.
 */
export function renderReply(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(reply.title);
  // The link sits under the headline when there is one, else it closes the answer.
  if (reply.url && reply.title) out.push(reply.url);
  if (reply.text) out.push(reply.text);
  for (const field of reply.fields ?? []) out.push(`${field.name}: ${field.value}`);
  for (const quote of reply.quotes ?? []) {
    const who = quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : 'unattributed';
    out.push(`“${quote.text}”\n  — ${who}`);
  }
  for (const link of reply.links ?? []) {
    // The title already shows the article URL; repeating it is noise.
    if (link.url !== reply.url) out.push(`${link.label}: ${link.url}`);
  }
  if (reply.footer) out.push(`[${reply.footer}]`);
  if (reply.url && !reply.title) out.push(reply.url);
  return printable(out.join('\n'));
}
