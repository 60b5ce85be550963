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

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const EnvSchema = z.object({
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
  DISCORD_SHARDS: z.union([z.literal('auto'), z.coerce.number().int().min(1)]).optional(),

  SLACK_BOT_TOKEN: optionalSecret,
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: optionalSecret,
  SLACK_PORT: port.default(3000),
  SLACK_API_URL: optionalUrl,
  SLACK_ADMIN_USERS: list.default([]),

  HERALD_LLM_URL: optionalUrl,
  HERALD_LLM_MODEL: z.string().optional(),
  HERALD_LLM_KEY: optionalSecret,
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

/** Names of variables that hold secrets: never logged, never echoed. */
export const SECRET_KEYS = [
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'HERALD_INGEST_TOKEN',
  'HERALD_LLM_KEY',
] as const;
