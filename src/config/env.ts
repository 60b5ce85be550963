import { z } from 'zod';

/**
 * Herald's whole configuration: one schema over the environment, parsed once at start-up.
 * Every variable is documented in .env.example. A bad value stops start-up with a message
 * naming the variable and what it expects, never a silent default.
 */

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const optionalSecret = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/ })]))
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const list = z.string().transform((v) =>
  v
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean),
);

const port = z.coerce.number().int().min(0).max(65535);

/**
 * The jobs one Herald process can hold. Several processes on one PostgreSQL database split them:
 * ingest (HTTP POST /ingest, watched folders, seeds), deliver (posting queued alerts), poll (feeds),
 * digest (scheduled digests), discord and slack (the chat gateways).
 */
export const HERALD_ROLE_NAMES = ['ingest', 'deliver', 'poll', 'digest', 'discord', 'slack'] as const;
export type HeraldRole = (typeof HERALD_ROLE_NAMES)[number];

const roles = list.pipe(
  z
    .array(z.string())
    .superRefine((names, ctx) => {
      const unknown = names.filter((n) => !(HERALD_ROLE_NAMES as readonly string[]).includes(n));
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `unknown role${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}; expected a comma list of ${HERALD_ROLE_NAMES.join(', ')}`,
        });
      if (names.length === 0) ctx.addIssue({ code: 'custom', message: 'expected at least one role' });
    })
    // Order and repeats carry no meaning: one entry per role, in the canonical order.
    .transform((names) => HERALD_ROLE_NAMES.filter((role) => names.includes(role))),
);

/** Shard ids this process connects, e.g. `0,1`: distinct non-negative integers. */
const shardIds = list.pipe(
  z
    .array(z.string())
    .min(1, 'expected at least one shard id')
    .refine(
      (ids) => ids.every((id) => /^\d+$/.test(id)),
      'expected shard ids such as 0,1 (non-negative integers)',
    )
    .transform((ids) => [...new Set(ids.map(Number))].sort((a, b) => a - b)),
);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const EnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:.+|postgres(ql)?:\/\/.+)$/,
        'expected file:PATH (for example file:./data/herald.db) or postgres://user:password@host:5432/database',
      )
      .default('file:./data/herald.db'),
    HERALD_SEEDS_DIR: z.string().default('seeds'),
    HERALD_WATCH_DIRS: list.default([]),
    HERALD_CONSOLE: flag.optional(),
    HERALD_TIMEZONE: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone such as Europe/Paris')
      .default('UTC'),
    HERALD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HERALD_SUMMARY_SENTENCES: z.coerce.number().int().min(1).max(6).default(3),
    HERALD_MAX_ANALYSED_CHARS: z.coerce.number().int().min(1_000).max(10_000_000).default(200_000),
    HERALD_HTTP_PORT: port.optional(),
    HERALD_INGEST_TOKEN: optionalSecret,
    HERALD_ALLOW_PRIVATE_URLS: flag.default(false),
    HERALD_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    HERALD_FETCH_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(5 * 1024 * 1024),

    DISCORD_TOKEN: optionalSecret,
    DISCORD_APPLICATION_ID: z.string().regex(/^\d+$/, 'expected the numeric application id').optional(),
    DISCORD_GUILD_ID: z.string().regex(/^\d+$/, 'expected a numeric guild (server) id').optional(),
    DISCORD_API_URL: optionalUrl,
    // Alone: this machine runs every shard, one process each (discord.js ShardingManager).
    DISCORD_SHARD_COUNT: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(100_000)], {
        error: 'expected the total number of shards (1 or more) or "auto"',
      })
      .optional(),
    // With DISCORD_SHARD_COUNT: this process connects only these shards, in one client.
    DISCORD_SHARDS: shardIds.optional(),

    SLACK_BOT_TOKEN: optionalSecret,
    SLACK_SIGNING_SECRET: optionalSecret,
    SLACK_APP_TOKEN: optionalSecret,
    SLACK_PORT: port.default(3000),
    SLACK_API_URL: optionalUrl,
    SLACK_ADMIN_USERS: list.default([]),

    HERALD_LLM_URL: optionalUrl,
    HERALD_LLM_MODEL: z.string().optional(),
    HERALD_LLM_KEY: optionalSecret,

    HERALD_ROLES: roles.default([...HERALD_ROLE_NAMES]),
  })
  .superRefine((env, ctx) => {
    // Shard ids only mean something against a total: Discord routes a server to shard
    // (server id >> 22) % total, so every process must agree on the total.
    if (env.DISCORD_SHARDS === undefined) return;
    if (env.DISCORD_SHARD_COUNT === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARDS'],
        message: 'needs DISCORD_SHARD_COUNT, the total number of shards across all processes',
      });
      return;
    }
    if (env.DISCORD_SHARD_COUNT === 'auto') {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARD_COUNT'],
        message:
          'must be a number when DISCORD_SHARDS lists shard ids ("auto" could differ between processes)',
      });
      return;
    }
    const count = env.DISCORD_SHARD_COUNT;
    const outOfRange = env.DISCORD_SHARDS.filter((id) => id >= count);
    if (outOfRange.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARDS'],
        message: `shard ids must be below DISCORD_SHARD_COUNT (${count}); got ${outOfRange.join(', ')}`,
      });
  });

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Parse the environment; throws ConfigError listing every bad variable and what it expects. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `NAME=` in a .env file means "not set", as everywhere else in the Unix tradition.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = EnvSchema.safeParse(set);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
  throw new ConfigError(
    `Herald's configuration is invalid:\n${problems.join('\n')}\nSee .env.example for every variable.`,
  );
}

/** Whether DATABASE_URL names a PostgreSQL server rather than an SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The SQLite file path from DATABASE_URL (file:PATH). */
export function databasePath(config: Pick<Config, 'DATABASE_URL'>): string {
  return config.DATABASE_URL.slice('file:'.length);
}

/** Whether this process holds `role` (HERALD_ROLES; every role by default). */
export function hasRole(config: Pick<Config, 'HERALD_ROLES'>, role: HeraldRole): boolean {
  return config.HERALD_ROLES.includes(role);
}

/** Names of variables that hold secrets: never logged, never echoed. */
export const SECRET_KEYS = [
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'HERALD_INGEST_TOKEN',
  'HERALD_LLM_KEY',
] as const;
