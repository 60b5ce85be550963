import { pino } from 'pino';
import pretty from 'pino-pretty';
import { EnvSchema, SECRET_KEYS } from './config/env.js';

/**
 * Structured logs go to stderr so stdout stays the bot's own output (console answers, JSON Lines).
 * Secrets are redacted by key at the top of a logged object and one level down (a logged `config`,
 * a request's `headers`); deeper objects holding secrets are not logged at all.
 */
export const REDACT = {
  paths: [...SECRET_KEYS, 'token', 'authorization'].flatMap((k) => [k, `*.${k}`]),
  censor: '[redacted]',
};

/**
 * The logger exists before the configuration is loaded, so it reads its level itself, through the
 * same schema: an empty or misspelt HERALD_LOG_LEVEL falls back to info here (pino would throw at
 * import) and loadConfig then names the bad value like any other.
 */
const level = EnvSchema.shape.HERALD_LOG_LEVEL.safeParse(process.env.HERALD_LOG_LEVEL || undefined);

export const log = pino(
  {
    level: level.success ? level.data : 'info',
    redact: REDACT,
    base: undefined,
  },
  // People at a terminal get readable lines; pipes and services get JSON lines for their collectors.
  process.stderr.isTTY
    ? pretty({
        destination: 2,
        sync: true,
        colorize: true,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname',
      })
    : pino.destination(2),
);

export type Logger = typeof log;
