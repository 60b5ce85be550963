/**
 * A real Herald process for the crash-safety test: the alerting runtime over the store in
 * DATABASE_URL, delivering to a loopback stand-in platform (STANDIN_URL) that speaks a small
 * Discord-like REST: POST /channels/:id/messages with a nonce and enforce_nonce. Only delivery
 * runs (no feeds, watcher or HTTP), and the rate limit is lifted so a batch goes out whole.
 */
import { loadConfig } from '../../src/config/env.js';
import { log } from '../../src/log.js';
import type { Reply } from '../../src/bot/reply.js';
import type { SendOptions } from '../../src/platforms/platform.js';
import { AlertingRuntime } from '../../src/runtime/alerting.js';
import { openStore } from '../../src/store/open.js';

const standin = process.env.STANDIN_URL;
if (!standin) throw new Error('STANDIN_URL is required');

async function call(method: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${standin}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`stand-in answered HTTP ${res.status}`);
  return (await res.json()) as { id: string };
}

const platform = {
  name: 'discord' as const,
  async send(channelId: string, reply: Reply, opts?: SendOptions) {
    const message = await call('POST', `/channels/${channelId}/messages`, {
      content: reply.title ?? reply.text ?? '',
      nonce: opts?.nonce,
      enforce_nonce: true,
    });
    return { messageId: message.id };
  },
  async edit(channelId: string, messageId: string, reply: Reply) {
    await call('PATCH', `/channels/${channelId}/messages/${messageId}`, {
      content: reply.title ?? reply.text ?? '',
    });
  },
};

const config = loadConfig(process.env);
log.level = config.HERALD_LOG_LEVEL;
const articles = await openStore(config, { logger: log });
const runtime = new AlertingRuntime({
  config,
  articles,
  log,
  rateLimit: { max: 1000, windowMs: 60_000 },
  deliverEveryMs: 50,
  sources: { feeds: false, watch: false, http: false },
});
await runtime.start([platform]);
process.stdout.write('ready\n');

process.once('SIGTERM', () => {
  void runtime.stop().finally(async () => {
    await articles.close();
    process.exit(0);
  });
});
