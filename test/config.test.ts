import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigError, databasePath, EnvSchema, loadConfig } from '../src/config/env.js';

describe('configuration', () => {
  it('given an empty environment, every default is usable and no platform is configured', () => {
    const config = loadConfig({});
    expect(databasePath(config)).toBe('./data/herald.db');
    expect(config.HERALD_TIMEZONE).toBe('UTC');
    expect(config.HERALD_ALLOW_PRIVATE_URLS).toBe(false);
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('given the .env.example file as it ships, it parses, and it documents exactly the variables the schema knows', () => {
    const example = dotenv.parse(readFileSync(new URL('../.env.example', import.meta.url)));
    expect(() => loadConfig(example)).not.toThrow();
    expect(Object.keys(example).sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });

  it('given empty values, they count as unset rather than as bad values', () => {
    const config = loadConfig({ HERALD_HTTP_PORT: '', DISCORD_APPLICATION_ID: '', DISCORD_SHARDS: ' ' });
    expect(config.HERALD_HTTP_PORT).toBeUndefined();
    expect(config.DISCORD_SHARDS).toBeUndefined();
  });

  it('given bad values, the error names every bad variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', HERALD_TIMEZONE: 'Mars/Olympus', SLACK_PORT: 'abc' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL: expected file:PATH');
    expect(message).toContain('HERALD_TIMEZONE: expected an IANA time zone');
    expect(message).toContain('SLACK_PORT');
  });

  it('given a PostgreSQL URL, DATABASE_URL accepts it', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://herald:pw@db:5432/herald' }).DATABASE_URL).toBe(
      'postgres://herald:pw@db:5432/herald',
    );
  });

  it('given flags in the usual spellings, they read as booleans', () => {
    expect(loadConfig({ HERALD_ALLOW_PRIVATE_URLS: 'yes' }).HERALD_ALLOW_PRIVATE_URLS).toBe(true);
    expect(loadConfig({ HERALD_ALLOW_PRIVATE_URLS: 'off' }).HERALD_ALLOW_PRIVATE_URLS).toBe(false);
    expect(() => loadConfig({ HERALD_ALLOW_PRIVATE_URLS: 'maybe' })).toThrow(/HERALD_ALLOW_PRIVATE_URLS/);
  });

  it('given a secret in the environment, the configuration error never repeats its value', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'super-secret-token', SLACK_PORT: 'x' })).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining('super-secret-token') }),
    );
  });
});
