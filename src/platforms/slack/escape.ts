/**
 * Slack reads `<...>` in message text as control sequences: `<!channel>`, `<!here>`,
 * `<!everyone>` ping people, `<@U123>` mentions someone, `<url|label>` is a link. Text that comes
 * from articles or users must never form one, so the three characters Slack reserves are
 * replaced by the entities Slack itself decodes (https://docs.slack.dev/messaging/formatting-message-text).
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A link as `<url|label>`. The URL is percent-encoded where Slack's parser would end or split the
 * sequence (`<`, `>`, `|`, spaces); the label is escaped, and a `|` in it becomes `¦` so nothing
 * after it can be mistaken for a second field. Anything but http(s) is shown as text, not linked.
 */
export function slackLink(url: string, label: string): string {
  const safeLabel = escapeText(label.replace(/\|/g, '¦').replace(/\s+/g, ' ').trim());
  if (!/^https?:\/\//i.test(url)) return safeLabel || escapeText(url);
  const safeUrl = url
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C')
    .replace(/\s/g, '%20');
  return safeLabel ? `<${safeUrl}|${safeLabel}>` : `<${safeUrl}>`;
}

/**
 * The reverse, for text Slack sends us (mentions): Slack escapes `&`, `<`, `>` on the way in and
 * wraps links and mentions in `<...>`. Mentions of people and the bot are dropped, links keep their
 * label (or URL), and entities are decoded, so the question reads as the person typed it.
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<([^>|]+)\|([^>]*)>/g, (_m, _url: string, label: string) => label)
    .replace(/<([^>]+)>/g, (_m, url: string) => url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
