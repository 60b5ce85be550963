import { setTimeout as sleep } from 'node:timers/promises';
import type { App, SlashCommand } from '@slack/bolt';
import type { CommandContext } from '../../bot/context.js';
import type { CommandRegistry } from '../../bot/registry.js';
import { errorReply, type Reply } from '../../bot/reply.js';
import { runCommand } from '../../bot/runner.js';
import { parseTextArgs } from '../../bot/text-args.js';
import type { SlackAdmins } from './admins.js';
import { slackChannelKey } from './keys.js';
import { renderMessage } from './render.js';

/**
 * Slack drops a slash command that is not acknowledged within 3 seconds. A quick command answers
 * inside the ack; one still running at this point is acknowledged empty and answers through
 * response_url instead, so even a slow disk never shows the user "operation_timeout".
 */
export const ACK_DEADLINE_MS = 2_000;

export interface SlashRouteDeps {
  commands: CommandRegistry;
  admins: SlackAdmins;
  context(base: Pick<CommandContext, 'channelKey' | 'user'>): CommandContext;
}

/** The answer to a slash command as Slack takes it in an ack or on response_url. */
export function slashResponse(reply: Reply) {
  return {
    response_type: reply.ephemeral ? ('ephemeral' as const) : ('in_channel' as const),
    ...renderMessage(reply),
  };
}

/** Every command in commands/ is a Slack slash command of the same (lower-case) name. */
export function routeSlashCommands(app: App, deps: SlashRouteDeps): void {
  app.command(/^\/[a-z0-9_-]+$/i, async ({ command, ack, respond, client, logger }) => {
    const module = deps.commands.get(command.command);
    const answer = answerSlashCommand(command, deps, (userId) => deps.admins.isAdmin(client, userId));
    if (module?.slow) {
      await ack();
      await respond(slashResponse(await answer));
      return;
    }
    const quick = await Promise.race([answer, sleep(ACK_DEADLINE_MS, null, { ref: false })]);
    if (quick) {
      await ack(slashResponse(quick));
      return;
    }
    logger.warn(
      `/${module?.name ?? command.command} took over ${ACK_DEADLINE_MS} ms; answering via response_url`,
    );
    await ack();
    await respond(slashResponse(await answer));
  });
}

async function answerSlashCommand(
  command: SlashCommand,
  deps: SlashRouteDeps,
  isAdmin: (userId: string) => Promise<boolean>,
): Promise<Reply> {
  const name = command.command.replace(/^\//, '');
  const module = deps.commands.get(name);
  const ctx = deps.context({
    channelKey: slackChannelKey(command.channel_id),
    // Rights are looked up only for commands that need them: one users.info call less per command.
    user: {
      id: command.user_id,
      name: command.user_name,
      isAdmin: module?.admin ? await isAdmin(command.user_id) : false,
    },
  });
  try {
    const args = module ? parseTextArgs(module, command.text ?? '') : {};
    return await runCommand(deps.commands, name, args, ctx);
  } catch (err) {
    ctx.log.error(
      { err, command: name, channel: ctx.channelKey },
      'slack slash command failed before running',
    );
    return errorReply(`Sorry, \`/${name}\` failed on my side. It has been logged; please try again.`);
  }
}
