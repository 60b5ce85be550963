import { existsSync } from 'node:fs';
import dotenv from 'dotenv';
import { type Config, ConfigError, loadConfig } from '../config/env.js';
import { log } from '../log.js';

/**
 * The configuration every subcommand reads the same way: `.env` in the working directory first
 * (a convenience for local runs; real environment variables win over it), then the schema. An
 * invalid value prints every problem and gives null, for the subcommand to exit 2. The logger
 * exists before `.env` is read, so it takes its level from the loaded configuration here.
 */
export function loadCliConfig(): Config | null {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return null;
  }
  log.level = config.HERALD_LOG_LEVEL;
  return config;
}
