import { existsSync } from 'node:fs';
import path from 'node:path';
import { decodeText, sniffHtmlCharset } from './decode.js';
import { SourceError } from './errors.js';
import { splitFrontMatter } from './front-matter.js';
import { extractHtml, HtmlTooDeepError } from './html.js';
import { mergeMeta, type SourceDocument, type SourceMeta } from './metadata.js';
import { readRegularFile } from './regular-file.js';
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
  /** Refuse a symbolic link (watched folders: a link could point anywhere on the machine). */
  noFollow?: boolean;
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
  const ext = path.extname(file).toLowerCase();
  if (!isArticleFile(file)) {
    if (!existsSync(file)) throw new SourceError('SOURCE_MISSING', file, 'no such file');
    throw new SourceError(
      'SOURCE_UNSUPPORTED',
      file,
      `unsupported file type "${ext || '(none)'}" (expected .txt, .md or .html)`,
    );
  }
  // A link the caller names is followed (they chose it), but only to a regular file under the cap.
  const read = readRegularFile(file, { maxBytes, ...(opts.noFollow ? { noFollow: true } : {}) });
  if (!read.ok) {
    const code =
      read.reason === 'missing'
        ? 'SOURCE_MISSING'
        : read.reason === 'too-large'
          ? 'SOURCE_TOO_LARGE'
          : 'SOURCE_UNSUPPORTED';
    throw new SourceError(code, file, read.problem);
  }
  const bytes = read.bytes;
  const isHtml = HTML_EXTENSIONS.has(ext);
  const decoded = decodeText(bytes, isHtml ? sniffHtmlCharset(bytes) : null);
  if (!decoded.ok) throw new SourceError('SOURCE_BINARY', file, decoded.problem);

  const sidecar = readSidecar(file);
  if ('problem' in sidecar) throw new SourceError('SOURCE_BAD_METADATA', file, sidecar.problem);

  let own: SourceMeta;
  let body: string;
  if (isHtml) {
    let extracted: ReturnType<typeof extractHtml>;
    try {
      extracted = extractHtml(decoded.text);
    } catch (err) {
      if (err instanceof HtmlTooDeepError) throw new SourceError('SOURCE_UNSUPPORTED', file, err.message);
      throw err;
    }
    const { text, ...meta } = extracted;
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
