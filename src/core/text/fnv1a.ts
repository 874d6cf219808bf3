// FNV-1a, 32 bits, over a string's UTF-16 code units: a fast, synchronous change detector and feature
// hash, not a security measure. The formatter stamp of kept references and the stance detector's named
// features both hash with it (the detector's word scan, word-hashes.ts, runs the same steps inline).

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}
