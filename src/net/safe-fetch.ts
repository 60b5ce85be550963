import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { nonPublicKind } from './address-policy.js';

/**
 * Fetching URLs that users and feeds hand us, without letting them point Herald at its own
 * network: http(s) only, every hop's host resolved and vetted, the connection made to the
 * vetted address (so a second DNS answer can't swap in a private one), time and size capped.
 */

export type SafeFetchErrorCode =
  | 'FETCH_URL_INVALID'
  | 'FETCH_SCHEME_REFUSED'
  | 'FETCH_ADDRESS_REFUSED'
  | 'FETCH_DNS_FAILED'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_NETWORK';

export class SafeFetchError extends Error {
  constructor(
    readonly code: SafeFetchErrorCode,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'SafeFetchError';
  }
}

export interface SafeFetchOptions {
  /** Whole request budget across redirects. */
  timeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  /** Operator opt-in (HERALD_ALLOW_PRIVATE_URLS) to reach private and loopback addresses. */
  allowPrivate?: boolean;
  maxRedirects?: number;
  /** Conditional request: the ETag of the copy already held. */
  ifNoneMatch?: string;
  /** Conditional request: the Last-Modified of the copy already held. */
  ifModifiedSince?: string;
  accept?: string;
  userAgent?: string;
  /**
   * Why an address must not be reached (a phrase such as "a loopback"), or null when it may.
   * Defaults to the special-purpose ranges; tests substitute it to play a public server on loopback.
   */
  classifyAddress?: (address: string) => string | null;
  /** Name resolution; tests substitute it to simulate DNS answers. */
  resolve?: (hostname: string) => Promise<Array<{ address: string; family: number }>>;
}

export interface SafeFetchResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The URL after redirects. */
  finalUrl: string;
  /** Media type without parameters, lowercased ("text/html"), or null. */
  contentType: string | null;
  /** Charset parameter of Content-Type, lowercased, or null. */
  charset: string | null;
  /** 304 to a conditional request: the held copy is current and `body` is empty. */
  notModified: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_USER_AGENT = 'Herald/0.1 (+https://github.com/herald-news/herald)';

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Parse and check the scheme; the URL's own error messages are too terse for users. */
function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SafeFetchError('FETCH_URL_INVALID', `refused: "${raw}" is not a valid URL`, raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SafeFetchError(
      'FETCH_SCHEME_REFUSED',
      `refused: ${url.protocol.replace(/:$/, '')} URLs are not fetched, only http and https`,
      raw,
    );
  }
  if (url.username || url.password) {
    throw new SafeFetchError(
      'FETCH_URL_INVALID',
      'refused: URLs with credentials in them are not fetched',
      raw,
    );
  }
  return url;
}

/** Where a redirect points, made absolute against the URL that sent it. */
function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new SafeFetchError(
      'FETCH_URL_INVALID',
      `refused: ${base.href} redirected to an invalid URL`,
      base.href,
    );
  }
}

async function defaultResolve(hostname: string): Promise<Array<{ address: string; family: number }>> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

/** Resolve the host and vet every address it has; returns the one to connect to. */
async function vetHost(url: URL, opts: SafeFetchOptions): Promise<{ address: string; family: number }> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(hostname) !== 0) {
    addresses = [{ address: hostname, family: isIP(hostname) }];
  } else {
    try {
      addresses = await (opts.resolve ?? defaultResolve)(hostname);
    } catch (err) {
      throw new SafeFetchError(
        'FETCH_DNS_FAILED',
        `could not resolve ${hostname}: ${describeError(err)}`,
        url.href,
      );
    }
    if (addresses.length === 0) {
      throw new SafeFetchError('FETCH_DNS_FAILED', `could not resolve ${hostname}: no addresses`, url.href);
    }
  }
  if (!opts.allowPrivate) {
    // One bad answer refuses the host: a name that resolves to both a public and a private
    // address is exactly what a rebinding attack looks like.
    for (const { address } of addresses) {
      const kind = (opts.classifyAddress ?? nonPublicKind)(address);
      if (kind) {
        throw new SafeFetchError(
          'FETCH_ADDRESS_REFUSED',
          `refused: ${address} is ${kind} address; set HERALD_ALLOW_PRIVATE_URLS=1 to allow it`,
          url.href,
        );
      }
    }
  }
  return addresses[0]!;
}

