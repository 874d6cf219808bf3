// A bundle file's bytes to its text, strictly: a bundle is UTF-8 JSON, and a byte that is not UTF-8 means
// the file was damaged or made by something else. Decoding it leniently would turn the damage into U+FFFD
// inside quotes and notes and import that silently, so it is refused with the place of the first bad byte.
import { countUtf8Sequences } from '../text/decode-text';

export type DecodedBundle = { ok: true; text: string } | { ok: false; error: string };

export function decodeBundleBytes(bytes: Uint8Array): DecodedBundle {
  const { TextDecoder } = globalThis as unknown as CorePlatformGlobals;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The strict decoder refuses any bad byte but does not say where: find the first one for the message.
    const { firstInvalid } = countUtf8Sequences(bytes);
    return {
      ok: false,
      error:
        `The file is not valid UTF-8 (byte ${Math.max(firstInvalid, 0) + 1} of ${bytes.length} is not), so it is damaged ` +
        'or not an evidence bundle; nothing was imported.',
    };
  }
}
