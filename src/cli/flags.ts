import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

/**
 * parseArgs for the syntax, zod for the values: one place that turns argv into typed options
 * or a usage message. Returns the message rather than throwing so each command chooses exit 2.
 */
type ParsedFlags<T> = { ok: true; values: T; positionals: string[] } | { ok: false; message: string };

function parseFlags<S extends z.ZodType>(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: S,
): ParsedFlags<z.infer<S>> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  const checked = schema.safeParse(parsed.values);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    return { ok: false, message: problems.join('\n') };
  }
  return { ok: true, values: checked.data, positionals: parsed.positionals };
}

/** Write a line, waiting when the stream's buffer is full so a slow reader doesn't balloon memory. */
export async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (err: Error) => {
        stream.off('drain', onDrain);
        reject(err);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    });
  }
}

/** What a subcommand does with its flags: go on with these values, or exit with this status now. */
export type CommandFlags<T> = { exitCode: number } | { values: T; positionals: string[] };

/**
 * parseFlags plus the two answers every subcommand gives alike: `--help` prints the usage and
 * exits 0; a bad flag prints the problem, then the usage, and exits 2.
 */
export function commandFlags<S extends z.ZodType<{ help?: boolean | undefined }>>(
  command: string,
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: S,
  usage: string,
): CommandFlags<z.infer<S>> {
  const flags = parseFlags(args, { ...options, help: { type: 'boolean', short: 'h' } }, schema);
  if (!flags.ok) {
    process.stderr.write(`herald ${command}: ${flags.message}\n\n${usage}\n`);
    return { exitCode: 2 };
  }
  if (flags.values.help) {
    process.stdout.write(`${usage}\n`);
    return { exitCode: 0 };
  }
  return { values: flags.values, positionals: flags.positionals };
}
