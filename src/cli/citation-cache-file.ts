// `evidence brief`'s formatted references kept from one run to the next, as the app keeps them in
// IndexedDB: each collision group's citeproc output under its cache key (core/briefing/csl), so a briefing
// written again after a few edits formats only the groups that changed. citeproc costs about a
// millisecond a source, ten seconds for a library of 10,000.
//
// The file is JSON Lines in the user's cache folder: a header line, then one group a line, least recently
// used first. A group is found by the SHA-256 of its key (the style, the formatter's stamp and the group's
// CSL-JSON), so an edit or an update of citeproc or a style never finds a stale entry. It is a cache and
// nothing more: a missing or damaged file (or line) is read as empty, and a file that cannot be written
// costs the next run time, not its briefing. A file at its place that this program did not write is
// left as it is. The folder is made readable by its owner only: the file holds the titles, authors and
// addresses of every source briefed. Two runs at once each write whole files; the last one's is kept.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  KEPT_CITATION_GROUPS,
  type CitationCache,
  type FormattedGroup,
} from '../core/briefing/csl/citation-cache';
import type { CiteprocEntry } from '../core/briefing/csl/run-citeproc';
import { writeFileAtomic } from '../node-shared/write-file-atomic';

const HEADER = { format: 'evidence-workbench.citation-cache', version: 1 };
const FILE_NAME = 'citations.jsonl';

/** A group as one line: its hashed key, its entries and its in-text forms. */
type Line = { k: string; e: CiteprocEntry[]; t: [string, string][] };

export type CitationCacheFile = {
  cache: CitationCache;
  /**
   * Writes the file when this run formatted anything or used its groups in another order than the file
   * keeps them: the most recently used groups last. Throws, with the reason, when it cannot.
   */
  keep: () => Promise<void>;
};

/** A file this large at the cache's place is not one this program wrote (60,000 groups take ~40 MB). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Where the cache lives: EVIDENCE_CACHE_DIR, else the platform's cache folder; null (no cache) when
 * EVIDENCE_NO_CACHE is set, or when the environment names no folder, as in a bare test context.
 */
export function citationCacheFolder(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (env.EVIDENCE_NO_CACHE) return null;
  if (env.EVIDENCE_CACHE_DIR) return env.EVIDENCE_CACHE_DIR;
  const app = 'evidence-workbench';
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, app, 'Cache') : null;
  if (platform === 'darwin') return env.HOME ? path.join(env.HOME, 'Library', 'Caches', app) : null;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, app);
  return env.HOME ? path.join(env.HOME, '.cache', app) : null;
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('base64url');

export async function openCitationCacheFile(
  folder: string,
  limit = KEPT_CITATION_GROUPS,
): Promise<CitationCacheFile> {
  const file = path.join(folder, FILE_NAME);
  // Insertion order is use order: a group found or formatted moves to the end. A line is parsed only
  // when its group is asked for, and written back as it was read otherwise, so a cache kept for a large
  // library costs a small briefing a read of the file, not a parse of it.
  const { groups, foreign } = await readLines(file);
  const order = [...groups.keys()];
  const used: string[] = [];
  let added = 0;
  const cache: CitationCache = {
    get(key) {
      const hash = hashOf(key);
      const kept = groups.get(hash);
      const group = typeof kept === 'string' ? parseGroup(kept) : kept;
      groups.delete(hash);
      if (group) {
        groups.set(hash, group);
        used.push(hash);
      }
      return group ?? undefined;
    },
    set(key, group) {
      const hash = hashOf(key);
      groups.delete(hash);
      groups.set(hash, group);
      added++;
    },
  };
  const keep = async () => {
    if (added === 0 && !movedUsed(order, used, groups)) return;
    if (foreign) throw new Error(`${file} is not a cache file this program wrote; it was left as it is`);
    const lines = [JSON.stringify(HEADER)];
    let skip = groups.size - limit;
    for (const [k, group] of groups) {
      if (skip-- > 0) continue;
      if (typeof group === 'string') lines.push(group);
      else lines.push(JSON.stringify({ k, e: group.entries, t: [...group.inText] } satisfies Line));
    }
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, `${lines.join('\n')}\n`);
  };
  return { cache, keep };
}

/**
 * Whether the groups this run used (in the order it used them) are not already the file's last ones in
 * that order: a briefing written again unchanged rewrites nothing the second time.
 */
function movedUsed(order: readonly string[], used: readonly string[], groups: ReadonlyMap<string, unknown>) {
  const last = [...groups.keys()].slice(groups.size - used.length);
  const tail = order.slice(order.length - used.length);
  return used.length > 0 && last.some((key, i) => key !== tail[i]);
}

/** A line's key, read without parsing the line: `{"k":"<43 characters of base64url>",…`. */
const LINE_KEY = /^\{"k":"([A-Za-z0-9_-]{43})",/;

/**
 * The file's lines by key, unparsed; none when there is no file. `foreign`: something is at the file's
 * place that this program did not write (no header, not a file, too large), so it must not be replaced.
 */
async function readLines(
  file: string,
): Promise<{ groups: Map<string, string | FormattedGroup>; foreign: boolean }> {
  const groups = new Map<string, string | FormattedGroup>();
  let text: string;
  try {
    // Checked first: a named pipe or a device at the cache's place would hold the read forever.
    const found = await stat(file);
    if (!found.isFile() || found.size > MAX_FILE_BYTES) return { groups, foreign: true };
    text = await readFile(file, 'utf8');
  } catch {
    // No file yet; or one that cannot be read, which the write will report as it fails too.
    return { groups, foreign: false };
  }
  const all = text.split('\n');
  if (!isHeader(all[0])) return { groups, foreign: text.length > 0 };
  for (let i = 1; i < all.length; i++) {
    const key = LINE_KEY.exec(all[i]!)?.[1];
    if (key) groups.set(key, all[i]!);
  }
  return { groups, foreign: false };
}

/** The group a line holds, or null when the line is not whole (cut short by a full disk, edited). */
function parseGroup(raw: string): FormattedGroup | null {
  const line = parseLine(raw);
  return line ? { entries: line.e.map(restoreSortKeys), inText: new Map(line.t) } : null;
}

function isHeader(raw: string | undefined): boolean {
  try {
    const header = JSON.parse(raw ?? '') as typeof HEADER;
    return header.format === HEADER.format && header.version === HEADER.version;
  } catch {
    return false;
  }
}

function parseLine(raw: string): Line | null {
  try {
    const line = JSON.parse(raw) as Line;
    const ok =
      typeof line.k === 'string' &&
      Array.isArray(line.e) &&
      line.e.every(
        (e) => typeof e?.sourceId === 'string' && typeof e.text === 'string' && Array.isArray(e.sortkeys),
      ) &&
      Array.isArray(line.t) &&
      line.t.every((pair) => Array.isArray(pair) && pair.every((s) => typeof s === 'string'));
    return ok ? line : null;
  } catch {
    return null;
  }
}

/**
 * citeproc leaves a sort key undefined where an item has no value for it, and its comparer treats
 * undefined apart from any string; JSON writes it as null, so null is read back as undefined.
 */
function restoreSortKeys(entry: CiteprocEntry): CiteprocEntry {
  return { ...entry, sortkeys: entry.sortkeys.map((key) => (key === null ? undefined : key)) };
}
