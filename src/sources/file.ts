import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText, sniffHtmlCharset } from './decode.js';
import { SourceError } from './errors.js';
import { splitFrontMatter } from './front-matter.js';
import { extractHtml } from './html.js';
import { mergeMeta, type SourceDocument, type SourceMeta } from './metadata.js';
import { readSidecar } from './sidecar.js';

export const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
export const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export function isArticleFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || MARKDOWN_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext);
}

/** Far above any news article; the cap exists so a stray archive or log is refused, not loaded. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ReadFileOptions {
  maxBytes?: number;
  /** Metadata from the caller (a CLI flag); it wins over what the file says. */
  meta?: SourceMeta;
}

/** Read exactly the stat'ed size, so a file that grows while read still can't exceed the cap. */
function readBounded(file: string, size: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buf, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buf.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** First non-empty line as the title (a Markdown heading's #s dropped), the rest as the body. */
function splitTitle(text: string, markdown: boolean): { title?: string; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { body: '' };
  const raw = lines[first]!.trim();
  const title = markdown ? raw.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '') : raw;
  return { title, body: lines.slice(first + 1).join('\n') };
}

/**
 * One article file to a SourceDocument. Metadata precedence, lowest to highest: what the file
 * itself says (front matter, HTML meta), the sidecar NAME.meta.json, the caller.
 * Throws SourceError with a one-line message naming the file.
 */
export function readArticleFile(file: string, opts: ReadFileOptions = {}): SourceDocument {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new SourceError('SOURCE_UNSUPPORTED', file, 'is not a regular file');
    size = stat.size;
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError('SOURCE_MISSING', file, 'no such file');
  }
  const ext = path.extname(file).toLowerCase();
  if (!isArticleFile(file)) {
    throw new SourceError(
      'SOURCE_UNSUPPORTED',
      file,
      `unsupported file type "${ext || '(none)'}" (expected .txt, .md or .html)`,
    );
  }
  if (size > maxBytes) {
    throw new SourceError(
      'SOURCE_TOO_LARGE',
      file,
      `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`,
    );
  }
  const bytes = readBounded(file, size);
  const isHtml = HTML_EXTENSIONS.has(ext);
  const decoded = decodeText(bytes, isHtml ? sniffHtmlCharset(bytes) : null);
  if (!decoded.ok) throw new SourceError('SOURCE_BINARY', file, decoded.problem);

  const sidecar = readSidecar(file);
  if ('problem' in sidecar) throw new SourceError('SOURCE_BAD_METADATA', file, sidecar.problem);

  let own: SourceMeta;
  let body: string;
  if (isHtml) {
    const { text, ...meta } = extractHtml(decoded.text);
    own = meta;
    body = text;
  } else {
    const front = splitFrontMatter(decoded.text);
    if ('problem' in front) throw new SourceError('SOURCE_BAD_METADATA', file, front.problem);
    const { title, body: rest } = splitTitle(front.body, MARKDOWN_EXTENSIONS.has(ext));
    // A title in front matter means the first line is already body text.
    own = front.meta.title ? front.meta : mergeMeta({ title }, front.meta);
    body = front.meta.title ? front.body : rest;
  }
  const meta = mergeMeta(own, sidecar.meta, opts.meta ?? {});
  if (body.trim() === '') throw new SourceError('SOURCE_EMPTY', file, 'has no article text');
  return { ...meta, origin: file, text: body.trim() };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
