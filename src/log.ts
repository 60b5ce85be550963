import { pino } from 'pino';
import pretty from 'pino-pretty';
import { SECRET_KEYS } from './config/env.js';

/**
 * Structured logs go to stderr so stdout stays the bot's own output (console answers, JSON Lines).
 * Secrets are redacted by key wherever they appear in a logged object.
 */
const redactPaths = SECRET_KEYS.flatMap((k) => [k, `*.${k}`]).concat([
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
]);

export const log = pino(
  {
    level: process.env.HERALD_LOG_LEVEL ?? 'info',
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: undefined,
  },
  // People at a terminal get readable lines; pipes and services get JSON lines for their collectors.
  process.stderr.isTTY
    ? pretty({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' })
    : pino.destination(2),
);

export type Logger = typeof log;
