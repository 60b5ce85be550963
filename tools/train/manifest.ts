import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** SHA-256 of a file, hex: manifests record the exact training data and weights they came from. */
export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Write a model manifest as stable JSON (keys in insertion order, two-space indent, trailing
 * newline) so that retraining on the same data reproduces it byte for byte: no timestamps.
 */
export function writeManifest(modelDir: string, manifest: Record<string, unknown>): void {
  writeFileSync(path.join(modelDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A training file recorded by its path relative to the shared folder and its hash. */
export function dataRecord(root: string, rel: string): { file: string; sha256: string } {
  return { file: rel, sha256: sha256File(path.join(root, rel)) };
}
