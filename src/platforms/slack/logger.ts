import { format } from 'node:util';
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../log.js';

const levels: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/**
 * Bolt, its WebClient and the Socket Mode client log through this, so their lines land in
 * Herald's structured log (with secrets redacted) instead of on the console. HERALD_LOG_LEVEL
 * decides what is shown; Bolt's own `setLevel` calls are ignored for that reason.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  return {
    debug: (...msg: unknown[]) => child.debug(format(...msg)),
    info: (...msg: unknown[]) => child.info(format(...msg)),
    warn: (...msg: unknown[]) => child.warn(format(...msg)),
    error: (...msg: unknown[]) => child.error(format(...msg)),
    setLevel: () => {},
    getLevel: () => levels[child.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
