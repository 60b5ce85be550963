import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { commandFlags } from '../src/cli/flags.js';

const Schema = z.object({ count: z.coerce.number().int().min(1).optional(), help: z.boolean().optional() });
const USAGE = 'Usage: herald demo [--count N] FILE...';
const read = (args: string[]) => commandFlags('demo', args, { count: { type: 'string' } }, Schema, USAGE);

describe('commandFlags', () => {
  afterEach(() => vi.restoreAllMocks());

  it('given good flags, returns the typed values and the positionals', () => {
    expect(read(['--count', '3', 'a.txt'])).toEqual({ values: { count: 3 }, positionals: ['a.txt'] });
  });

  it('given -h, prints the usage on stdout and exits 0', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(read(['-h'])).toEqual({ exitCode: 0 });
    expect(out).toHaveBeenCalledWith(`${USAGE}\n`);
  });

  it('given a bad value, names the command and the flag on stderr, then the usage, and exits 2', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(read(['--count', '0'])).toEqual({ exitCode: 2 });
    const written = String(err.mock.calls[0]?.[0]);
    expect(written).toMatch(/^herald demo: --count: /);
    expect(written).toContain(USAGE);
  });
});
