import { decodeText } from '../sources/decode.js';

/**
 * Feeds declare their encoding in the Content-Type header, in the XML declaration, or not at all
 * (then UTF-8, with the usual Windows-1252 fallback). The header wins, as HTTP says.
 */
export function decodeFeedBody(body: Buffer, contentType: string | null): string | { problem: string } {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = body.subarray(0, 200).toString('latin1');
  const fromXml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  const decoded = decodeText(body, fromHeader ?? fromXml ?? null);
  return decoded.ok ? decoded.text : { problem: decoded.problem };
}
