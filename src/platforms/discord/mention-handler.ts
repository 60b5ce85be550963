import type { Message } from 'discord.js';
import type { MentionAnswerer } from '../../bot/mention.js';
import { errorReply } from '../../bot/reply.js';
import type { PlatformDeps } from '../platform.js';
import { commandContext, placeOf } from './context.js';
import { ADMIN_PERMISSION } from './registration.js';
import { renderReply } from './render.js';
import { channelReply } from './reply-options.js';

const APOLOGY = errorReply(
  "Sorry, I couldn't answer that: something failed on my side and it has been logged.",
);

/** The question is what remains once the bot's own mention tokens are taken out. */
export function questionText(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A message that mentions Herald is a question; the answer is a reply to it. Discord delivers the
 * content of messages that mention the bot without the privileged MessageContent intent, which is
 * why Herald never asks for it.
 */
export function createMentionHandler(
  deps: PlatformDeps,
  answer: MentionAnswerer,
): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || message.system || !me) return;
    if (!message.inGuild()) return;
    const mentioned = message.mentions.has(me, {
      ignoreEveryone: true,
      ignoreRoles: true,
      ignoreRepliedUser: true,
    });
    if (!mentioned) return;
    try {
      const ctx = commandContext(deps, placeOf(message.channel, message.channelId), {
        id: message.author.id,
        name: message.author.username,
        isAdmin: message.member?.permissions.has(ADMIN_PERMISSION) ?? false,
      });
      const reply = await answer(questionText(message.content, me.id), ctx);
      await message.reply(channelReply(renderReply(reply)));
    } catch (err) {
      deps.log.error({ err, message: message.id, channel: message.channelId }, 'discord mention failed');
      try {
        await message.reply(channelReply(renderReply(APOLOGY)));
      } catch (replyErr) {
        deps.log.warn({ err: replyErr, message: message.id }, 'could not send the apology either');
      }
    }
  };
}
