import type { InteractionEditReplyOptions, InteractionReplyOptions, MessageReplyOptions } from 'discord.js';
import { MessageFlags } from 'discord-api-types/v10';
import type { DiscordMessage } from './render.js';

/**
 * The one place a rendered message becomes discord.js options (which spell allowed mentions in
 * camelCase), so every interaction reply, follow-up, edit and message reply carries "ping nobody".
 */
const NO_PINGS = { parse: [], repliedUser: false } satisfies InteractionReplyOptions['allowedMentions'];

/** An interaction reply or follow-up; only these can be private (ephemeral). */
export function interactionReply(message: DiscordMessage): InteractionReplyOptions {
  return {
    ...channelReply(message),
    ...(message.flags !== undefined ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** A reply to a channel message: ephemeral has no meaning there, so the flag is left out. */
export function channelReply(message: DiscordMessage): MessageReplyOptions & InteractionReplyOptions {
  return {
    embeds: message.embeds,
    allowedMentions: NO_PINGS,
    ...(message.content !== undefined ? { content: message.content } : {}),
  };
}

/** An edit replaces the whole message, so a missing content clears the old one. */
export function interactionEdit(message: DiscordMessage): InteractionEditReplyOptions {
  return { content: message.content ?? null, embeds: message.embeds, allowedMentions: NO_PINGS };
}
