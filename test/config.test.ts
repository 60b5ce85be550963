import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  databasePath,
  EnvSchema,
  HERALD_ROLE_NAMES,
  hasRole,
  loadConfig,
} from '../src/config/env.js';

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

  it('given no HERALD_ROLES, the process holds every role', () => {
    const config = loadConfig({});
    expect(config.HERALD_ROLES).toEqual([...HERALD_ROLE_NAMES]);
    for (const role of HERALD_ROLE_NAMES) expect(hasRole(config, role)).toBe(true);
  });

  it('given a role list, the process holds exactly those roles, once each, whatever the order or spacing', () => {
    const config = loadConfig({ HERALD_ROLES: ' poll, ingest,poll ' });
    expect(config.HERALD_ROLES).toEqual(['ingest', 'poll']);
    expect(hasRole(config, 'ingest')).toBe(true);
    expect(hasRole(config, 'deliver')).toBe(false);
    expect(hasRole(config, 'discord')).toBe(false);
  });

  it('given an unknown role, the error names it and lists the roles Herald knows', () => {
    expect(() => loadConfig({ HERALD_ROLES: 'ingest,delivery' })).toThrow(
      /HERALD_ROLES: unknown role "delivery"; expected a comma list of ingest, deliver, poll, digest, discord, slack/,
    );
    expect(() => loadConfig({ HERALD_ROLES: ',' })).toThrow(/HERALD_ROLES: expected at least one role/);
  });

  it('given shard ids and a total, this process holds those shards of that total', () => {
    const config = loadConfig({ DISCORD_SHARDS: '2, 0', DISCORD_SHARD_COUNT: '4' });
    expect(config.DISCORD_SHARDS).toEqual([0, 2]);
    expect(config.DISCORD_SHARD_COUNT).toBe(4);
  });

  it('given a shard total alone, it is a number or "auto" and no shard list is set', () => {
    expect(loadConfig({ DISCORD_SHARD_COUNT: 'auto' })).toMatchObject({ DISCORD_SHARD_COUNT: 'auto' });
    expect(loadConfig({ DISCORD_SHARD_COUNT: '3' }).DISCORD_SHARDS).toBeUndefined();
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: '0' })).toThrow(/DISCORD_SHARD_COUNT/);
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: 'many' })).toThrow(/DISCORD_SHARD_COUNT/);
  });

  it('given shard ids that do not fit the total, start-up is refused with the reason', () => {
    expect(() => loadConfig({ DISCORD_SHARDS: '0,1' })).toThrow(/DISCORD_SHARDS: needs DISCORD_SHARD_COUNT/);
    expect(() => loadConfig({ DISCORD_SHARDS: '1,4', DISCORD_SHARD_COUNT: '4' })).toThrow(
      /DISCORD_SHARDS: shard ids must be below DISCORD_SHARD_COUNT \(4\); got 4/,
    );
    expect(() => loadConfig({ DISCORD_SHARDS: '0', DISCORD_SHARD_COUNT: 'auto' })).toThrow(
      /DISCORD_SHARD_COUNT: must be a number when DISCORD_SHARDS lists shard ids/,
    );
    expect(() => loadConfig({ DISCORD_SHARDS: '0,-1', DISCORD_SHARD_COUNT: '4' })).toThrow(
      /DISCORD_SHARDS: expected shard ids/,
    );
  });
});
