// A small, fast, synchronous string hash (cyrb53) used only as the merge's deterministic tie-break between
// two versions of a record with the same time and author. It is synchronous because merging is a pure
// function over plain data and must stay usable in a reducer or a property test; crypto.subtle is async
// only. It is not a security measure: a collision falls through to comparing the canonical text itself.

/** 53-bit hash of the string's UTF-16 code units, as 14 lower-case hex digits. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
