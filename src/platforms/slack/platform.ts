import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { CommandContext } from '../../bot/context.js';
import { type MentionAnswerer, phrasedMentionReply } from '../../bot/mention.js';
import type { Reply } from '../../bot/reply.js';
import {
  contextFor,
  type Platform,
  type PlatformDeps,
  type SendOptions,
  type SentMessage,
} from '../platform.js';
import { SlackAdmins } from './admins.js';
import { createBoltApp, type SlackMode, slackCredentials, slackMode } from './app.js';
import { slackThreadKey } from './keys.js';
import { routeMentions } from './mentions.js';
import { renderMessage } from './render.js';
import { missingScopes } from './scopes.js';
import { routeSlashCommands } from './slash-commands.js';

export interface SlackPlatformOptions {
  /** How mentions are answered; the shared mention logic (src/bot/mention.ts) by default. */
  answerMention?: MentionAnswerer;
}

export interface SlackPlatform extends Platform {
  readonly name: 'slack';
  readonly mode: SlackMode;
  /** The port the HTTP receiver listens on once started (SLACK_PORT=0 picks a free one). */
  httpPort(): number | undefined;
}

/**
 * Herald on Slack: a Bolt App that routes slash commands and mentions into the shared command
 * layer and posts alerts with chat.postMessage. Nothing here knows how an article is parsed.
 */
export function createSlackPlatform(deps: PlatformDeps, options: SlackPlatformOptions = {}): SlackPlatform {
  const credentials = slackCredentials(deps.config);
  if ('missing' in credentials) throw new Error(`Slack is not configured: set ${credentials.missing}.`);
  const log = deps.log.child({ platform: 'slack' });
  const mode = slackMode(credentials);
  const app: App = createBoltApp(deps.config, credentials, log);
  const admins = new SlackAdmins(deps.config.SLACK_ADMIN_USERS, log);
  let port: number | undefined;
  let started = false;

  const context = (base: Pick<CommandContext, 'channelKey' | 'threadKey' | 'user'>): CommandContext =>
    contextFor({ ...deps, log }, { platform: 'slack', ...base });

  // The one place where anything thrown in a listener ends: logged with Slack's error code, never
  // an unhandled rejection. Users have already had their ack; a failed answer is logged here.
  app.error(async (error) => {
    log.error({ err: error, code: error.code }, 'slack listener failed');
  });
  routeSlashCommands(app, { commands: deps.commands, admins, context });
  routeMentions(app, { answer: options.answerMention ?? phrasedMentionReply, context });

  async function remember(channelId: string, ts: string, reply: Reply): Promise<void> {
    if (!reply.articleId || reply.error) return;
    // A question asked in the thread under an alert is about that alert's article (the channel's
    // own article is recorded by the deliverer, for every platform).
    await deps.store.setChannelArticle(slackThreadKey(channelId, ts), reply.articleId);
  }

  return {
    name: 'slack',
    mode,
    httpPort: () => port,

    async start() {
      try {
        await app.init();
      } catch (err) {
        throw new Error(
          `Slack refused SLACK_BOT_TOKEN (auth.test): ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      await warnAboutScopes(app, log);
      if (mode === 'http') {
        const server = (await app.start(deps.config.SLACK_PORT)) as {
          address(): AddressInfo | string | null;
        };
        const address = server.address();
        port = typeof address === 'object' && address ? address.port : deps.config.SLACK_PORT;
        log.info({ port }, 'slack HTTP receiver listening on /slack/events');
      } else {
        await app.start();
        log.info('slack connected in Socket Mode');
      }
      started = true;
    },

    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
      port = undefined;
    },

    async send(channelId: string, reply: Reply, opts: SendOptions = {}): Promise<SentMessage> {
      // Slack has no idempotency key like Discord's nonce; rate-limit retries are safe because a
      // 429 means nothing was posted.
      const result = await app.client.chat.postMessage({
        channel: channelId,
        ...renderMessage(reply),
        ...(opts.threadOf ? { thread_ts: opts.threadOf } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!result.ts) throw new Error(`chat.postMessage to ${channelId} returned no ts`);
      await remember(channelId, opts.threadOf ?? result.ts, reply);
      return { messageId: result.ts };
    },

    async edit(channelId: string, messageId: string, reply: Reply): Promise<void> {
      await app.client.chat.update({ channel: channelId, ts: messageId, ...renderMessage(reply) });
    },
  };
}

async function warnAboutScopes(app: App, log: PlatformDeps['log']): Promise<void> {
  try {
    const auth = await app.client.auth.test();
    const granted = auth.response_metadata?.scopes;
    if (!granted) return;
    const missing = missingScopes(granted);
    if (missing.length > 0) {
      log.warn(
        { missing },
        `the Slack bot token lacks scopes ${missing.join(', ')}: reinstall the app from slack-manifest.yml`,
      );
    }
  } catch (err) {
    log.warn({ err }, 'could not read the Slack token scopes');
  }
}
