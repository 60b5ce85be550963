import { createHash } from 'node:crypto';
import type { REST } from '@discordjs/rest';
import { type RESTPostAPIChannelMessageJSONBody, Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Reply } from '../../bot/reply.js';
import type { SendOptions, SentMessage } from '../platform.js';
import { renderReply } from './render.js';

const CreatedMessage = z.object({ id: z.string() });

/** Discord caps nonces at 25 characters; longer delivery keys are hashed down to fit. */
const NONCE_MAX = 25;

/**
 * Post a reply to a channel through the REST queue (which waits out 429s and retries 5xx). With a
 * nonce and enforce_nonce, Discord returns the earlier message instead of posting a duplicate when
 * a delivery is retried after a lost response.
 */
export async function postMessage(
  rest: REST,
  channelId: string,
  reply: Reply,
  opts: SendOptions = {},
): Promise<SentMessage> {
  const { flags: _ephemeralHasNoMeaningHere, ...message } = renderReply(reply);
  const body: RESTPostAPIChannelMessageJSONBody = { ...message };
  if (opts.nonce) {
    body.nonce = fitNonce(opts.nonce);
    body.enforce_nonce = true;
  }
  if (opts.threadOf) body.message_reference = { message_id: opts.threadOf, fail_if_not_exists: false };
  const created = CreatedMessage.parse(await rest.post(Routes.channelMessages(channelId), { body }));
  return { messageId: created.id };
}

export async function editMessage(
  rest: REST,
  channelId: string,
  messageId: string,
  reply: Reply,
): Promise<void> {
  const { flags: _ephemeralHasNoMeaningHere, ...message } = renderReply(reply);
  await rest.patch(Routes.channelMessage(channelId, messageId), {
    body: { ...message, content: message.content ?? null },
  });
}

function fitNonce(nonce: string): string {
  if (nonce.length <= NONCE_MAX) return nonce;
  return createHash('sha256').update(nonce).digest('base64url').slice(0, NONCE_MAX);
}
