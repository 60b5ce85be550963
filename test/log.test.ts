import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshLogger() {
  vi.resetModules();
  return (await import('../src/log.js')).log;
}

describe('the logger', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('given a misspelt HERALD_LOG_LEVEL, starts at info instead of throwing at import', async () => {
    vi.stubEnv('HERALD_LOG_LEVEL', 'loud');
    expect((await freshLogger()).level).toBe('info');
  });

  it('given an empty HERALD_LOG_LEVEL, starts at info', async () => {
    vi.stubEnv('HERALD_LOG_LEVEL', '');
    expect((await freshLogger()).level).toBe('info');
  });

  it('given a valid HERALD_LOG_LEVEL, uses it', async () => {
    vi.stubEnv('HERALD_LOG_LEVEL', 'warn');
    expect((await freshLogger()).level).toBe('warn');
  });
});
