// Whether a file opens as our own bundle does (`{"format": "evidence-workbench.bundle", …}`, the first key
// every bundle writer puts down), judged by its first bytes alone. The import asks this before trying the
// other formats' detection, which parses a JSON file whole: done in the window for a bundle, that was a
// long task for every bundle under the size limit. A bundle written with its keys in another order is
// still imported; it only takes the slower way through detection.
import { BUNDLE_FORMAT } from './bundle-schema';

const HEAD_BYTES = 256;
const OPENING = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${BUNDLE_FORMAT.replace('.', '\\.')}"`);

export function looksLikeBundle(bytes: Uint8Array): boolean {
  // The opening is ASCII, so the head is read byte for byte, after a UTF-8 byte order mark if there is one.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let head = '';
  for (let i = bom; i < Math.min(bytes.length, HEAD_BYTES); i += 1) head += String.fromCharCode(bytes[i]!);
  return OPENING.test(head);
}
