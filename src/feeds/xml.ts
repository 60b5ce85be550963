import { XMLParser } from 'fast-xml-parser';
import { decode as decodeHtmlEntity } from 'html-entities';

/**
 * A small namespace-aware XML tree for feeds. fast-xml-parser does the tokenising (lenient about
 * unclosed and mismatched tags, as feeds need); this module does what feed reading needs on top:
 * namespaces resolved to URIs (so `<atom:link>` and `<link xmlns="…Atom">` are the same thing and
 * `<media:title>` is not `<title>`), one pass of entity decoding that never decodes twice, and
 * `xml:base` for resolving relative links.
 *
 * The DOCTYPE is read here, not by the tokeniser: only internal general entities are kept, as
 * plain text; parameter entities are ignored rather than fatal, and external entities (SYSTEM,
 * PUBLIC) are never fetched or expanded, so no XXE.
 */
export interface XmlElement {
  /** Local name, lower-cased (feeds are inconsistent about case: `pubDate`, `pubdate`). */
  name: string;
  /** Namespace URI, lower-cased, or '' for none. An undeclared prefix is kept as `prefix:`. */
  ns: string;
  /** Attribute values by lower-cased qualified name (`href`, `xml:base`, `rdf:about`), decoded. */
  attrs: Record<string, string>;
  children: XmlChild[];
  parent: XmlElement | null;
  /**
   * For the text constructs (title, description, summary, content): the element's content as
   * written, when it holds markup (inline XHTML, or HTML a sloppy feed left unescaped), with CDATA
   * sections turned into escaped text. Its children are then that markup's text.
   */
  markup?: string;
}
export type XmlChild = XmlElement | string;

export class XmlReadError extends Error {}

/** A DOCTYPE's entity values are text and never expand further; this bounds what one may hold. */
const MAX_ENTITY_VALUE = 10_000;
const MAX_ENTITIES = 200;
/** Deeper than this is no feed; stop before recursion does. */
const MAX_DEPTH = 200;

/** Elements whose content is text or markup, never feed structure (as written, with their usual prefixes). */
const TEXT_CONSTRUCTS = new Set([
  'title',
  'description',
  'summary',
  'content',
  'subtitle',
  'tagline',
  'content:encoded',
  'atom:title',
  'atom:summary',
  'atom:content',
  'dc:title',
  'dc:description',
  'itunes:summary',
  'xhtml:body',
  'body',
]);

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const TOKENIZER_OPTIONS = {
  attributeNamePrefix: '',
  ignoreAttributes: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  allowBooleanAttributes: true,
  preserveOrder: true,
  trimValues: false,
  // Entities are decoded below, once, so `&amp;lt;` stays the text "&lt;".
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
} as const;

/**
 * Text constructs are taken as written up to their own closing tag, the way HTML parsers read
 * <textarea>: unescaped HTML in a description (`a<br>b`, an unclosed <b>) then stays inside it
 * instead of swallowing the item's <link> and the items after it.
 */
const tokenizer = new XMLParser({
  ...TOKENIZER_OPTIONS,
  stopNodes: [...TEXT_CONSTRUCTS].map((name) => `*.${name}`),
});
/** For a document cut off inside a text construct (no closing tag to stop at): markup read as elements. */
const fallbackTokenizer = new XMLParser(TOKENIZER_OPTIONS);

/** Internal general entities declared in the DOCTYPE (`<!ENTITY name "value">`), as text. */
function doctypeEntities(doctype: string): Map<string, string> {
  const entities = new Map<string, string>();
  const re = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
  for (let m = re.exec(doctype); m && entities.size < MAX_ENTITIES; m = re.exec(doctype)) {
    const value = m[2] ?? m[3] ?? '';
    if (m[1] && value.length <= MAX_ENTITY_VALUE && !entities.has(m[1]))
      entities.set(m[1], decodeCharRefs(value));
  }
  return entities;
}

function decodeCharRefs(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (whole, ref: string) => codePoint(ref) ?? whole);
}

function codePoint(ref: string): string | null {
  const n = ref[0] === 'x' || ref[0] === 'X' ? Number.parseInt(ref.slice(1), 16) : Number.parseInt(ref, 10);
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  return String.fromCodePoint(n);
}

/**
 * One pass over character and entity references: numeric, the five XML ones, the DOCTYPE's, and
 * HTML's named entities (`&eacute;`, `&nbsp;`), which feeds use without declaring. Unknown names
 * stay as written.
 */
function decodeEntities(text: string, declared: Map<string, string>): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[A-Za-z][\w.-]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return codePoint(ref.slice(1)) ?? whole;
    const known = PREDEFINED[ref] ?? declared.get(ref);
    if (known !== undefined) return known;
    const html = decodeHtmlEntity(whole);
    return html === whole ? whole : html;
  });
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

type RawNode = Record<string, unknown>;

interface BuildState {
  entities: Map<string, string>;
  /** Whether text constructs arrived as written (the stop-node tokenizer) or as elements. */
  constructsRaw: boolean;
}

function rawName(node: RawNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return null;
}

function lookupNs(prefix: string, el: XmlElement | null, own: Record<string, string>): string {
  const attr = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  if (prefix === 'xml') return XML_NS;
  if (own[attr] !== undefined) return own[attr].trim().toLowerCase();
  for (let at = el; at; at = at.parent) {
    const value = at.attrs[attr];
    if (value !== undefined) return value.trim().toLowerCase();
  }
  return prefix === '' ? '' : `${prefix}:`;
}

