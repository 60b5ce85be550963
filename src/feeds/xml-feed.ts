import { plainTitle } from './html-text.js';
import {
  baseUrl,
  childNamed,
  childrenNamed,
  innerMarkup,
  isElement,
  parseXml,
  resolveUrl,
  textOf,
  type XmlElement,
} from './xml.js';

/**
 * RSS (0.9x, 2.0), RDF (RSS 0.90/1.0) and Atom (0.3, 1.0) read the way feed readers read them:
 * titles by their declared type, links by the Atom `rel` rules with guid permalinks and
 * element-text links as fallbacks, everything relative resolved against `xml:base` and the feed.
 */
export interface XmlFeedItem {
  /** The item's content as markup: what a content hash is made of when nothing else identifies it (computed only then). */
  fingerprint: () => string;
  id: string | null;
  url: string | null;
  /** Plain text, already read according to the element's type. */
  title: string | null;
  /** The item's body as HTML (text bodies are escaped into paragraphs). */
  html: string | null;
  published: string | null;
}

export interface XmlFeed {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  items: XmlFeedItem[];
}

export class NotAFeedError extends Error {}

const ATOM = new Set(['http://www.w3.org/2005/atom', 'http://purl.org/atom/ns#']);
const RSS_NS = [
  '',
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
  'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss',
];
/** RSS's own elements; Atom elements are read in RSS too (`atom:link` is common there). */
const RSS = new Set(RSS_NS);
const RSS_OR_ATOM = new Set([...RSS_NS, ...ATOM]);
const ANY_CORE = RSS_OR_ATOM;
const CONTENT = new Set(['http://purl.org/rss/1.0/modules/content/']);
const DC = new Set(['http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/']);
const ITUNES = new Set(['http://www.itunes.com/dtds/podcast-1.0.dtd']);
const XHTML = new Set(['http://www.w3.org/1999/xhtml']);

const HTML_TYPES = new Set(['html', 'text/html', 'xhtml', 'application/xhtml+xml']);

function decodeBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
}

/**
 * A text construct (title, summary, content) as HTML or as text, by its declared type: Atom's
 * `type` (text, html, xhtml or a MIME type) and Atom 0.3's `mode` (xml, escaped, base64).
 */
