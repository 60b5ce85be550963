import { loadCommands } from '../bot/registry.js';
import { type Config, HERALD_ROLE_NAMES } from '../config/env.js';
import { barReporter, type ProgressReporter } from '../ingest/progress.js';
import { ParsePool } from '../ingest/parse-pool.js';
import { type IngestOptions, ingestPaths } from '../ingest/service.js';
import { log } from '../log.js';
import { CONSOLE_CHANNEL, type ConsolePlatform, createConsolePlatform } from '../platforms/console/index.js';
import type { Platform, PlatformDeps } from '../platforms/platform.js';
import { AlertingRuntime } from '../runtime/alerting.js';
import { StoreHeldError, StoreOwner } from '../runtime/owner.js';
import { describeStore, openStore } from '../store/open.js';
import { loadCliConfig } from './config.js';

/**
 * `herald start` (= `npm start`): read the configuration, open the store, ingest the seed and
 * watched folders, then run every chat platform whose credentials are set, or the console
 * when there are none (or beside them with HERALD_CONSOLE=1).
 */

interface PlatformFactory {
  name: Platform['name'] & Config['HERALD_ROLES'][number];
  /** Whether the configuration asks for this platform (its credentials are set). */
  enabled(config: Config): boolean;
  create(deps: PlatformDeps): Platform | Promise<Platform>;
}

/**
 * Chat platforms, one entry each: Discord (createDiscordPlatform from src/platforms/discord)
 * and Slack (createSlackPlatform from src/platforms/slack) register here, enabled by
 * DISCORD_TOKEN and SLACK_BOT_TOKEN.
 */
const chatPlatforms: PlatformFactory[] = [
  {
    name: 'discord',
    enabled: (config) => Boolean(config.DISCORD_TOKEN),
    // Imported on demand so a console-only run never loads discord.js.
    create: async (deps) => (await import('../platforms/discord/platform.js')).createDiscordPlatform(deps),
  },
  {
    name: 'slack',
    enabled: (config) => Boolean(config.SLACK_BOT_TOKEN),
    // Imported on demand so a console-only run never loads Bolt.
    create: async (deps) => (await import('../platforms/slack/platform.js')).createSlackPlatform(deps),
  },
];

/** Folders with at least this many files get a progress bar at start-up. */
const PROGRESS_BAR_FROM = 20;

/**
 * Ingest the seed and watched folders, routing each new article as soon as it is stored (the
 * store's route inbox keeps it if Herald dies before routing it), so a crash half-way through a
 * big folder loses nothing and a restart picks up where it stopped.
 */
async function ingestStartupFolders(
  deps: PlatformDeps,
  alerting: AlertingRuntime,
  parser: IngestOptions['parser'],
): Promise<void> {
  const { config, store } = deps;
  const folders = [config.HERALD_SEEDS_DIR, ...config.HERALD_WATCH_DIRS].filter(
    (dir, i, all) => all.indexOf(dir) === i,
  );
  // A big folder takes a while at the first start: people at a terminal see it move.
  const progress: { bar: ProgressReporter | null } = { bar: null };
  const summary = await ingestPaths(store, folders, {
    summarySentences: config.HERALD_SUMMARY_SENTENCES,
    ...(parser ? { parser } : {}),
    reporter: {
      start(total) {
        if (process.stderr.isTTY && total >= PROGRESS_BAR_FROM) {
          progress.bar = barReporter(process.stderr);
          progress.bar.start?.(total);
        }
      },
      async result(outcome) {
        await progress.bar?.result(outcome);
        if (outcome.status === 'error')
          log.warn({ input: outcome.input, code: outcome.code }, outcome.message);
        else if (outcome.status === 'new') {
          log.debug({ input: outcome.input, id: outcome.article.id }, 'stored a start-up article');
          // Articles new at start-up are news like any other: subscribed channels are alerted.
          await alerting.arrived(outcome.article);
        }
      },
    },
  });
  progress.bar?.finish();
  log.info({ folders, ...summary, stored: await store.count() }, 'ingested start-up folders');
}

