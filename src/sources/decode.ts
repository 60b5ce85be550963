import iconv from 'iconv-lite';

/**
 * Bytes to text, refusing what isn't text. UTF-8 is assumed unless a charset is declared;
 * a file that is almost UTF-8 but has a few stray bytes is read as Windows-1252, the usual
 * culprit for old news text.
 */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** Share of undecodable or control characters above which a file is taken for binary. */
const BINARY_RATIO = 0.1;

function controlRatio(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  return bytes.length === 0 ? 0 : controls / bytes.length;
}

/** UTF-16 announced by its byte order mark (Windows Notepad's "Unicode"): NUL bytes are expected there. */
function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    try {
      const text = stripBom(new TextDecoder(utf16, { fatal: true }).decode(bytes));
      // Decoded, it must read as text like any other file: a binary that happens to start FF FE does not.
      const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
      if (controls <= text.length * BINARY_RATIO && !text.includes('\0')) return { ok: true, text };
    } catch {
      // Not valid UTF-16 after all: judged below like any other bytes.
    }
  }
  if (bytes.includes(0))
    return { ok: false, problem: 'looks like a binary file (it contains NUL bytes), not text' };
  if (controlRatio(bytes) > BINARY_RATIO) {
    return { ok: false, problem: 'looks like a binary file (too many control bytes), not text' };
  }
  const charset = declaredCharset?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) {
    return { ok: true, text: stripBom(iconv.decode(Buffer.from(bytes), charset)) };
  }
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const invalid = (lenient.match(/\uFFFD/g) ?? []).length;
    if (invalid / Math.max(1, lenient.length) > BINARY_RATIO) {
      return { ok: false, problem: 'is not valid UTF-8 text (too many undecodable bytes)' };
    }
    return { ok: true, text: stripBom(iconv.decode(Buffer.from(bytes), 'windows-1252')) };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The charset an HTML document declares in its first bytes (<meta charset> or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}
