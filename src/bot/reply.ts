/**
 * A platform-neutral answer. Commands build these; each platform renders them within its own
 * limits (Discord embeds, Slack Block Kit, plain text in the console).
 */
export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ReplyQuote {
  text: string;
  speaker: string | null;
  role?: string | null;
}

export interface ReplyLink {
  label: string;
  url: string;
}

export interface Reply {
  title?: string;
  /** Where the title links to (the article). */
  url?: string;
  text?: string;
  fields?: ReplyField[];
  quotes?: ReplyQuote[];
  links?: ReplyLink[];
  /** Names the article and its source ("The Jerusalem Post · 17 May 2024 · id 3f9a1c2b7e"). */
  footer?: string;
  /** Only the person who asked sees it (errors, admin answers). */
  ephemeral?: boolean;
  /** The reply reports a problem rather than an answer. */
  error?: boolean;
  /** The article this reply is about, so the channel's conversation context can follow it. */
  articleId?: string;
}

export function errorReply(text: string): Reply {
  return { text, ephemeral: true, error: true };
}
