import type { Config, HeraldRole } from '../config/env.js';
import type { Logger } from '../log.js';
import { describeStore } from '../store/open.js';
import type { ArticleStore } from '../store/store.js';

/** What this process is, as GET /healthz reports it: never a secret (the URL's password is masked). */
export interface HealthIdentity {
  store: { kind: 'sqlite' | 'postgresql'; where: string };
  roles: readonly HeraldRole[];
  /** Set when this process is a sharded Discord gateway: its shard ids, or every shard, of the total. */
  discordShards?: { ids: readonly number[] | 'all'; count: number | 'auto' };
}

/** The identity's fields are absent only where a server was built without one (tests of ingest alone). */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  store: Partial<HealthIdentity['store']> & { answering: boolean; ms: number; problem?: string };
  roles?: readonly HeraldRole[];
  discordShards?: HealthIdentity['discordShards'];
}

/** A load balancer polls every few seconds; an answer slower than this counts as none. */
export const DEFAULT_STORE_PROBE_TIMEOUT_MS = 2_000;

/**
 * An id no article can have (ids are hexadecimal digests): looking it up is one primary-key probe,
 * so the check reaches the database without scanning anything, whatever the archive's size.
 */
const PROBE_ID = 'healthz-probe';

export function healthIdentity(
  config: Pick<
    Config,
    'DATABASE_URL' | 'HERALD_ROLES' | 'DISCORD_TOKEN' | 'DISCORD_SHARDS' | 'DISCORD_SHARD_COUNT'
  >,
): HealthIdentity {
  const identity: HealthIdentity = { store: describeStore(config), roles: config.HERALD_ROLES };
  // Shards are reported where Discord actually runs: the role held and a token to log in with.
  const runsDiscord = config.HERALD_ROLES.includes('discord') && config.DISCORD_TOKEN !== undefined;
  if (config.DISCORD_SHARD_COUNT !== undefined && runsDiscord)
    identity.discordShards = { ids: config.DISCORD_SHARDS ?? 'all', count: config.DISCORD_SHARD_COUNT };
  return identity;
}

class ProbeTimeout extends Error {}

/** Ask the store one cheap question within `timeoutMs`; healthy when it answers in time. */
export async function checkHealth(
  store: ArticleStore,
  identity: HealthIdentity | undefined,
  opts: { timeoutMs?: number; log?: Pick<Logger, 'warn'> } = {},
): Promise<HealthReport> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_STORE_PROBE_TIMEOUT_MS;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), timeoutMs);
  });
  let problem: string | undefined;
  try {
    await Promise.race([store.getArticle(PROBE_ID), deadline]);
  } catch (err) {
    // The driver's message can name hosts and users: it goes to the log, the answer says only what failed.
    if (err instanceof ProbeTimeout) problem = `no answer within ${timeoutMs} ms`;
    else {
      problem = 'the query failed (see the log)';
      opts.log?.warn({ err }, 'health check: the store query failed');
    }
  } finally {
    clearTimeout(timer);
  }
  const ms = Math.round(performance.now() - started);
  return {
    status: problem === undefined ? 'ok' : 'unavailable',
    store: { ...identity?.store, answering: problem === undefined, ms, ...(problem ? { problem } : {}) },
    ...(identity ? { roles: identity.roles } : {}),
    ...(identity?.discordShards ? { discordShards: identity.discordShards } : {}),
  };
}
