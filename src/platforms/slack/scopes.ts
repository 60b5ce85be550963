/**
 * What Herald asks Slack for, shared by the manifest and the start-up check so the two never
 * disagree. Each entry says why it is needed.
 */
export const BOT_SCOPES: Record<string, string> = {
  commands: 'slash commands (/who, /summary, ...)',
  'app_mentions:read': 'questions asked with @Herald',
  'chat:write': 'alerts, answers in threads and edits of earlier posts',
  'chat:write.public': 'posting alerts in public channels Herald was not invited to',
  'users:read': 'users.info, to know whether someone is a workspace admin or owner',
};

/** Events Herald subscribes to as a bot. */
export const BOT_EVENTS = ['app_mention'] as const;

/** Scopes a token lacks, from the x-oauth-scopes Slack returns with every call. */
export function missingScopes(granted: readonly string[]): string[] {
  const have = new Set(granted);
  return Object.keys(BOT_SCOPES).filter((s) => !have.has(s));
}
