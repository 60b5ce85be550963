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

describe('log redaction', () => {
  it('given secrets at the top of a logged object or one level down, none reaches the output', async () => {
    const { pino } = await import('pino');
    const { REDACT } = await import('../src/log.js');
    const { SECRET_KEYS } = await import('../src/config/env.js');
    const lines: string[] = [];
    const logger = pino({ redact: REDACT }, { write: (line: string) => lines.push(line) });
    const secrets = Object.fromEntries(SECRET_KEYS.map((k) => [k, `secret-${k}`]));
    logger.info({ ...secrets, config: secrets, token: 'secret-token' }, 'config loaded');
    logger.info(
      { headers: { authorization: 'Bearer secret-bearer', 'content-type': 'application/json' } },
      'request',
    );
    const out = lines.join('');
    expect(out).not.toMatch(/secret-/);
    expect(out.match(/\[redacted\]/g)).toHaveLength(SECRET_KEYS.length * 2 + 2);
    expect(out).toContain('application/json');
  });
});
