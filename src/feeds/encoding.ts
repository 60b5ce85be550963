import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Feed bytes to text, in the order XML and feed readers use (XML 1.0 appendix F, RFC 7303, and
 * what browsers and feedparser do):
 *
 * 1. A byte order mark wins over everything, even a server that says otherwise: the bytes
 *    themselves cannot lie about being UTF-16 or UTF-32.
 * 2. The HTTP charset parameter, in any quoting. Exceptions: a charset iconv doesn't know, a
 *    UTF-16/32 charset on a body that plainly begins in an 8-bit encoding (the server's default,
 *    not the document's), and a UTF-8 charset on bytes that are not UTF-8 (a misconfigured
 *    server); each falls through to the next rule rather than garbling the feed.
 * 3. Without a BOM, the first bytes of `<?xml` show UTF-16/32 (appendix F's autodetection table).
 * 4. The XML declaration's `encoding`, unless it names UTF-16/32 on a body already read as 8-bit
 *    (a transcoded file that kept its old declaration).
 * 5. Nothing declared: valid (or mostly valid) UTF-8 is UTF-8; otherwise a statistical detector (chardet) names the
 *    legacy encoding older sites serve (GB2312, Big5, KOI8-R, Shift_JIS, windows-125x), with
 *    windows-1252 when it cannot tell.
 *
 * Labels are mapped as browsers map them (WHATWG Encoding): iso-8859-1 and us-ascii are read as
 * windows-1252, gb2312 as GBK, since servers use the narrow label for the wider encoding.
 */
export type EncodingSource = 'bom' | 'http' | 'bytes' | 'xml' | 'detected' | 'default';

export interface DecodedFeed {
  text: string;
  encoding: string;
  source: EncodingSource;
}

export class FeedEncodingError extends Error {
  readonly code = 'FEED_ENCODING';
}

/** How much of the body the detector samples: enough to see many multi-byte sequences, bounded in time. */
const DETECT_SAMPLE_BYTES = 64 * 1024;
/** Below this detector confidence (0–100) the guess is no better than the usual windows-1252. */
const MIN_CONFIDENCE = 30;

const WHATWG_LABELS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'x-sjis': 'shift_jis',
  'x-mac-roman': 'macintosh',
  'ks_c_5601-1987': 'euc-kr',
  'x-euc-jp': 'euc-jp',
  utf8: 'utf-8',
};

/** The encoding name iconv should use for a declared label, or null when no decoder knows it. */
export function canonicalEncoding(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (name === '') return null;
  const mapped = WHATWG_LABELS[name] ?? name;
  return iconv.encodingExists(mapped) ? mapped : null;
}

/** The charset parameter of a Content-Type header: `charset=x`, `charset="x"` or `charset='x'`. */
export function httpCharset(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]+))/i.exec(contentType ?? '');
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.trim() || null;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  // UTF-32LE before UTF-16LE: its BOM begins with UTF-16LE's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** `<?xm` in each wide encoding, for documents without a BOM (XML 1.0 appendix F.1). */
const WIDE_XML_STARTS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0x3c, 0x00, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0x00, 0x3c], encoding: 'utf-32be' },
  { bytes: [0x3c, 0x00, 0x3f, 0x00], encoding: 'utf-16le' },
  { bytes: [0x00, 0x3c, 0x00, 0x3f], encoding: 'utf-16be' },
];

function startsWith(body: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= body.length && prefix.every((b, i) => body[i] === b);
}

function isWide(encoding: string): boolean {
  return /^utf-?(16|32)/.test(encoding);
}

/** Whether the body plainly starts in an ASCII-compatible encoding (`<`, whitespace, no NULs early on). */
function looksEightBit(body: Uint8Array): boolean {
  const head = body.subarray(0, 64);
  return head.length > 0 && !head.includes(0);
}

function xmlDeclaredEncoding(body: Uint8Array): string | null {
  const head = Buffer.from(body.subarray(0, 512)).toString('latin1');
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}

