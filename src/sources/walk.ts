import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SourceError } from './errors.js';
import { isArticleFile } from './file.js';
import { isSidecar } from './sidecar.js';

/**
 * Command-line paths to the article files they name: files as given, folders walked
 * recursively in sorted order (so runs are repeatable), hidden entries and sidecars skipped.
 */
export interface ExpandedPaths {
  files: string[];
  /** Paths that don't exist or can't be listed; the rest of the batch still runs. */
  errors: SourceError[];
}

function walk(dir: string, into: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, into);
    else if (entry.isFile() && !isSidecar(entry.name) && isArticleFile(entry.name)) into.push(full);
  }
}

export function expandPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const errors: SourceError[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      errors.push(new SourceError('SOURCE_MISSING', p, 'no such file or folder'));
      continue;
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    try {
      walk(p, files);
    } catch (err) {
      errors.push(new SourceError('SOURCE_MISSING', p, `could not read folder: ${(err as Error).message}`));
    }
  }
  return { files, errors };
}
