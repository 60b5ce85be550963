import type { z } from 'zod';
import type { Choice, CommandModule } from './command.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import type { CommandRegistry } from './registry.js';
import { errorReply, type Reply } from './reply.js';

function describeIssues(command: CommandModule, error: z.ZodError): string {
  const lines = error.issues.map((i) => {
    const option = i.path.join('.');
    return option ? `\`${option}\`: ${i.message}` : i.message;
  });
  return `That doesn't fit \`/${command.name}\`. ${lines.join('; ')}. Try \`/help ${command.name}\`.`;
}

/**
 * A reply about an article makes it the conversation's article (the thread's, else the
 * channel's), so the next question without an article means this one.
 */
export async function rememberArticle(
  reply: Reply,
  ctx: Pick<CommandContext, 'store' | 'threadKey' | 'channelKey'>,
): Promise<void> {
  if (reply.articleId && !reply.error)
    await ctx.store.setChannelArticle(ctx.threadKey ?? ctx.channelKey, reply.articleId);
}

/**
 * The one error boundary every platform goes through: validates options, checks admin rights,
 * runs the handler, and turns every failure into a short private answer plus a log line.
 */
export async function runCommand(
  registry: CommandRegistry,
  name: string,
  rawArgs: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  const command = registry.get(name);
  if (!command) {
    return errorReply(`I don't know \`/${name}\`. Type \`/help\` to see what I can do.`);
  }
  if (command.admin && !ctx.user.isAdmin) {
    ctx.log.info({ command: name, user: ctx.user.id, channel: ctx.channelKey }, 'admin command refused');
    return errorReply(`\`/${command.name}\` changes this channel's setup, so it needs admin rights here.`);
  }
  const args = command.options.safeParse(rawArgs);
  if (!args.success) {
    ctx.log.info({ command: name, issues: args.error.issues.length }, 'bad command options');
    return errorReply(describeIssues(command, args.error));
  }
  try {
    const reply = await command.handler(args.data, ctx);
    await rememberArticle(reply, ctx);
    return reply;
  } catch (err) {
    if (err instanceof UserError) {
      ctx.log.info({ command: name, code: err.code }, err.message);
      return errorReply(err.message);
    }
    ctx.log.error({ err, command: name, channel: ctx.channelKey }, 'command failed');
    return errorReply(`Sorry, \`/${command.name}\` failed on my side. It has been logged; please try again.`);
  }
}

/** Autocomplete never throws at a platform: a failure means no suggestions. */
export async function runAutocomplete(
  registry: CommandRegistry,
  name: string,
  option: string,
  partial: string,
  ctx: CommandContext,
): Promise<Choice[]> {
  const command = registry.get(name);
  if (!command?.autocomplete) return [];
  try {
    return (await command.autocomplete(option, partial, ctx)).slice(0, 25);
  } catch (err) {
    ctx.log.warn({ err, command: name, option }, 'autocomplete failed');
    return [];
  }
}
