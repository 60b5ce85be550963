import type { App } from '@slack/bolt';
import type { CommandContext } from '../../bot/context.js';
import type { MentionAnswerer } from '../../bot/mention.js';
import { errorReply, type Reply } from '../../bot/reply.js';
import { plainFromSlack } from './escape.js';
import { slackChannelKey, slackThreadKey } from './keys.js';
import { renderMessage } from './render.js';

export interface MentionRouteDeps {
  /** Turns the words of a mention into an answer (the shared mention logic in src/bot). */
  answer: MentionAnswerer;
  context(base: Pick<CommandContext, 'channelKey' | 'threadKey' | 'user'>): CommandContext;
}

/** Slack re-sends an event it thinks was lost; the same event id is answered once. */
const SEEN_LIMIT = 500;

/**
 * `@Herald when were the talks?` is a question about the article the thread (or channel) is
 * discussing. The answer goes into the thread of the mention, or starts one under it.
 */
export function routeMentions(app: App, deps: MentionRouteDeps): void {
  const seen = new Set<string>();
  app.event('app_mention', async ({ event, body, client }) => {
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId) {
      if (seen.has(eventId)) return;
      seen.add(eventId);
      if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
    }
    const threadTs = event.thread_ts ?? event.ts;
    const userId = event.user ?? '';
    const ctx = deps.context({
      channelKey: slackChannelKey(event.channel),
      threadKey: slackThreadKey(event.channel, threadTs),
      user: { id: userId, isAdmin: false },
    });
    let reply: Reply;
    try {
      // The answerer is itself an error boundary and records the thread's article; this catch is
      // for the unexpected, so a mention is never left unanswered.
      reply = await deps.answer(plainFromSlack(event.text), ctx);
    } catch (err) {
      ctx.log.error({ err, channel: ctx.channelKey }, 'slack mention answer failed');
      reply = errorReply('Sorry, I could not answer that on my side. It has been logged; please try again.');
    }
    const message = renderMessage(reply);
    if (reply.ephemeral && userId) {
      await client.chat.postEphemeral({
        channel: event.channel,
        user: userId,
        thread_ts: threadTs,
        ...message,
      });
      return;
    }
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: threadTs,
      ...message,
      unfurl_links: false,
      unfurl_media: false,
    });
  });
}