function isUtf8(body: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(body: Uint8Array, encoding: string, skip = 0): string {
  const text = iconv.decode(Buffer.from(body.subarray(skip)), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decode wide encodings with a whole number of code units; a trailing odd byte is dropped, not fatal. */
function wholeUnits(body: Uint8Array, encoding: string): Uint8Array {
  const unit = encoding.startsWith('utf-32') ? 4 : 2;
  return body.subarray(0, body.length - (body.length % unit));
}

/**
 * UTF-16 or UTF-32 without a BOM or an `<?xml` start (leading whitespace or a comment): markup is
 * mostly ASCII, so the zero bytes sit at fixed places in each code unit. Binary data has them
 * scattered, and is refused.
 */
function wideByZeros(body: Uint8Array): string | null {
  const sample = body.subarray(0, 4096);
  const zeroShare = (unit: number, offsets: number[]) => {
    let zeros = 0;
    let seen = 0;
    for (let i = 0; i + unit <= sample.length; i += unit) {
      for (const o of offsets) {
        seen++;
        if (sample[i + o] === 0) zeros++;
      }
    }
    return seen === 0 ? 0 : zeros / seen;
  };
  // Zeros where ASCII's high bytes go, and almost none where its letters go; non-Latin text
  // (Cyrillic, CJK) fills some high bytes, so the first share need not be near 1.
  const candidates: [string, number, number][] = [
    ['utf-32le', zeroShare(4, [2, 3]), zeroShare(4, [0])],
    ['utf-32be', zeroShare(4, [0, 1]), zeroShare(4, [3])],
    ['utf-16le', zeroShare(2, [1]), zeroShare(2, [0])],
    ['utf-16be', zeroShare(2, [0]), zeroShare(2, [1])],
  ];
  return candidates.find(([, high, low]) => high > 0.6 && low < 0.05)?.[0] ?? null;
}

/**
 * UTF-8 with a few bad bytes (a Latin-1 byte pasted in, a sequence cut by the size cap): read as
 * UTF-8 it loses those few characters, while any legacy encoding would garble every accented
 * one. Text in a legacy encoding, read as UTF-8, forms almost no valid multi-byte sequences.
 */
function mostlyUtf8(body: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(body.subarray(0, DETECT_SAMPLE_BYTES));
  let invalid = 0;
  let wide = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd) invalid++;
    else if (code > 0x7f) wide++;
  }
  return wide >= 4 * invalid;
}

function detect(body: Uint8Array): { encoding: string; source: EncodingSource } {
  const sample = body.subarray(0, DETECT_SAMPLE_BYTES);
  for (const match of chardet.analyse(sample)) {
    if (match.confidence < MIN_CONFIDENCE) break;
    const encoding = canonicalEncoding(match.name);
    // UTF-8, mostly or wholly, was ruled out before; a wide guess without NULs is noise.
    if (encoding && encoding !== 'utf-8' && !isWide(encoding)) return { encoding, source: 'detected' };
  }
  return { encoding: 'windows-1252', source: 'default' };
}

/** Choose the encoding for a feed body and decode it. Throws FeedEncodingError for binary bodies. */
export function decodeFeedBytes(body: Uint8Array, contentType: string | null = null): DecodedFeed {
  for (const bom of BOMS) {
    if (startsWith(body, bom.bytes)) {
      return {
        text: decodeWith(wholeUnits(body, bom.encoding), bom.encoding, bom.bytes.length),
        encoding: bom.encoding,
        source: 'bom',
      };
    }
  }
  const declared = httpCharset(contentType);
  const fromHttp = declared ? canonicalEncoding(declared) : null;
  if (fromHttp && !(isWide(fromHttp) && looksEightBit(body)) && !(fromHttp === 'utf-8' && !isUtf8(body))) {
    return {
      text: decodeWith(isWide(fromHttp) ? wholeUnits(body, fromHttp) : body, fromHttp),
      encoding: fromHttp,
      source: 'http',
    };
  }
  for (const start of WIDE_XML_STARTS) {
    if (startsWith(body, start.bytes)) {
      return {
        text: decodeWith(wholeUnits(body, start.encoding), start.encoding),
        encoding: start.encoding,
        source: 'bytes',
      };
    }
  }
  if (body.includes(0)) {
    const wide = wideByZeros(body);
    if (wide) return { text: decodeWith(wholeUnits(body, wide), wide), encoding: wide, source: 'bytes' };
    throw new FeedEncodingError(
      'looks like a binary file (it contains NUL bytes outside any UTF-16 or UTF-32 text)',
    );
  }
  const xmlLabel = xmlDeclaredEncoding(body);
  const fromXml = xmlLabel ? canonicalEncoding(xmlLabel) : null;
  if (fromXml && !isWide(fromXml) && !(fromXml === 'utf-8' && !isUtf8(body))) {
    return { text: decodeWith(body, fromXml), encoding: fromXml, source: 'xml' };
  }
  if (isUtf8(body)) return { text: decodeWith(body, 'utf-8'), encoding: 'utf-8', source: 'default' };
  if (mostlyUtf8(body)) return { text: decodeWith(body, 'utf-8'), encoding: 'utf-8', source: 'detected' };
  const guess = detect(body);
  return { text: decodeWith(body, guess.encoding), ...guess };
}