function onShutdownSignal(stop: (signal: NodeJS.Signals) => void): () => void {
  const handler = (signal: NodeJS.Signals) => stop(signal);
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export async function runStart(_args: string[]): Promise<number> {
  const config = loadCliConfig();
  if (!config) return 2;

  const where = describeStore(config);
  const store = await openStore(config, { logger: log });
  log.info(
    { store: where.kind, database: where.where },
    `using the ${where.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} store`,
  );
  const roles = new Set(config.HERALD_ROLES);
  const platforms: Platform[] = [];
  let alerting: AlertingRuntime | null = null;
  let owner: StoreOwner | null = null;
  // Articles are parsed in worker threads, so commands, health checks and deliveries go on meanwhile.
  const pool = new ParsePool();
  const parser: IngestOptions['parser'] = (input, options) =>
    pool.parse(input, { ...options, maxAnalysedChars: config.HERALD_MAX_ANALYSED_CHARS });
  let stopRequested: (signal: NodeJS.Signals | 'end of input' | 'store lost') => void = () => {};
  const stopped = new Promise<NodeJS.Signals | 'end of input' | 'store lost'>((resolve) => {
    stopRequested = resolve;
  });
  try {
    const commands = await loadCommands();
    // A chat platform runs when its credentials are set and this process holds its role.
    const chatHere = chatPlatforms.filter((f) => f.enabled(config) && roles.has(f.name));
    // The console stands in for chat when none is configured; a process given only some roles
    // (a poller, an ingest replica) runs headless unless HERALD_CONSOLE=1 asks for it.
    const allRoles = HERALD_ROLE_NAMES.every((role) => roles.has(role));
    const wantsConsole =
      config.HERALD_CONSOLE === true || (allRoles && !chatPlatforms.some((f) => f.enabled(config)));
    alerting = new AlertingRuntime({
      config,
      articles: store,
      log,
      parser,
      roles: config.HERALD_ROLES,
      // The console shows every new article as a card, through the outbox and the rate limit.
      ...(wantsConsole
        ? { everyArticleTo: [{ platform: 'console' as const, channelId: CONSOLE_CHANNEL }] }
        : {}),
    });
    if (where.kind === 'sqlite') {
      // One process per SQLite file. On PostgreSQL processes share the work instead: deliveries,
      // feed polls and digest slots are claimed row by row, routing takes a lock (ADR 017).
      owner = new StoreOwner({
        alerts: alerting.alerts,
        file: where.where,
        log,
        onLost: () => stopRequested('store lost'),
      });
      try {
        await owner.claim();
      } catch (err) {
        if (!(err instanceof StoreHeldError)) throw err;
        owner = null;
        process.stderr.write(`${err.message}\n`);
        return 1;
      }
    }
    log.info({ roles: config.HERALD_ROLES, holder: alerting.holder }, 'roles of this process');
    const deps: PlatformDeps = { config, store, commands, log, alerts: alerting.services };
    // What an earlier run stored but did not get to route (it was killed) goes first.
    if (roles.has('ingest') || roles.has('poll') || roles.has('deliver')) await alerting.routePending();
    if (roles.has('ingest')) await ingestStartupFolders(deps, alerting, parser);

    for (const factory of chatHere) platforms.push(await factory.create(deps));
    let console_: ConsolePlatform | null = null;
    if (wantsConsole) {
      console_ = createConsolePlatform(deps);
      platforms.push(console_);
    }

    const removeSignalHandlers = onShutdownSignal(stopRequested);
    // The console starts reading last: its start-up cards are printed before the first prompt.
    const chat = platforms.filter((p) => p !== console_);
    for (const platform of chat) {
      await platform.start();
      log.info({ platform: platform.name }, 'platform started');
    }
    await alerting.start(platforms);
    if (console_) {
      await alerting.deliverNow();
      await console_.start();
      // Only the console can end on its own (end of piped input, "quit"); chat platforms run until a signal.
      console_.finished.then(() => stopRequested('end of input'));
    }
    const reason = await stopped;
    removeSignalHandlers();
    log.info({ reason }, 'shutting down');
    return reason === 'store lost' ? 1 : 0;
  } finally {
    await alerting?.stop().catch((err: unknown) => log.error({ err }, 'alerting failed to stop'));
    for (const platform of platforms.reverse()) {
      await platform
        .stop()
        .catch((err: unknown) => log.error({ err, platform: platform.name }, 'platform failed to stop'));
    }
    await pool.close();
    await owner?.release();
    await store.close();
  }
}
