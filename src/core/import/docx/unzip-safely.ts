// Unzips an untrusted archive (a DOCX) without letting it exhaust memory. Before anything is inflated the
// central directory is checked against limits on the entry count, each entry's size, the total size, the
// compression ratio (of each large entry, and of the archive as a whole, so a thousand entries of exactly
// the threshold cannot slip under it) and the budget for the parts that will be parsed (the XML a
// converter turns into a DOM costs ~50 times its size in memory); then only the parts asked for are
// inflated, in small steps, stopped the moment one produces more than it declared, so an archive that
// lies about its sizes is caught after a few megabytes, not after gigabytes.

import { Inflate } from 'fflate';
import { ZipError, readZipDirectory, sliceEntryData, type ZipEntry } from './read-zip-directory';

export type ZipLimits = {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed:compressed ratio allowed for entries bigger than `ratioCheckedAbove`. */
  maxRatio: number;
  ratioCheckedAbove: number;
  /** Most bytes, all told, of the parts that are inflated (`wanted`): what the converter will parse. */
  maxWantedBytes: number;
};

const MB = 1024 * 1024;

/** Far beyond any real Word document (which holds tens of entries and a few MB of XML and images). */
export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 100 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 100,
  ratioCheckedAbove: 1 * MB,
  // Reading a DOCX costs about 45 times its XML in memory (the converter's XML tree, then the HTML's DOM):
  // measured 677 MB at 8 MB and 1.3 GB at 23 MB of XML, so 12 MB keeps the peak under 1 GB. A 400-page
  // report has a few MB of document XML.
  maxWantedBytes: 12 * MB,
};

/** The parts of a DOCX that carry text or structure: XML and relationships, not media. */
export const isDocxTextPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032×, so ≤ ~4 MB out. */
const INFLATE_STEP = 4096;

/**
 * The archive's files by name: the `wanted` ones inflated, every other one present but empty (its bytes
 * are never needed, so never inflated). Throws ZipError for anything damaged, unsupported or bomb-like.
 */
export function unzipSafely(
  bytes: Uint8Array,
  limits: ZipLimits = DOCX_ZIP_LIMITS,
  wanted: (name: string) => boolean = () => true,
): Map<string, Uint8Array> {
  const entries = readZipDirectory(bytes, limits.maxEntries);
  checkDeclaredSizes(entries, limits, wanted);
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (!wanted(entry.name)) {
      files.set(entry.name, new Uint8Array(0));
      continue;
    }
    const data = sliceEntryData(bytes, entry);
    files.set(entry.name, entry.method === 0 ? data : inflateBounded(data, entry));
  }
  return files;
}

function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits, wanted: (name: string) => boolean): void {
  let total = 0;
  let compressed = 0;
  let wantedTotal = 0;
  for (const entry of entries) {
    const size = entry.uncompressedSize;
    if (size > limits.maxEntryBytes)
      throw bomb(
        `"${entry.name}" would expand to ${megabytes(size)} (the limit is ${megabytes(limits.maxEntryBytes)})`,
      );
    const ratio = size / Math.max(entry.compressedSize, 1);
    if (size >= limits.ratioCheckedAbove && ratio > limits.maxRatio)
      throw bomb(`"${entry.name}" would expand ${Math.round(ratio)} times (the limit is ${limits.maxRatio})`);
    total += size;
    compressed += entry.compressedSize;
    if (total > limits.maxTotalBytes)
      throw bomb(`its contents would expand to over ${megabytes(limits.maxTotalBytes)}`);
    if (wanted(entry.name)) wantedTotal += size;
  }
  const overall = total / Math.max(compressed, 1);
  if (total >= limits.ratioCheckedAbove && overall > limits.maxRatio)
    throw bomb(`its contents would expand ${Math.round(overall)} times (the limit is ${limits.maxRatio})`);
  if (wantedTotal > limits.maxWantedBytes)
    throw new ZipError({
      kind: 'too-complex',
      detail: `${megabytes(wantedTotal)} of XML`,
      limit: megabytes(limits.maxWantedBytes),
    });
}

/** Inflates one entry, refusing to produce more bytes than the directory declared for it. */
function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > out.length)
      throw bomb(`"${entry.name}" expands to more than the ${megabytes(out.length)} it declares`);
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError({ kind: 'damaged', detail: `"${entry.name}" cannot be decompressed` });
  }
  if (!ended || written !== out.length)
    throw new ZipError({ kind: 'damaged', detail: `"${entry.name}" is shorter than it declares` });
  return out;
}

function bomb(detail: string): ZipError {
  return new ZipError({ kind: 'bomb', detail });
}

function megabytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
