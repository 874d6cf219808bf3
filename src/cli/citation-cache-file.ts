// `evidence brief`'s formatted references kept from one run to the next, as the app keeps them in
// IndexedDB: each collision group's citeproc output under its cache key (core/briefing/csl), so a briefing
// written again after a few edits formats only the groups that changed. citeproc costs about a
// millisecond a source, ten seconds for a library of 10,000.
//
// The file is JSON Lines in the user's cache folder: a header line, then one group a line, least recently
// used first. A group is found by the SHA-256 of its key (the style, the formatter's stamp and the group's
// CSL-JSON), so an edit or an update of citeproc or a style never finds a stale entry. It is a cache and
// nothing more: a missing, foreign or damaged file (or line) is read as empty, and a file that cannot be
// written costs the next run time, not its briefing.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
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
  /** Writes the file when this run formatted anything; the most recently used groups last. */
  keep: () => Promise<void>;
};

/**
 * Where the cache lives: EVIDENCE_CACHE_DIR, else the platform's cache folder; null (no cache) when the
 * environment names none, as in a bare test context.
 */
export function citationCacheFolder(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): string | null {
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
  const groups = await readLines(file);
  let added = 0;
  const cache: CitationCache = {
    get(key) {
      const hash = hashOf(key);
      const kept = groups.get(hash);
      const group = typeof kept === 'string' ? parseGroup(kept) : kept;
      groups.delete(hash);
      if (group) groups.set(hash, group);
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
    if (added === 0) return;
    const lines = [JSON.stringify(HEADER)];
    let skip = groups.size - limit;
    for (const [k, group] of groups) {
      if (skip-- > 0) continue;
      if (typeof group === 'string') lines.push(group);
      else lines.push(JSON.stringify({ k, e: group.entries, t: [...group.inText] } satisfies Line));
    }
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(file, `${lines.join('\n')}\n`);
  };
  return { cache, keep };
}

/** A line's key, read without parsing the line: `{"k":"<43 characters of base64url>",…`. */
const LINE_KEY = /^\{"k":"([A-Za-z0-9_-]{43})",/;

/** The file's lines by key, unparsed; empty when there is no file or it is not a cache file. */
async function readLines(file: string): Promise<Map<string, string | FormattedGroup>> {
  const lines = new Map<string, string | FormattedGroup>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return lines;
  }
  const all = text.split('\n');
  if (!isHeader(all[0])) return lines;
  for (let i = 1; i < all.length; i++) {
    const key = LINE_KEY.exec(all[i]!)?.[1];
    if (key) lines.set(key, all[i]!);
  }
  return lines;
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
