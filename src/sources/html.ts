import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { type SourceMeta, toIsoDay } from './metadata.js';

/**
 * A web page to article text: metadata from the head (Open Graph and article: tags, which
 * publishers fill for link previews), the body through Mozilla Readability (Firefox's reader
 * view), then block elements to paragraphs.
 */
export interface HtmlArticle extends SourceMeta {
  text: string;
}

/** Blocks that hold running text; captions and navigation are left to Readability and skipped here. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Readability's cleaned HTML to paragraphs, innermost blocks only so nested ones aren't doubled. */
function paragraphsOf(contentHtml: string): string[] {
  const doc = new JSDOM(`<body>${contentHtml}</body>`).window.document;
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter((el) => el.querySelector(BLOCKS) === null);
  const texts = blocks
    .filter((el) => !el.closest('figure, figcaption'))
    .map((el) => squash(el.textContent ?? ''));
  const paragraphs = texts.filter(Boolean);
  return paragraphs.length > 0 ? paragraphs : [squash(doc.body.textContent ?? '')].filter(Boolean);
}

function headMeta(doc: Document, baseUrl?: string): SourceMeta {
  const meta: SourceMeta = {};
  const title = metaContent(doc, 'og:title', 'twitter:title') ?? squash(doc.title);
  if (title) meta.title = title;
  const published = metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date');
  const day = published ? toIsoDay(published) : null;
  if (day) meta.published = day;
  const canonical =
    metaContent(doc, 'og:url') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    undefined;
  if (canonical) {
    try {
      const url = new URL(canonical, baseUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') meta.url = url.href;
    } catch {
      // A malformed canonical link is common enough to ignore quietly; the fetched URL stands in.
    }
  }
  const site = metaContent(doc, 'og:site_name', 'application-name');
  if (site) meta.source = site;
  return meta;
}

/** Real pages nest a few dozen elements deep; past this the DOM's recursive walks overflow the stack. */
export const MAX_HTML_DEPTH = 1_000;

/** Elements that never hold children, or whose end tag HTML lets authors leave out: not counted as open. */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp'.split(
    ' ',
  ),
);

export class HtmlTooDeepError extends Error {
  constructor(readonly depth: number) {
    super(`nests HTML elements more than ${MAX_HTML_DEPTH} deep, which no article does; it was not parsed`);
    this.name = 'HtmlTooDeepError';
  }
}

/**
 * A linear scan of start and end tags for how deep elements nest, stopping once past the limit:
 * cheap enough to run before every DOM parse, so 100k nested divs fail in milliseconds with a
 * clear message instead of "Maximum call stack size exceeded" after seconds of CPU.
 */
export function checkHtmlDepth(html: string, limit = MAX_HTML_DEPTH): void {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > limit) throw new HtmlTooDeepError(depth);
  }
}

export function extractHtml(html: string, baseUrl?: string): HtmlArticle {
  checkHtmlDepth(html);
  // Pages routinely carry CSS jsdom can't parse; those complaints are noise here.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: baseUrl, virtualConsole });
  const doc = dom.window.document;
  const meta = headMeta(doc, baseUrl);
  const readable = new Readability(doc).parse();
  const text = readable?.content ? paragraphsOf(readable.content).join('\n\n') : '';
  if (!meta.title && readable?.title) meta.title = squash(readable.title);
  if (!meta.published && readable?.publishedTime) {
    const day = toIsoDay(readable.publishedTime);
    if (day) meta.published = day;
  }
  if (!meta.source && readable?.siteName) meta.source = readable.siteName;
  dom.window.close();
  return { ...meta, text };
}
