/** Platform-qualified keys, unique across platforms (see CommandContext). */
export function slackChannelKey(channelId: string): string {
  return `slack:${channelId}`;
}

/** A Slack thread is named by its channel and the ts of the message that started it. */
export function slackThreadKey(channelId: string, threadTs: string): string {
  return `slack:${channelId}:${threadTs}`;
}
