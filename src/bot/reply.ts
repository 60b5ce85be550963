import { z } from 'zod';

/**
 * A platform-neutral answer. Commands build these; each platform renders them within its own
 * limits (Discord embeds, Slack Block Kit, plain text in the console). The schemas are the types,
 * so a Reply stored in the outbox is checked against the same shape when it is read back.
 */
export const ReplyFieldSchema = z.object({
  name: z.string(),
  value: z.string(),
  inline: z.boolean().optional(),
});
export type ReplyField = z.infer<typeof ReplyFieldSchema>;

export const ReplyQuoteSchema = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable().optional(),
});
export type ReplyQuote = z.infer<typeof ReplyQuoteSchema>;

export const ReplyLinkSchema = z.object({ label: z.string(), url: z.string() });
export type ReplyLink = z.infer<typeof ReplyLinkSchema>;

export const ReplySchema = z.object({
  title: z.string().optional(),
  /** Where the title links to (the article). */
  url: z.string().optional(),
  text: z.string().optional(),
  fields: z.array(ReplyFieldSchema).optional(),
  quotes: z.array(ReplyQuoteSchema).optional(),
  links: z.array(ReplyLinkSchema).optional(),
  /** Names the article and its source ("The Jerusalem Post · 17 May 2024 · id 3f9a1c2b7e"). */
  footer: z.string().optional(),
  /** Only the person who asked sees it (errors, admin answers). */
  ephemeral: z.boolean().optional(),
  /** The reply reports a problem rather than an answer. */
  error: z.boolean().optional(),
  /** The article this reply is about, so the channel's conversation context can follow it. */
  articleId: z.string().optional(),
});
export type Reply = z.infer<typeof ReplySchema>;

export function errorReply(text: string): Reply {
  return { text, ephemeral: true, error: true };
}
