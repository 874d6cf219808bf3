// Zip-bomb fixtures made at test time: a hand-written DEFLATE stream (fixed Huffman codes: one literal, then
// back-references of 258 bytes at distance 1) that expands ~159 times without ever being inflated here, and
// a raw zip writer that lets a test declare any sizes it likes in the central directory, honest or not.

/** A DEFLATE stream that inflates to `1 + 258 * matches` space characters. */
export function deflateSpaces(matches: number): { data: Uint8Array; inflatedSize: number } {
  const bytes = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + 7) / 8) + 1);
  let at = 0;
  let acc = 0;
  let count = 0;
  const write = (value: number, bits: number) => {
    acc |= value << count;
    count += bits;
    while (count >= 8) {
      bytes[at++] = acc & 0xff;
      acc >>>= 8;
      count -= 8;
    }
  };
  const reversed = (code: number, bits: number) => {
    let out = 0;
    for (let i = 0; i < bits; i++) out |= ((code >> i) & 1) << (bits - 1 - i);
    return out;
  };
  write(1, 1); // final block
  write(1, 2); // fixed Huffman codes
  write(reversed(0x30 + 0x20, 8), 8); // literal ' '
  const match = reversed(0xc0 + 5, 8); // length 258 (symbol 285), then distance code 0 (5 zero bits)
  for (let i = 0; i < matches; i++) write(match, 13);
  write(0, 7); // end of block
  if (count > 0) bytes[at++] = acc & 0xff;
  return { data: bytes.subarray(0, at), inflatedSize: 1 + 258 * matches };
}

export type RawZipEntry = {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  declaredSize: number;
  flags?: number;
};

/** A zip whose central directory says exactly what the test wants (CRCs are left 0: nothing checks them). */
export function writeRawZip(entries: RawZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.flags ?? 0, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, entry.flags ?? 0, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
