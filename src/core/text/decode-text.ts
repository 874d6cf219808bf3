// The plain-text definition: bytes to the text every offset in the app points into. A BOM decides the
// encoding (UTF-8, UTF-16LE, UTF-16BE) and is dropped; without one the bytes are UTF-8 when they are valid
// UTF-8 and windows-1252 otherwise. CRLF and lone CR become LF. Nothing else changes (double spaces,
// tabs, blank lines and no-break spaces stay), so offsets into a .txt file's text are stable.

import { decodeWindows1252 } from './windows-1252';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decodes bytes per the text definition (see text-definition.ts for its version). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { text, encoding } = decodeByBomOrContent(bytes);
  return { text: normaliseLineEndings(text), encoding };
}

/** CRLF and lone CR to LF; the only change the text definition makes after decoding. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeByBomOrContent(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
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
    // Not valid UTF-8: the commonest legacy encoding of Western documents, which decodes any byte.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
