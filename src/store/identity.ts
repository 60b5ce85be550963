import { createHash } from 'node:crypto';

/**
 * How Herald recognises "the same article" no matter how it arrives: by a normalised URL
 * (tracking noise removed) and by a hash of the clean body (so a copy without a URL, or with a
 * different URL, still matches).
 */

/** Query parameters that identify a campaign or click, never the article. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i;

/**
 * Lowercase scheme and host, drop the fragment, tracking parameters and a trailing slash.
 * Returns null for something that isn't an absolute http(s) URL, so junk never dedups.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  // URL already lowercases scheme and host and drops default ports.
  let text = url.toString();
  if (url.search === '') text = text.replace(/\/+$/, '');
  else text = text.replace(/\/+\?/, '?');
  return text;
}

/** Whitespace and case folded, so re-wrapped or re-cased copies of one body hash the same. */
function normaliseBody(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase())
    .filter(Boolean)
    .join('\n');
}

/** sha256 hex of the normalised clean body. */
export function contentHash(paragraphs: readonly string[]): string {
  return createHash('sha256').update(normaliseBody(paragraphs)).digest('hex');
}

/** Characters of the hash used as the article's short id: short enough to type, long enough not to collide. */
export const SHORT_ID_LENGTH = 10;
