// A small seeded random source for the scale generator: mulberry32, so the same seed always builds the same
// library byte for byte on every machine (Math.random cannot be seeded). Helpers pick from lists, draw
// integers and make UUID-shaped ids from the same stream.

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const hex = (length) => {
    let out = '';
    while (out.length < length)
      out += Math.floor(next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  };
  /** A version 4 UUID drawn from the stream (the app's ids are UUIDs). */
  const uuid = () => {
    const h = hex(32);
    const variant = '89ab'[Math.floor(next() * 4)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return { next, int, pick, chance, hex, uuid };
}

/** A seed derived from a parent seed and a label, so independent streams stay independent of call order. */
export function deriveSeed(seed, label) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i += 1) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
