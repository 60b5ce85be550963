import { z } from 'zod';
import { keywordPattern } from '../src/alerts/match.js';
import { defineCommand } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { fitLines, truncate } from '../src/bot/text.js';
import { previewLines } from '../src/feeds/preview.js';
import { channelOf, requireAlerts } from '../src/bot/channel.js';
import { SubscriptionKind } from '../src/store/alert-store.js';

/** `/subscribe feed <url> preview`: a URL has no spaces, so a trailing word is unambiguous. */
const FEED_PREVIEW = /^(\S+)\s+preview$/i;
/** Items a chat preview lists; the CLI (`herald feed`) shows them all. */
const PREVIEW_ITEMS = 5;

/** A regex that doesn't compile is refused now, not silently ignored at every article. */
function checkRegex(pattern: string): void {
  try {
    new RegExp(pattern, 'iu');
  } catch (err) {
    throw new UserError(
      'BAD_OPTION',
      `That pattern is not a valid regular expression: ${(err as Error).message}`,
    );
  }
}

export default defineCommand({
  name: 'subscribe',
  description: 'Alert this channel about a feed, keyword, person or pattern',
  admin: true,
  // Adding a feed fetches it once to check it and seed its backlog.
  slow: true,
  options: z.object({
    kind: SubscriptionKind.describe('feed (a URL), keyword (words or phrases), person (a name) or regex'),
    value: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .transform((v) => v.replace(/\s+/g, ' '))
      .describe(
        'The feed URL (add " preview" to look first), the words (comma-separated), the name, or the pattern',
      ),
  }),
  async handler({ kind, value }, ctx) {
    const alerts = requireAlerts(ctx);
    const channel = channelOf(ctx);
    let subscribed = value;
    let extra = '';
    const preview = kind === 'feed' ? FEED_PREVIEW.exec(value) : null;
    if (preview?.[1]) {
      const lines = previewLines(await alerts.previewFeed(preview[1]), PREVIEW_ITEMS);
      return {
        title: `Preview of ${truncate(preview[1], 200)}`,
        text: fitLines(lines, 3500),
        footer: 'Nothing was subscribed. Run the same command without "preview" to subscribe this channel.',
        ephemeral: true,
      };
    }
    if (kind === 'feed') {
      const { feed, stored } = await alerts.addFeed(value, channel);
      subscribed = feed.url;
      extra =
        stored > 0
          ? ` Its ${stored} current ${stored === 1 ? 'item was' : 'items were'} stored without alerts; new items will be posted here.`
          : ' New items will be posted here.';
    } else if (kind === 'keyword' && !keywordPattern(value)) {
      throw new UserError(
        'BAD_OPTION',
        'Give at least one word or phrase, e.g. `/subscribe keyword nuclear talks`.',
      );
    } else if (kind === 'regex') {
      checkRegex(value);
    }
    const { created } = await alerts.store.addSubscription({
      ...channel,
      kind,
      value: subscribed,
      createdBy: ctx.user.name ?? ctx.user.id,
    });
    const what = `${kind} \`${truncate(subscribed, 200)}\``;
    if (!created) return { text: `This channel is already subscribed to the ${what}.`, ephemeral: true };
    ctx.log.info({ channel: ctx.channelKey, kind, user: ctx.user.id }, 'subscription added');
    return {
      text: `Subscribed this channel to the ${what}.${extra} See everything with \`/subscriptions\`.`,
    };
  },
});