function build(nodes: unknown, parent: XmlElement | null, state: BuildState, depth: number): XmlChild[] {
  if (!Array.isArray(nodes)) return [];
  if (depth > MAX_DEPTH) throw new XmlReadError(`elements are nested more than ${MAX_DEPTH} deep`);
  const out: XmlChild[] = [];
  for (const node of nodes as RawNode[]) {
    const key = rawName(node);
    if (key === null || key === '#comment') continue;
    const content = node[key];
    if (key === '#text') {
      out.push(decodeEntities(String(content), state.entities));
      continue;
    }
    if (key === '#cdata') {
      // CDATA is literal text: no entity decoding.
      const parts = Array.isArray(content) ? (content as RawNode[]) : [];
      out.push(parts.map((p) => String(p['#text'] ?? '')).join(''));
      continue;
    }
    const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(rawAttrs)) {
      attrs[name.toLowerCase()] = typeof value === 'string' ? decodeEntities(value, state.entities) : '';
    }
    const colon = key.indexOf(':');
    const prefix = colon > 0 ? key.slice(0, colon).toLowerCase() : '';
    const el: XmlElement = {
      name: (colon > 0 ? key.slice(colon + 1) : key).toLowerCase(),
      ns: lookupNs(prefix, parent, attrs),
      attrs,
      children: [],
      parent,
    };
    if (state.constructsRaw && TEXT_CONSTRUCTS.has(key)) readConstruct(el, content, state);
    else el.children = build(content, el, state, depth + 1);
    out.push(el);
  }
  return out;
}

function escapeMarkupText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A text construct's raw content: CDATA sections are literal text, the rest is decoded. When the
 * rest holds tags, the content is markup: kept (CDATA escaped into it) for the reader to treat as
 * HTML, with its text as the element's child.
 */
function readConstruct(el: XmlElement, content: unknown, state: BuildState): void {
  const parts = Array.isArray(content) ? (content as RawNode[]) : [];
  const raw = parts.map((p) => String(p['#text'] ?? '')).join('');
  const pieces = raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  const isCdata = (piece: string) => piece.startsWith('<![CDATA[') && piece.endsWith(']]>');
  const hasTags = pieces.some((piece) => !isCdata(piece) && /<[A-Za-z!/?]/.test(piece));
  if (!hasTags) {
    const text = pieces
      .map((piece) => (isCdata(piece) ? piece.slice(9, -3) : decodeEntities(piece, state.entities)))
      .join('');
    el.children = text ? [text] : [];
    return;
  }
  el.markup = pieces
    .map((piece) =>
      isCdata(piece) ? escapeMarkupText(piece.slice(9, -3)) : piece.replace(/<!--[\s\S]*?-->/g, ''),
    )
    .join('');
  const text = decodeEntities(el.markup.replace(/<[^>]*>/g, ''), state.entities);
  el.children = text ? [text] : [];
}

/** Parse a document; returns its root element, or null when there is no element at all. */
export function parseXml(text: string): XmlElement | null {
  // The DOCTYPE (with its internal subset) is read for entities and cut out before tokenising.
  const doctype = /<!DOCTYPE\b[^[>]*(?:\[[\s\S]*?\]\s*)?>/i.exec(text.slice(0, 100_000));
  const entities = doctype ? doctypeEntities(doctype[0]) : new Map<string, string>();
  const body = doctype ? text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length) : text;
  let raw: unknown;
  let constructsRaw = true;
  try {
    raw = tokenizer.parse(body);
  } catch {
    constructsRaw = false;
    try {
      raw = fallbackTokenizer.parse(body);
    } catch (err) {
      throw new XmlReadError((err as Error).message);
    }
  }
  const top = build(raw, null, { entities, constructsRaw }, 0);
  return top.find((c): c is XmlElement => typeof c !== 'string') ?? null;
}

export function isElement(child: XmlChild): child is XmlElement {
  return typeof child !== 'string';
}

/** Direct children with this local name, in any of the given namespaces. */
export function childrenNamed(el: XmlElement, name: string, namespaces: ReadonlySet<string>): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && c.name === name && namespaces.has(c.ns));
}

export function childNamed(el: XmlElement, name: string, namespaces: ReadonlySet<string>): XmlElement | null {
  return childrenNamed(el, name, namespaces)[0] ?? null;
}

/** All text inside an element, markup removed. */
export function textOf(el: XmlElement): string {
  let out = '';
  const stack: XmlChild[] = [...el.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') out += next;
    else for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An element's content written back as markup: for inline XHTML and unescaped HTML in RSS. */
export function innerMarkup(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === 'string') return escapeText(c);
      const attrs = Object.entries(c.attrs)
        .filter(([name]) => !name.startsWith('xmlns'))
        .map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`)
        .join('');
      return `<${c.name}${attrs}>${innerMarkup(c)}</${c.name}>`;
    })
    .join('');
}

/** The base URL in force at an element: its `xml:base` chain resolved against the document's URL. */
export function baseUrl(el: XmlElement | null, documentUrl: string | null): string | null {
  const chain: string[] = [];
  for (let at = el; at; at = at.parent) {
    const base = at.attrs['xml:base'];
    if (base?.trim()) chain.unshift(base.trim());
  }
  let base = documentUrl;
  for (const step of chain) base = resolveUrl(step, base) ?? base;
  return base;
}

/** Resolve a possibly relative URL; null when it can't be made absolute. */
export function resolveUrl(url: string, base: string | null): string | null {
  try {
    return new URL(url.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}
