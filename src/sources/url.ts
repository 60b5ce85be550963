import { SafeFetchError, type SafeFetchOptions, safeFetch } from '../net/safe-fetch.js';
import { decodeText, sniffHtmlCharset } from './decode.js';
import { SourceError } from './errors.js';
import { extractHtml, HtmlTooDeepError } from './html.js';
import { mergeMeta, type SourceDocument, type SourceMeta } from './metadata.js';

export interface ReadUrlOptions {
  fetch: SafeFetchOptions;
  /** Metadata from the caller; it wins over what the page says. */
  meta?: SourceMeta;
}

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input.trim());
}

/**
 * A web page to a SourceDocument: fetched under the safe-fetch policy, decoded by its declared
 * charset, and run through Readability. Plain-text responses are taken as they are.
 */
export async function readArticleUrl(url: string, opts: ReadUrlOptions): Promise<SourceDocument> {
  let res: Awaited<ReturnType<typeof safeFetch>>;
  try {
    res = await safeFetch(url, opts.fetch);
  } catch (err) {
    if (err instanceof SafeFetchError) throw new SourceError('SOURCE_FETCH_FAILED', url, err.message);
    throw err;
  }
  if (res.status < 200 || res.status >= 300) {
    throw new SourceError('SOURCE_FETCH_FAILED', url, `the server answered HTTP ${res.status}`);
  }
  const type = res.contentType ?? 'text/html';
  const isHtml = type === 'text/html' || type === 'application/xhtml+xml';
  if (!isHtml && type !== 'text/plain') {
    throw new SourceError('SOURCE_UNSUPPORTED', url, `is ${type}, not a web page or text`);
  }
  const decoded = decodeText(res.body, res.charset ?? (isHtml ? sniffHtmlCharset(res.body) : null));
  if (!decoded.ok) throw new SourceError('SOURCE_BINARY', url, decoded.problem);

  let own: SourceMeta;
  let text: string;
  if (isHtml) {
    let extracted: ReturnType<typeof extractHtml>;
    try {
      extracted = extractHtml(decoded.text, res.finalUrl);
    } catch (err) {
      if (err instanceof HtmlTooDeepError) throw new SourceError('SOURCE_UNSUPPORTED', url, err.message);
      throw err;
    }
    const { text: body, ...meta } = extracted;
    own = meta;
    text = body;
  } else {
    own = {};
    text = decoded.text;
  }
  const meta = mergeMeta({ url: res.finalUrl }, own, opts.meta ?? {});
  if (text.trim() === '') throw new SourceError('SOURCE_EMPTY', url, 'has no article text');
  return { ...meta, origin: url, text: text.trim() };
}
