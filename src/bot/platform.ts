import type { PlatformName } from '../util/platform-name.js';
import type { Reply } from './reply.js';

/*
 * The chat-platform contract as delivery sees it. It sits beside the Reply model, below both the
 * alerts that post through it and the platforms that implement it, so neither imports the other.
 */

export interface SendOptions {
  /** Idempotency key for the delivery (Discord message nonce with enforce_nonce). */
  nonce?: string;
  /** Reply in the thread of this message instead of posting a new one. */
  threadOf?: string;
}

export interface SentMessage {
  /** Platform message id (Discord snowflake, Slack ts). */
  messageId: string;
}

/**
 * A chat platform as the rest of Herald sees it: it routes commands and mentions to the shared
 * command layer on its own, and lets delivery post, edit and thread replies in its channels.
 * Channel ids here are the platform's own (not the "platform:" qualified keys).
 */
export interface Platform {
  readonly name: PlatformName;
  start(): Promise<void>;
  stop(): Promise<void>;
  send(channelId: string, reply: Reply, opts?: SendOptions): Promise<SentMessage>;
  edit(channelId: string, messageId: string, reply: Reply): Promise<void>;
}
