// SHA-256 as lower-case hex, via the Web Crypto API that Node 20 and browsers share. Source ids are the hash
// of the original bytes and textHash the hash of the extracted text (strings are hashed as UTF-8).

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const platform = globalThis as unknown as CorePlatformGlobals;
  const bytes = typeof data === 'string' ? new platform.TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await platform.crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
