// The REFI-QDA codebook format (.qdc): the tags alone, as a tree of Codes, for moving a code system between
// tools. Detected by its root element, CodeBook, whatever its namespace prefix.
import type { InterchangeFormat } from '../interchange-format';
import { readQdc } from './read-qdc';
import { writeCodebook } from './write-codebook';

/** How much of a file is looked at to recognise a codebook. */
const DETECT_BYTES = 64 * 1024;

export const qdcFormat: InterchangeFormat = {
  id: 'qdc',
  label: 'REFI-QDA codebook (.qdc)',
  extension: 'qdc',
  mimeType: 'application/xml',
  detect: looksLikeCodebook,
  write(library) {
    return new (globalThis as unknown as CorePlatformGlobals).TextEncoder().encode(
      writeCodebook(library.tags),
    );
  },
  read: readQdc,
};

function looksLikeCodebook(bytes: Uint8Array): boolean {
  const decoder = new (globalThis as unknown as CorePlatformGlobals).TextDecoder('utf-8');
  const head = decoder.decode(bytes.subarray(0, DETECT_BYTES)).replace(/^\uFEFF/, '');
  // XML first, then a CodeBook root (after any declaration, comments or DOCTYPE, which the reader refuses).
  return (
    /^\s*</.test(head) && /<([\w.-]+:)?CodeBook[\s>/]/.test(head) && !/<([\w.-]+:)?Project[\s>/]/.test(head)
  );
}
