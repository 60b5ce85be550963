import path from 'node:path';
import { z } from 'zod';
import { HttpUrlField, PublishedField, type SourceMeta } from './metadata.js';
import { readRegularFile } from './regular-file.js';

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * `NAME.meta.json` beside `NAME.txt` (or .md/.html): metadata for an article whose text can't
 * carry it, such as a plain copy of a web page.
 */
export const SidecarSchema = z.strictObject({
  // The same limits as POST /ingest: a source or title longer than these is a mistake or an attack.
  url: z.string().max(2048, 'is longer than 2048 characters').pipe(HttpUrlField).optional(),
  source: z.string().min(1).max(200, 'is longer than 200 characters').optional(),
  published: PublishedField.optional(),
  title: z.string().min(1).max(500, 'is longer than 500 characters').optional(),
});

/** A few hundred bytes in practice; anything near this is not metadata. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

export const SIDECAR_SUFFIX = '.meta.json';

function sidecarPath(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}${SIDECAR_SUFFIX}`;
}

export function isSidecar(file: string): boolean {
  return file.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

export type SidecarResult = { meta: SourceMeta; file: string | null } | { problem: string };

/**
 * The sidecar beside an article file, if there is one. Only a regular file under the cap is read
 * (a FIFO would hang the read, a link to /dev/zero would never end), and a link is not followed.
 */
export function readSidecar(file: string): SidecarResult {
  const sidecar = sidecarPath(file);
  const read = readRegularFile(sidecar, { maxBytes: MAX_SIDECAR_BYTES, noFollow: true });
  if (!read.ok) {
    if (read.reason === 'missing') return { meta: {}, file: null };
    return { problem: `sidecar ${path.basename(sidecar)} ${read.problem}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(stripBom(read.bytes.toString('utf8')));
  } catch (err) {
    return { problem: `sidecar ${path.basename(sidecar)} is not valid JSON: ${(err as Error).message}` };
  }
  const parsed = SidecarSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      problem: `sidecar ${path.basename(sidecar)} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { meta: parsed.data, file: sidecar };
}
