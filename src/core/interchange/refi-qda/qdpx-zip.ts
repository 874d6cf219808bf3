// The .qdpx package: a zip holding `project.qde` and the Sources folder. Writing packs the project and its
// texts; reading goes through the safe unzip (limits checked on the directory before anything is
// inflated), refuses any entry whose name leads outside the package (`..`, an absolute path, a drive
// letter), and inflates only what is read: the project and the text files it names, and a PDF only when a
// source is read from it; never pictures, audio or video.
import { zipSync } from 'fflate';
import { readZipDirectory, ZipError } from '../../import/docx/read-zip-directory';
import { unzipSafely, type ZipLimits } from '../../import/docx/unzip-safely';

const MB = 1024 * 1024;

/**
 * Projects carry media beside their texts, so the totals are wider than a DOCX's. Plain text can compress
 * far better than a DOCX's XML (a repetitive table or log: a few hundred times, measured 336 on a text of
 * repeated paragraphs), so the ratio allowed is near deflate's ceiling (~1032); what bounds memory is the
 * cap on what is inflated (the project and texts, 120 MB) and the inflation stopping at each declared size.
 */
export const QDPX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 2048 * MB,
  maxTotalBytes: 4095 * MB,
  maxRatio: 1100,
  ratioCheckedAbove: 1 * MB,
  maxWantedBytes: 120 * MB,
};

/** Zip's DOS times cannot say anything before 1980. */
const EARLIEST_ZIP_TIME = Date.UTC(1980, 0, 2);

export function packQdpx(projectXml: string, texts: Map<string, string>, now: string): Uint8Array {
  const encoder = new (globalThis as unknown as CorePlatformGlobals).TextEncoder();
  const mtime = Math.max(Date.parse(now) || EARLIEST_ZIP_TIME, EARLIEST_ZIP_TIME);
  const files: Record<string, [Uint8Array, { mtime: number }]> = {
    'project.qde': [encoder.encode(projectXml), { mtime }],
  };
  for (const [path, text] of texts) files[path] = [encoder.encode(text), { mtime }];
  return zipSync(files, { level: 6 });
}

/** Whether the bytes are a zip whose top level holds a project.qde (in any letter case). Never throws. */
export function looksLikeQdpx(bytes: Uint8Array): boolean {
  try {
    return readZipDirectory(bytes, QDPX_ZIP_LIMITS.maxEntries).some(
      (e) => e.name.toLowerCase() === 'project.qde',
    );
  } catch {
    return false;
  }
}

export type QdpxFiles = {
  project: Uint8Array;
  /** Every entry by its name with `\` as `/`; only the project and the wanted files hold bytes. */
  files: Map<string, Uint8Array>;
};

/**
 * The package's entries, inflating only project.qde and the entries `wanted` names (compared in lower
 * case, `\\` read as `/`): the text files the project refers to, found once the project is read. Throws an
 * Error whose message says what is wrong with the package.
 */
export function unpackQdpx(bytes: Uint8Array, wanted: ReadonlySet<string> = new Set()): QdpxFiles {
  const isReadPart = (name: string) => {
    const path = name.replace(/\\/g, '/').toLowerCase();
    return path === 'project.qde' || wanted.has(path);
  };
  let files: Map<string, Uint8Array>;
  try {
    for (const entry of readZipDirectory(bytes, QDPX_ZIP_LIMITS.maxEntries)) checkEntryName(entry.name);
    files = unzipSafely(bytes, QDPX_ZIP_LIMITS, isReadPart);
  } catch (error) {
    if (error instanceof ZipError) throw new Error(describeZipProblem(error), { cause: error });
    throw error;
  }
  const normalised = new Map<string, Uint8Array>();
  for (const [name, data] of files) normalised.set(name.replace(/\\/g, '/'), data);
  const projectName = [...normalised.keys()].find((name) => name.toLowerCase() === 'project.qde');
  if (!projectName) throw new Error('the package holds no project.qde, so it is not a REFI-QDA project');
  return { project: normalised.get(projectName)!, files: normalised };
}

/** A file in the package by its path, matched without regard to letter case when no exact match exists. */
export function findPackageFile(files: Map<string, Uint8Array>, path: string): Uint8Array | undefined {
  const exact = files.get(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  for (const [name, data] of files) if (name.toLowerCase() === lower) return data;
  return undefined;
}

function checkEntryName(name: string): void {
  const path = name.replace(/\\/g, '/');
  if (
    path.startsWith('/') ||
    /^[a-zA-Z]:/.test(path) ||
    path.split('/').includes('..') ||
    path.includes('\0')
  )
    throw new Error(
      `it holds a file named "${name}", which points outside the package; it was refused for safety`,
    );
}

function describeZipProblem(error: ZipError): string {
  const problem = error.problem;
  switch (problem.kind) {
    case 'not-zip':
      return 'it is not a zip archive, as a .qdpx project must be';
    case 'damaged':
      return `it is damaged: ${problem.detail}`;
    case 'encrypted':
      return 'it holds encrypted files, which cannot be read';
    case 'zip64':
      return 'it declares contents too large to read';
    case 'too-many-entries':
      return `it holds ${problem.count} files, more than a project has; it looks like a zip bomb and was not opened`;
    case 'too-complex':
      return `its project and texts would take ${problem.detail.replace(/ of XML$/, '')} to read (the limit is ${problem.limit})`;
    case 'bomb':
      return `it looks like a zip bomb and was not opened: ${problem.detail}`;
  }
}
