import iconv from 'iconv-lite';

/**
 * Feeds declare their encoding in the Content-Type header, in the XML declaration, or not at all
 * (then UTF-8 is the rule, with a BOM sometimes). Decode bytes honouring that order, so a
 * Windows-1252 or ISO-8859-1 feed doesn't turn "café" into mojibake.
 */
export function decodeFeedBody(body: Buffer, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = body.subarray(0, 200).toString('latin1');
  const fromXml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  const charset = [fromHeader, fromXml].find((c) => c && iconv.encodingExists(c)) ?? 'utf-8';
  return iconv.decode(body, charset, { stripBOM: true });
}
