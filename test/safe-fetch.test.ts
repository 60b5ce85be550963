import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonPublicKind } from '../src/net/address-policy.js';
import { SafeFetchError, type SafeFetchOptions, safeFetch } from '../src/net/safe-fetch.js';

let server: http.Server;
let base: string;
const seen: Array<{ url: string; headers: http.IncomingHttpHeaders }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    switch (req.url) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8', etag: '"v1"' });
        res.end('<html><title>Hello</title></html>');
        return;
      case '/gzip':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync('compressed news'));
        return;
      case '/conditional':
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304);
          res.end();
        } else {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('fresh');
        }
        return;
      case '/slow':
        setTimeout(() => res.end('late'), 2_000).unref();
        return;
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(16 * 1024, 'a');
        const pump = () => {
          while (res.write(chunk)) {
            /* keep writing until the socket pushes back */
          }
        };
        res.on('drain', pump);
        res.on('error', () => {});
        pump();
        return;
      }
      case '/redirect-relative':
        res.writeHead(302, { location: '/article' });
        res.end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        return;
      default:
        if (req.url?.startsWith('/redirect-to?')) {
          res.writeHead(301, { location: decodeURIComponent(req.url.slice('/redirect-to?'.length)) });
          res.end();
          return;
        }
        res.writeHead(404);
        res.end('missing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allowed: SafeFetchOptions = { timeoutMs: 1_000, maxBytes: 64 * 1024, allowPrivate: true };

async function failure(promise: Promise<unknown>): Promise<SafeFetchError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SafeFetchError);
  return err as SafeFetchError;
}

describe('address policy', () => {
  it('given special-purpose addresses, each is named; public addresses pass', () => {
    expect(nonPublicKind('127.0.0.1')).toBe('a loopback');
    expect(nonPublicKind('10.0.0.8')).toBe('a private');
    expect(nonPublicKind('169.254.169.254')).toBe('a link-local');
    expect(nonPublicKind('100.64.0.1')).toBe('a carrier-grade NAT (CGNAT)');
    expect(nonPublicKind('239.1.1.1')).toBe('a multicast');
    expect(nonPublicKind('0.0.0.0')).toBe('an unspecified');
    expect(nonPublicKind('::1')).toBe('a loopback');
    expect(nonPublicKind('::ffff:127.0.0.1')).toBe('an IPv4-mapped IPv6');
    expect(nonPublicKind('fd12::1')).toBe('a unique local (ULA)');
    expect(nonPublicKind('fe80::1')).toBe('a link-local');
    expect(nonPublicKind('93.184.216.34')).toBeNull();
    expect(nonPublicKind('2606:4700:4700::1111')).toBeNull();
  });
});

describe('safeFetch', () => {
  it('given a loopback server and allowPrivate, the body, status, type and charset come back', async () => {
    const res = await safeFetch(`${base}/article`, allowed);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('<html><title>Hello</title></html>');
    expect(res.contentType).toBe('text/html');
    expect(res.charset).toBe('utf-8');
    expect(res.headers.etag).toBe('"v1"');
    expect(res.finalUrl).toBe(`${base}/article`);
  });

  it('given a loopback address without allowPrivate, the fetch is refused before connecting', async () => {
    const before = seen.length;
    const err = await failure(safeFetch(`${base}/article`, { ...allowed, allowPrivate: false }));
    expect(err.code).toBe('FETCH_ADDRESS_REFUSED');
    expect(err.message).toBe(
      'refused: 127.0.0.1 is a loopback address; set HERALD_ALLOW_PRIVATE_URLS=1 to allow it',
    );
    expect(seen.length).toBe(before);
  });

  it('given a host name whose DNS answers include a private address, it is refused', async () => {
    const err = await failure(
      safeFetch('http://news.example.test/', {
        ...allowed,
        allowPrivate: false,
        resolve: async () => [
          { address: '93.184.216.34', family: 4 },
          { address: '10.0.0.5', family: 4 },
        ],
      }),
    );
    expect(err.code).toBe('FETCH_ADDRESS_REFUSED');
    expect(err.message).toContain('10.0.0.5 is a private address');
  });

  it('given a host name, the connection goes to the vetted address, not a fresh DNS answer', async () => {
    const port = new URL(base).port;
    const res = await safeFetch(`http://pinned.example.test:${port}/article`, {
      ...allowed,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(res.status).toBe(200);
    expect(seen.at(-1)?.headers.host).toBe(`pinned.example.test:${port}`);
  });

  it('given a server slower than the timeout, the fetch fails with FETCH_TIMEOUT', async () => {
    const err = await failure(safeFetch(`${base}/slow`, { ...allowed, timeoutMs: 150 }));
    expect(err.code).toBe('FETCH_TIMEOUT');
  });

  it('given a body that never ends, the fetch aborts past the size cap', async () => {
    const err = await failure(safeFetch(`${base}/endless`, { ...allowed, maxBytes: 100_000 }));
    expect(err.code).toBe('FETCH_TOO_LARGE');
  });

  it('given a gzip body, it is decompressed', async () => {
    expect((await safeFetch(`${base}/gzip`, allowed)).body.toString()).toBe('compressed news');
  });

  it('given a relative redirect, it is followed and the final URL reported', async () => {
    const res = await safeFetch(`${base}/redirect-relative`, allowed);
    expect(res.finalUrl).toBe(`${base}/article`);
    expect(res.body.toString()).toContain('Hello');
  });

  it('given a public server redirecting to a private address, the second hop is re-checked and refused', async () => {
    // The loopback test server plays a public site: only 127.0.0.1 is treated as public here.
    const classifyAddress = (address: string) => (address === '127.0.0.1' ? null : nonPublicKind(address));
    const target = encodeURIComponent('http://169.254.169.254/latest/meta-data');
    const err = await failure(
      safeFetch(`${base}/redirect-to?${target}`, { ...allowed, allowPrivate: false, classifyAddress }),
    );
    expect(err.code).toBe('FETCH_ADDRESS_REFUSED');
    expect(err.message).toContain('169.254.169.254 is a link-local address');
    expect(seen.some((r) => r.url === '/latest/meta-data')).toBe(false);
  });

  it('given a redirect loop, it stops after five hops', async () => {
    const err = await failure(safeFetch(`${base}/loop`, allowed));
    expect(err.code).toBe('FETCH_TOO_MANY_REDIRECTS');
  });

  it('given non-http schemes, they are refused', async () => {
    expect((await failure(safeFetch('file:///etc/passwd', allowed))).code).toBe('FETCH_SCHEME_REFUSED');
    expect((await failure(safeFetch('ftp://example.com/a', allowed))).code).toBe('FETCH_SCHEME_REFUSED');
    expect((await failure(safeFetch('not a url', allowed))).code).toBe('FETCH_URL_INVALID');
  });

  it('given a matching If-None-Match, a 304 comes back as notModified with an empty body', async () => {
    const res = await safeFetch(`${base}/conditional`, { ...allowed, ifNoneMatch: '"v1"' });
    expect(res.notModified).toBe(true);
    expect(res.body.length).toBe(0);
    expect((await safeFetch(`${base}/conditional`, allowed)).body.toString()).toBe('fresh');
  });
});
