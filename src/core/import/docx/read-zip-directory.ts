// Reads a zip archive's central directory (the list of entries with their declared sizes) without
// inflating anything, so a DOCX can be judged safe before any of it is decompressed. Only what DOCX files
// use is accepted: no zip64, no encryption, stored or deflated entries. Problems come back as a ZipProblem
// the caller words for the researcher.

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

export type ZipProblem =
  | { kind: 'not-zip' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'encrypted' }
  | { kind: 'too-many-entries'; count: number }
  | { kind: 'zip64' }
  /** Sizes or ratios no genuine document has: a zip bomb. */
  | { kind: 'bomb'; detail: string }
  /** Genuine-looking, but more to parse than the memory budget allows. */
  | { kind: 'too-complex'; detail: string; limit: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem.kind}`);
  }
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_RECORD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;

/** The entries the central directory lists; throws ZipError before reading more than `maxEntries`. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff)
    throw new ZipError({ kind: 'zip64' });
  if (count > maxEntries) throw new ZipError({ kind: 'too-many-entries', count });
  if (directoryOffset + directorySize > end) throw damaged('the list of contents points past the end');

  const names = new Set<string>();
  const entries: ZipEntry[] = [];
  const decoder = new (globalThis as unknown as CorePlatformGlobals).TextDecoder('utf-8');
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw damaged('the list of contents is cut short');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const nameEnd = at + CENTRAL_HEADER_SIZE + nameLength;
    if (nameEnd > end) throw damaged('an entry name runs past the list of contents');
    const name = decoder.decode(bytes.subarray(at + CENTRAL_HEADER_SIZE, nameEnd));
    at = nameEnd + extraLength + commentLength;

    if (flags & 1) throw new ZipError({ kind: 'encrypted' });
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff)
      throw new ZipError({ kind: 'zip64' });
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8) throw damaged(`"${name}" uses an unsupported compression method`);
    if (method === 0 && compressedSize !== uncompressedSize)
      throw damaged(`"${name}" has inconsistent sizes`);
    if (names.has(name)) throw damaged(`"${name}" appears twice`);
    names.add(name);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
export function sliceEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE)
    throw damaged(`"${entry.name}" is missing`);
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged(`"${entry.name}" is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  if (bytes.length < END_RECORD_SIZE || view.getUint32(0, true) !== LOCAL_SIGNATURE) {
    // An empty archive starts with its end record; anything else that is not "PK\3\4" is not a zip.
    if (bytes.length === END_RECORD_SIZE && view.getUint32(0, true) === END_SIGNATURE) return 0;
    throw new ZipError({ kind: 'not-zip' });
  }
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw damaged('its list of contents is missing (the file may be truncated)');
}

function damaged(detail: string): ZipError {
  return new ZipError({ kind: 'damaged', detail });
}
