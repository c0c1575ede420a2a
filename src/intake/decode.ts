import { IntakeError } from './errors';

/** The character set a page was decoded with, and where that came from. */
export interface Decoded {
  html: string;
  charset: string;
  charsetOrigin: 'bom' | 'http:content-type' | 'html:meta' | 'default';
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * Decodes a page as a browser would pick its encoding (BOM, then the HTTP `charset`, then a
 * `<meta charset>` in the first 1024 bytes, else UTF-8), strictly: bytes that are not valid in that
 * encoding are an error, never replaced by U+FFFD, so the text is the page's or nothing.
 */
export function decodePage(bytes: Uint8Array, contentType: string | null): Decoded {
  const fromHeader = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const fromMeta = META_CHARSET.exec(head)?.[1];
  const bom = bomCharset(bytes);
  const [charset, charsetOrigin]: [string, Decoded['charsetOrigin']] = bom
    ? [bom, 'bom']
    : fromHeader
      ? [fromHeader, 'http:content-type']
      : fromMeta
        ? [fromMeta, 'html:meta']
        : ['utf-8', 'default'];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new IntakeError('UNDECODABLE', `the page declares an unknown character set "${charset}"`);
  }
  try {
    return { html: decoder.decode(bytes), charset: decoder.encoding, charsetOrigin };
  } catch {
    throw new IntakeError(
      'UNDECODABLE',
      `the page is not valid ${decoder.encoding} (charset from ${charsetOrigin})`,
    );
  }
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}
