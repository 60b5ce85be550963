import { createHmac } from 'node:crypto';

/** Slack's request signature: v0= + HMAC-SHA256(signing secret, "v0:<timestamp>:<raw body>"). */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** Headers Slack would send with this body, signed now (or at `timestamp`, seconds since epoch). */
export function signedHeaders(
  secret: string,
  rawBody: string,
  contentType: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, rawBody),
  };
}
