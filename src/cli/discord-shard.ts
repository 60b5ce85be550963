/**
 * One shard process under the ShardingManager (DISCORD_SHARD_COUNT alone). discord.js reads the shard ids
 * and count from the environment the manager sets; this process only handles gateway events
 * (slash commands, mentions). Delivery and command registration stay in the manager process.
 */
import { phrasedMentionReply } from '../bot/mention.js';
import { loadCommands } from '../bot/registry.js';
import { loadConfig } from '../config/env.js';
import { log } from '../log.js';
import { AlertingRuntime } from '../runtime/alerting.js';
import { openStore } from '../store/open.js';
import { DiscordBot } from '../platforms/discord/bot.js';

const config = loadConfig();
const store = await openStore(config);
const commands = await loadCommands();
// Setup commands (/subscribe, /schedule, /digest) work here against the shared store; polling,
// delivery and the digest schedules run once, in the manager process.
const alerting = new AlertingRuntime({ config, articles: store, log, schedulesElsewhere: true });
const bot = new DiscordBot(
  { config, store, commands, log, alerts: alerting.services },
  { answerMention: phrasedMentionReply, syncCommandsOnStart: false },
);

async function shutdown(signal: string): Promise<void> {
  log.info({ signal, shards: bot.client.shard?.ids }, 'discord shard stopping');
  await bot.stop();
  await store.close();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

try {
  await bot.start();
} catch (err) {
  log.fatal({ err }, 'discord shard could not start');
  process.exit(1);
}
