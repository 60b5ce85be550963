import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { writeLine } from './flags.js';

/** Absent and null both mean "not given": JSON written by other tools often spells it null. */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

/** The first line of an error's message: one input, one line of complaint. */
export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'failed';
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * The JSON Lines batch loop shared by `herald parse`, `ask` and `feed --jsonl`: each stdin
 * line is parsed, validated with `schema` and handed to `handle` (sync or async), whose result is printed as one
 * JSON line, in order. A bad line prints `{"id", "error"}` (id when it could be read) and a line
 * on stderr, and the batch goes on. Output waits for the pipe, so thousands of lines stream
 * through one process. Returns how many lines failed.
 */
export async function processJsonLines<S extends z.ZodType>(
  command: string,
  schema: S,
  handle: (row: z.output<S>) => object | Promise<object>,
): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let id: string | null = null;
    let output: string;
    try {
      let json: unknown;
      try {
        // A BOM opens the first line of files saved by some Windows tools; it is not part of the JSON.
        json = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
      } catch (err) {
        throw new Error(`invalid JSON: ${firstLine(err)}`);
      }
      if (typeof json === 'object' && json !== null && 'id' in json) id = String(json.id);
      const row = schema.safeParse(json);
      if (!row.success) throw new Error(describeIssues(row.error));
      output = JSON.stringify(await handle(row.data));
    } catch (err) {
      failed++;
      const message = `line ${lineNo}: ${firstLine(err)}`;
      process.stderr.write(`herald ${command}: ${id ? `${id}: ` : ''}${message}\n`);
      output = JSON.stringify({ id, error: message });
    }
    await writeLine(process.stdout, output);
  }
  return failed;
}
