// The plain-text definition: bytes to the text every offset in the app points into. A BOM decides the
// encoding (UTF-8, UTF-16LE, UTF-16BE) and is dropped; without one the bytes are UTF-8 when they are valid
// UTF-8, and also when they are mostly UTF-8 (more well-formed multi-byte sequences than bad bytes: a few
// damaged bytes in a UTF-8 file must not turn every "£3m" into "Â£3m"), each bad byte then shown as U+FFFD
// and counted; otherwise windows-1252. CRLF and lone CR become LF. Nothing else changes (double spaces,
// tabs, blank lines and no-break spaces stay), so offsets into a .txt file's text are stable.

import { decodeWindows1252 } from './windows-1252';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
  /**
   * In a file read as UTF-8 despite some bad bytes: how many places could not be read (each shown as
   * U+FFFD, "�") and the 1-based lines of the first few. Absent when every byte was read.
   */
  unreadable?: { count: number; lines: number[] };
};

/** Decodes bytes per the text definition (see text-definition.ts for its version). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeByBomOrContent(bytes);
  return { ...decoded, text: normaliseLineEndings(decoded.text) };
}

/**
 * The same decoding with line endings as the file has them: for formats that count positions in the
 * file's own text (REFI-QDA), which are mapped onto the normalised text afterwards.
 */
export function decodeTextKeepingLineEndings(bytes: Uint8Array): string {
  return decodeByBomOrContent(bytes).text;
}

/** Well-formed multi-byte UTF-8 sequences, bytes that belong to none, and the first of those (-1: none). */
export function countUtf8Sequences(bytes: Uint8Array): {
  multiByte: number;
  invalid: number;
  firstInvalid: number;
} {
  let multiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 1) {
      i += 1;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    // Overlong and surrogate forms are not UTF-8 either.
    const second = bytes[i + 1] as number;
    if (ok && length === 3) ok = !(b === 0xe0 && second < 0xa0) && !(b === 0xed && second > 0x9f);
    if (ok && length === 4) ok = !(b === 0xf0 && second < 0x90) && !(b === 0xf4 && second > 0x8f);
    if (ok) {
      multiByte += 1;
      i += length;
    } else {
      if (invalid === 0) firstInvalid = i;
      invalid += 1;
      i += 1;
    }
  }
  return { multiByte, invalid, firstInvalid };
}

/** CRLF and lone CR to LF; the only change the text definition makes after decoding. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeByBomOrContent(bytes: Uint8Array): DecodedText {
  const { TextDecoder } = globalThis as unknown as CorePlatformGlobals;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)),
      encoding: 'utf-8',
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)),
      encoding: 'utf-16be',
    };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    const { multiByte, invalid } = countUtf8Sequences(bytes);
    if (multiByte > invalid) {
      // Mostly UTF-8 with a few damaged bytes: UTF-8, the bad bytes shown (U+FFFD) and counted.
      const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'utf-8', unreadable: locateReplacements(text, bytes) };
    }
    // Not UTF-8: the commonest legacy encoding of Western documents, which decodes any byte.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Where the decoder put U+FFFD for bad bytes (a file's own, well-formed U+FFFD are not counted). */
function locateReplacements(text: string, bytes: Uint8Array): { count: number; lines: number[] } {
  let own = 0;
  for (let i = 0; i + 2 < bytes.length; i += 1) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) own += 1;
  }
  const lines: number[] = [];
  let count = 0;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line += 1;
    else if (c === 0xfffd) {
      count += 1;
      if (lines.length < 5 && lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  return { count: Math.max(0, count - own), lines };
}
