import { isUtf8 } from 'node:buffer';

/** Why bytes could not be read as UTF-8 text, with the position of the first bad byte. */
export interface EncodingIssue {
  readonly message: string;
  /** Byte offset of the problem. */
  readonly byte: number;
}

/** UTF-16/UTF-32 byte-order marks, or the NUL pattern of BOM-less UTF-16 JSON text (RFC 8259 §8.1 requires UTF-8). */
export function detectForeignEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'UTF-32 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes.length >= 2 && a !== 0 && b === 0) return 'UTF-16 (little-endian, no byte-order mark)';
  if (bytes.length >= 2 && a === 0 && b !== 0) return 'UTF-16 (big-endian, no byte-order mark)';
  return undefined;
}

/** True when the bytes start with the UTF-8 byte-order mark, which is accepted and ignored. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (the strict definition, as TextDecoder's fatal mode). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes UTF-8 (a leading byte-order mark is dropped). `isUtf8` is the same strict check as a fatal
 * TextDecoder, done by simdutf, so valid input pays almost nothing; only invalid input is scanned again in JS
 * to say where the first bad byte is.
 */
export function decodeUtf8(bytes: Uint8Array, allowBom = true): { text: string } | { issue: EncodingIssue } {
  const foreign = detectForeignEncoding(bytes);
  if (foreign) return { issue: { byte: 0, message: `the file is encoded as ${foreign}; GPOS data must be UTF-8: re-save it as UTF-8` } };
  const start = allowBom && hasUtf8Bom(bytes) ? 3 : 0;
  const body = start ? bytes.subarray(start) : bytes;
  if (!isUtf8(body)) {
    const at = firstInvalidUtf8(body);
    const bad = body[at];
    return {
      issue: {
        byte: start + Math.max(at, 0),
        message: `the file is not valid UTF-8 (byte 0x${(bad ?? 0).toString(16).toUpperCase().padStart(2, '0')} cannot start or continue a character here); it may be Latin-1 or Windows-1252: re-save it as UTF-8`,
      },
    };
  }
  return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
}

/** Line (1-based) and column (1-based, in characters of the valid prefix) of a byte offset. */
export function byteLineColumn(bytes: Uint8Array, byte: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < byte && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, byte - lineStart).toString('utf8');
  return { line, column: prefix.length + 1 };
}
