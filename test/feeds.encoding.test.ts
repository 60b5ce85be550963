import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, FeedEncodingError, httpCharset } from '../src/feeds/encoding.js';
import { parseFeedDocument } from '../src/feeds/parse.js';

const wild = (name: string) => readFileSync(new URL(`./fixtures/feeds/wild/${name}`, import.meta.url));
const CAFE = 'Café owners protest new rules – again';

describe('feed encodings', () => {
  it.each([
    ['utf8-bom.xml', 'utf-8'],
    ['utf16le-bom.xml', 'utf-16le'],
    ['utf16be-bom.xml', 'utf-16be'],
    ['utf32le-bom.xml', 'utf-32le'],
    ['utf32be-bom.xml', 'utf-32be'],
  ])('given %s, the byte order mark chooses the encoding and the title reads cleanly', (name, encoding) => {
    const feed = parseFeedDocument(wild(name));
    expect(feed.encoding).toEqual({ name: encoding, source: 'bom' });
    expect(feed.entries[0]!.title).toBe(CAFE);
    expect(feed.entries[0]!.text).toContain('市议会 Депутаты');
  });

  it('given UTF-16 without a byte order mark, the first bytes of <?xml show it', () => {
    const feed = parseFeedDocument(wild('utf16le-no-bom.xml'));
    expect(feed.encoding).toEqual({ name: 'utf-16le', source: 'bytes' });
    expect(feed.entries[0]!.title).toBe(CAFE);
  });

  it.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'])(
    'given %s with neither a BOM nor <?xml first (whitespace and a comment lead), the zero bytes show it',
    (encoding) => {
      const xml = '\n  <!-- city desk --><rss><channel><title>Café – Новости</title></channel></rss>';
      const decoded = decodeFeedBytes(iconv.encode(xml, encoding));
      expect(decoded).toMatchObject({ encoding, source: 'bytes' });
      expect(decoded.text).toContain('Café – Новости');
    },
  );

  it.each([
    ['koi8r-undeclared.xml', 'Совет утвердил новый бюджет'],
    ['gb2312-undeclared.xml', '市议会通过新预算'],
    ['big5-undeclared.xml', '市議會通過新預算'],
    ['shift-jis-undeclared.xml', '市議会が新予算を承認'],
  ])('given %s with no declaration anywhere, the encoding is detected and the title reads', (name, title) => {
    const feed = parseFeedDocument(wild(name), 'text/xml');
    expect(feed.encoding.source).toBe('detected');
    expect(feed.entries[0]!.title).toBe(title);
  });

  it('given a charset in single quotes, double quotes or none in Content-Type, each is read', () => {
    expect(httpCharset("text/xml; charset='koi8-r'")).toBe('koi8-r');
    expect(httpCharset('application/rss+xml;charset="Windows-1251"')).toBe('Windows-1251');
    expect(httpCharset('text/xml; format=flowed; charset=utf-8')).toBe('utf-8');
    expect(httpCharset('text/xml')).toBeNull();
    const feed = parseFeedDocument(
      wild('windows-1251-http-charset.xml'),
      "application/rss+xml; charset='windows-1251'",
    );
    expect(feed.encoding).toEqual({ name: 'windows-1251', source: 'http' });
    expect(feed.title).toBe('Городские новости');
  });

  it('given the HTTP charset and an XML declaration that disagree, HTTP wins; a BOM beats both', () => {
    const xml =
      '<?xml version="1.0" encoding="iso-8859-5"?><rss><channel><title>Новости</title></channel></rss>';
    const koi = iconv.encode(xml, 'koi8-r');
    expect(decodeFeedBytes(koi, 'text/xml; charset=koi8-r')).toMatchObject({
      encoding: 'koi8-r',
      source: 'http',
    });
    expect(decodeFeedBytes(koi, 'text/xml; charset=koi8-r').text).toContain('Новости');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]);
    expect(decodeFeedBytes(bom, 'text/xml; charset=koi8-r')).toMatchObject({
      encoding: 'utf-8',
      source: 'bom',
    });
  });

  it('given a server that says UTF-8 over Latin-1 bytes, the XML declaration is believed instead', () => {
    const feed = parseFeedDocument(wild('latin1-declared.xml'), 'application/xml; charset=utf-8');
    expect(feed.encoding).toEqual({ name: 'windows-1252', source: 'xml' });
    expect(feed.entries[0]!.title).toBe('Café owners protest new rules again');
  });

  it('given a server that says UTF-16 over a plainly 8-bit body, the body is read as it is', () => {
    const decoded = decodeFeedBytes(Buffer.from('<?xml version="1.0"?><rss/>'), 'text/xml; charset=utf-16');
    expect(decoded.text).toBe('<?xml version="1.0"?><rss/>');
  });

  it('given UTF-8 with one stray Latin-1 byte, it is still read as UTF-8 rather than garbling every accent', () => {
    const good = Buffer.from(
      '<rss><channel><title>Zürich café déjà vu</title><item><title>São Paulo “naïve” résumé</title></item></channel></rss>',
    );
    const stray = Buffer.concat([good.subarray(0, 20), Buffer.from([0xe9, 0x20]), good.subarray(20)]);
    const decoded = decodeFeedBytes(stray);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('São Paulo “naïve” résumé');
  });

  it('given NUL bytes that are no UTF-16 or UTF-32 text, the body is refused as binary', () => {
    expect(() => decodeFeedBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]))).toThrow(
      FeedEncodingError,
    );
  });
});