function construct(el: XmlElement): { value: string; isHtml: boolean } {
  const type = (el.attrs.type ?? '').trim().toLowerCase();
  const mode = (el.attrs.mode ?? '').trim().toLowerCase();
  if (mode === 'base64') return { value: decodeBase64(textOf(el)), isHtml: HTML_TYPES.has(type) };
  if (el.markup !== undefined) {
    // A text construct that says it is plain text but holds tags is read as its text.
    if (type === 'text' || type === 'text/plain') return { value: textOf(el), isHtml: false };
    // Inline XHTML: the wrapping div is not part of the content (RFC 4287 4.1.3).
    const inner = /^\s*<(?:[\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/i.exec(el.markup);
    return { value: inner?.[1] ?? el.markup, isHtml: true };
  }
  const hasMarkup = el.children.some(isElement);
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (hasMarkup && type !== 'text')) {
    // Inline XHTML: the wrapping div is not part of the content (RFC 4287 4.1.3).
    const elements = el.children.filter(isElement);
    const onlyDiv = elements.length === 1 && elements[0]?.name === 'div' ? elements[0] : null;
    return { value: innerMarkup(onlyDiv ?? el), isHtml: true };
  }
  if (type === '' && !ATOM.has(el.ns)) return { value: textOf(el), isHtml: looksLikeHtml(textOf(el)) };
  // Atom 0.3's mode="escaped" says how the content is written, not what it is: type decides (text/plain by default).
  return { value: textOf(el), isHtml: HTML_TYPES.has(type) };
}

/**
 * RSS says nothing of a title's type. Feed readers treat it as HTML when it plainly is (a closing
 * tag or a leftover entity), and as text otherwise, so "History of the <blink> tag" keeps its word.
 */
function looksLikeHtml(text: string): boolean {
  return /<\/[a-z][a-z0-9]*\s*>|<br\s*\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

function titleText(el: XmlElement | null): string | null {
  if (!el) return null;
  const { value, isHtml } = construct(el);
  const text = isHtml ? plainTitle(value) : value.replace(/\s+/g, ' ').trim();
  return text || null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function bodyHtml(el: XmlElement | null): string | null {
  if (!el) return null;
  const { value, isHtml } = construct(el);
  if (!value.trim()) return null;
  if (isHtml || (el.attrs.type === undefined && !ATOM.has(el.ns))) return value;
  return `<p>${escapeHtml(value).replace(/\n\s*\n/g, '</p><p>')}</p>`;
}

function longest(...bodies: (string | null)[]): string | null {
  let best: string | null = null;
  for (const body of bodies) if (body && (!best || body.length > best.length)) best = body;
  return best;
}

function firstText(el: XmlElement, name: string, namespaces: ReadonlySet<string>): string | null {
  for (const child of childrenNamed(el, name, namespaces)) {
    const text = textOf(child).trim();
    if (text) return text;
  }
  return null;
}

const NOT_A_PAGE = new Set([
  'self',
  'edit',
  'edit-media',
  'enclosure',
  'replies',
  'license',
  'hub',
  'next',
  'previous',
  'first',
  'last',
]);

/**
 * Atom links as feed readers choose them: `rel="alternate"` (a missing rel means alternate) over
 * any other, an HTML type over other types, the first of equals; a link written as element text
 * instead of `href` counts too. Failing an alternate, the first link that names a page.
 */
function atomLink(item: XmlElement, documentUrl: string | null): string | null {
  const links = childrenNamed(item, 'link', ATOM).map((link) => {
    const href = link.attrs.href?.trim() || textOf(link).trim();
    const rel = (link.attrs.rel ?? 'alternate').trim().toLowerCase();
    const type = (link.attrs.type ?? 'text/html').trim().toLowerCase();
    return { href, rel, type, link };
  });
  const usable = links.filter((l) => l.href);
  const alternates = usable.filter(
    (l) => l.rel === 'alternate' || l.rel === 'http://www.iana.org/assignments/relation/alternate',
  );
  const chosen =
    alternates.find((l) => HTML_TYPES.has(l.type)) ??
    alternates[0] ??
    usable.find((l) => !NOT_A_PAGE.has(l.rel));
  return chosen ? resolveUrl(chosen.href, baseUrl(chosen.link, documentUrl)) : null;
}

/**
 * An RSS item's link: `<link>` text, else an Atom link, else the guid when it is a permalink
 * (`isPermaLink="true"`, or an http(s) guid that doesn't say `isPermaLink="false"`).
 */
function rssLink(item: XmlElement, documentUrl: string | null): string | null {
  for (const link of childrenNamed(item, 'link', RSS)) {
    const href = textOf(link).trim() || link.attrs.href?.trim() || link.attrs['rdf:resource']?.trim();
    if (href) return resolveUrl(href, baseUrl(link, documentUrl));
  }
  const atom = atomLink(item, documentUrl);
  if (atom) return atom;
  const guid = childNamed(item, 'guid', RSS);
  if (!guid) return null;
  const value = textOf(guid).trim();
  const permalink = (guid.attrs.ispermalink ?? '').trim().toLowerCase();
  if (!value || permalink === 'false') return null;
  if (permalink === 'true' || /^https?:\/\//i.test(value))
    return resolveUrl(value, baseUrl(guid, documentUrl));
  return null;
}

function rssItem(item: XmlElement, documentUrl: string | null): XmlFeedItem {
  const id = firstText(item, 'guid', RSS) ?? item.attrs['rdf:about']?.trim() ?? firstText(item, 'id', ATOM);
  return {
    fingerprint: () => innerMarkup(item),
    id: id || null,
    url: rssLink(item, documentUrl),
    title: titleText(childNamed(item, 'title', RSS_OR_ATOM) ?? childNamed(item, 'title', DC)),
    // Prefer the fuller body; many feeds put the teaser in description and the article in content.
    html: longest(
      bodyHtml(childNamed(item, 'encoded', CONTENT)),
      bodyHtml(childNamed(item, 'description', RSS)),
      bodyHtml(childNamed(item, 'body', XHTML)),
      bodyHtml(childNamed(item, 'summary', ATOM)),
      bodyHtml(childNamed(item, 'content', ATOM)),
      bodyHtml(childNamed(item, 'description', DC)),
      bodyHtml(childNamed(item, 'summary', ITUNES)),
    ),
    published:
      firstText(item, 'pubdate', RSS) ??
      firstText(item, 'date', DC) ??
      firstText(item, 'published', ATOM) ??
      firstText(item, 'updated', ATOM) ??
      firstText(item, 'issued', DC),
  };
}

function atomItem(entry: XmlElement, documentUrl: string | null): XmlFeedItem {
  return {
    fingerprint: () => innerMarkup(entry),
    id: firstText(entry, 'id', ATOM),
    url: atomLink(entry, documentUrl),
    title: titleText(childNamed(entry, 'title', ATOM) ?? childNamed(entry, 'title', DC)),
    html: longest(bodyHtml(childNamed(entry, 'content', ATOM)), bodyHtml(childNamed(entry, 'summary', ATOM))),
    published:
      firstText(entry, 'published', ATOM) ??
      firstText(entry, 'issued', ATOM) ??
      firstText(entry, 'updated', ATOM) ??
      firstText(entry, 'modified', ATOM) ??
      firstText(entry, 'created', ATOM) ??
      firstText(entry, 'date', DC),
  };
}

/**
 * A feed whose root is in no namespace or one we don't know (Atom without xmlns, drafts, RSS
 * variants) still uses its root's vocabulary for its own elements: those are read as Atom 1.0
 * (for <feed>) or plain RSS. Modules (dc:, content:, media:) keep their own namespaces.
 */
function adoptRootNamespace(root: XmlElement): void {
  const target = root.name === 'feed' ? 'http://www.w3.org/2005/atom' : '';
  if (root.ns === target || (root.name === 'feed' ? ATOM : RSS_OR_ATOM).has(root.ns)) return;
  const from = root.ns;
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.ns === from) el.ns = target;
    for (const child of el.children) if (isElement(child)) stack.push(child);
  }
}

/** Read an XML feed. `documentUrl` is where it came from, for relative links (null for a local file). */
export function readXmlFeed(text: string, documentUrl: string | null = null): XmlFeed {
  const root = parseXml(text);
  if (!root) throw new NotAFeedError('no XML elements found');
  if (root.name === 'feed' || root.name === 'rss' || root.name === 'channel') adoptRootNamespace(root);
  if (root.name === 'feed') {
    return {
      format: 'atom',
      title: titleText(childNamed(root, 'title', ANY_CORE)),
      items: childrenNamed(root, 'entry', ANY_CORE).map((e) => atomItem(e, documentUrl)),
    };
  }
  if (root.name === 'rdf') {
    const channel = childNamed(root, 'channel', ANY_CORE);
    const items = [
      ...childrenNamed(root, 'item', ANY_CORE),
      ...(channel ? childrenNamed(channel, 'item', ANY_CORE) : []),
    ];
    return {
      format: 'rdf',
      title: channel ? titleText(childNamed(channel, 'title', ANY_CORE)) : null,
      items: items.map((i) => rssItem(i, documentUrl)),
    };
  }
  if (root.name === 'rss' || root.name === 'channel') {
    const channel = root.name === 'channel' ? root : childNamed(root, 'channel', ANY_CORE);
    // Some feeds put their items beside the channel rather than inside it.
    const items = [
      ...(channel ? childrenNamed(channel, 'item', ANY_CORE) : []),
      ...childrenNamed(root, 'item', ANY_CORE),
    ];
    return {
      format: 'rss',
      title: channel ? titleText(childNamed(channel, 'title', ANY_CORE)) : null,
      items: [...new Set(items)].map((i) => rssItem(i, documentUrl)),
    };
  }
  throw new NotAFeedError(`the document is <${root.name}>, not <rss>, <rdf:RDF> or <feed>`);
}
