import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { HttpUrlField, PublishedField, type SourceMeta } from './metadata.js';

/**
 * `NAME.meta.json` beside `NAME.txt` (or .md/.html): metadata for an article whose text can't
 * carry it, such as a plain copy of a web page.
 */
export const SidecarSchema = z.strictObject({
  url: HttpUrlField.optional(),
  source: z.string().min(1).optional(),
  published: PublishedField.optional(),
  title: z.string().min(1).optional(),
});

export const SIDECAR_SUFFIX = '.meta.json';

function sidecarPath(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}${SIDECAR_SUFFIX}`;
}

export function isSidecar(file: string): boolean {
  return file.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

export type SidecarResult = { meta: SourceMeta; file: string | null } | { problem: string };

export function readSidecar(file: string): SidecarResult {
  const sidecar = sidecarPath(file);
  if (!existsSync(sidecar)) return { meta: {}, file: null };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sidecar, 'utf8'));
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