/** A `lookup` that always answers with the vetted address, whatever the socket asks for. */
function pinnedLookup(address: string, family: number): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function parseContentType(header: string | undefined): {
  contentType: string | null;
  charset: string | null;
} {
  if (!header) return { contentType: null, charset: null };
  const [type, ...params] = header.split(';');
  const charsetParam = params.map((p) => p.trim()).find((p) => /^charset=/i.test(p));
  const charset = charsetParam
    ? charsetParam.slice('charset='.length).replace(/^"|"$/g, '').toLowerCase()
    : null;
  return { contentType: type?.trim().toLowerCase() || null, charset: charset || null };
}

function decoderFor(encoding: string | undefined): NodeJS.ReadWriteStream | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** Read the body, aborting as soon as it passes the cap (a hostile server may never stop sending). */
async function readCapped(
  res: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
    res.destroy();
    throw new SafeFetchError(
      'FETCH_TOO_LARGE',
      `refused: ${url} is ${declared} bytes, over the ${maxBytes}-byte cap`,
      url,
    );
  }
  const decoder = decoderFor(res.headers['content-encoding']);
  const stream: NodeJS.ReadableStream = decoder ? res.pipe(decoder) : res;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buf.length;
      if (total > maxBytes) {
        throw new SafeFetchError('FETCH_TOO_LARGE', `refused: ${url} is over the ${maxBytes}-byte cap`, url);
      }
      chunks.push(buf);
    }
  } catch (err) {
    res.destroy();
    if (err instanceof SafeFetchError) throw err;
    if (signal.aborted) throw signal.reason;
    throw new SafeFetchError('FETCH_NETWORK', `failed reading ${url}: ${describeError(err)}`, url);
  }
  return Buffer.concat(chunks, total);
}

function requestOnce(
  url: URL,
  target: { address: string; family: number },
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method: 'GET',
      headers,
      signal,
      lookup: pinnedLookup(target.address, target.family),
      // A fresh connection per request: a pooled socket could belong to an earlier, differently vetted host.
      agent: false,
    });
    req.once('response', resolve);
    req.once('error', (err) => {
      if (signal.aborted) reject(signal.reason);
      else
        reject(
          new SafeFetchError('FETCH_NETWORK', `could not fetch ${url.href}: ${describeError(err)}`, url.href),
        );
    });
    req.end();
  });
}

/** GET a URL under Herald's fetch policy. Throws SafeFetchError; HTTP error statuses are returned, not thrown. */
export async function safeFetch(rawUrl: string, opts: SafeFetchOptions): Promise<SafeFetchResult> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(
      new SafeFetchError('FETCH_TIMEOUT', `timed out after ${opts.timeoutMs} ms fetching ${rawUrl}`, rawUrl),
    );
  }, opts.timeoutMs);
  const signal = controller.signal;
  // Races each step against the deadline; the listener is removed once the step settles.
  const guard = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(err);
        },
      );
    });

  try {
    let url = checkUrl(rawUrl);
    for (let hop = 0; ; hop++) {
      const target = await guard(vetHost(url, opts));
      const headers: Record<string, string> = {
        'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
        accept: opts.accept ?? 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      // Validators belong to the URL they were issued for, so only the first hop carries them.
      if (hop === 0 && opts.ifNoneMatch) headers['if-none-match'] = opts.ifNoneMatch;
      if (hop === 0 && opts.ifModifiedSince) headers['if-modified-since'] = opts.ifModifiedSince;

      const res = await guard(requestOnce(url, target, headers, signal));
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        res.resume();
        if (hop >= maxRedirects) {
          throw new SafeFetchError(
            'FETCH_TOO_MANY_REDIRECTS',
            `refused: more than ${maxRedirects} redirects from ${rawUrl}`,
            url.href,
          );
        }
        url = checkUrl(resolveLocation(location, url));
        continue;
      }
      let body: Buffer = Buffer.alloc(0);
      if (status === 304) res.resume();
      else body = await guard(readCapped(res, url.href, opts.maxBytes, signal));
      return {
        status,
        headers: res.headers,
        body,
        finalUrl: url.href,
        ...parseContentType(res.headers['content-type']),
        notModified: status === 304,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The fetch policy from configuration, so every caller applies the operator's limits. */
export function fetchOptionsFromConfig(config: {
  HERALD_FETCH_TIMEOUT_MS: number;
  HERALD_FETCH_MAX_BYTES: number;
  HERALD_ALLOW_PRIVATE_URLS: boolean;
}): SafeFetchOptions {
  return {
    timeoutMs: config.HERALD_FETCH_TIMEOUT_MS,
    maxBytes: config.HERALD_FETCH_MAX_BYTES,
    allowPrivate: config.HERALD_ALLOW_PRIVATE_URLS,
  };
}
