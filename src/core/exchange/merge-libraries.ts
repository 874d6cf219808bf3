// State-based merge of two libraries (DESIGN.md, "Sharing"): records are matched by id in each table and the
// newer version wins (compare-versions.ts); deletes are tombstones, so they are just newer versions. The
// result is the same whichever way round, however grouped and however often it is applied. Alongside it:
// what a's owner should review (versions by other researchers that lost, tags that look duplicated) and
// counts of what changed relative to `a`, the library being merged into.
import { redirectMergedTags } from '../codebook/merge-tags';
import type { Briefing, Claim, Library, Researcher, Source, Tag, Versioned } from '../model/records';
import { byCodeUnit, canonicalJson } from './canonical-json';
import { compareVersions, pickNewer } from './compare-versions';
import { findTagDuplicates, type TagDuplicate } from './find-tag-duplicates';

export type TableName = keyof Library;
export type TableStats = { added: number; updated: number; unchanged: number };
export type MergeStats = Record<TableName, TableStats>;

type RecordOf = { researchers: Researcher; tags: Tag; sources: Source; claims: Claim; briefings: Briefing };
/** A version that lost to a different one; `kept` is in the merged library, `lost` is not. */
export type MergeConflict = {
  [T in TableName]: { table: T; id: string; kept: RecordOf[T]; lost: RecordOf[T] };
}[TableName];

export type MergeResult = {
  library: Library;
  conflicts: MergeConflict[];
  /**
   * Records the second library deletes that the first never had a version of: harmless as tombstones,
   * but a bundle full of them may be an attempt to delete work by id, so they are reported.
   */
  unknownDeletions: { table: TableName; id: string }[];
  tagDuplicates: TagDuplicate[];
  stats: MergeStats;
  /** Claims that named a tag merged into another and now name the tag it went to (core/codebook). */
  redirectedClaims: string[];
};

const TABLES: TableName[] = ['researchers', 'tags', 'sources', 'claims', 'briefings'];

/** Newest version per id; guards against a library that holds one id twice. */
function newestById<T extends Versioned>(records: T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    const seen = byId.get(record.id);
    byId.set(record.id, seen ? pickNewer(seen, record) : record);
  }
  return byId;
}

/** The record without its bookkeeping: when and by whom it was stamped, and a source's import date. */
function contentOf(record: Versioned): string {
  const { updatedAt: _at, updatedBy: _by, ...content } = record as Versioned & Partial<Source>;
  if ('importedAt' in content && content.metadata) {
    const { accessed: _accessed, ...metadata } = content.metadata;
    return canonicalJson({ ...content, importedAt: undefined, metadata });
  }
  return canonicalJson(content);
}

/**
 * Whether the losing version is worth showing: its content differs (not just who stamped it when, as when
 * two researchers import the same file) and it is someone else's work, which they may have done
 * concurrently (without a common ancestor a merge cannot tell that from an edit they had already seen, so
 * it errs on showing it). A researcher's own older version is just history, unless it carries the very
 * same stamp as the kept one. A source whose text differs is always shown, since claims were placed in
 * the text that lost.
 */
export function isConflict<T extends Versioned>(kept: T, lost: T): boolean {
  if ('text' in kept && 'text' in lost && kept.text !== lost.text) return true;
  // Two different contents under one stamp (same time, same researcher) cannot both be genuine: one was
  // forged or damaged. The hash picks a winner so every replica agrees, but never silently.
  if (kept.updatedAt === lost.updatedAt && kept.updatedBy === lost.updatedBy) {
    return contentOf(kept) !== contentOf(lost);
  }
  return kept.updatedBy !== lost.updatedBy && contentOf(kept) !== contentOf(lost);
}

function mergeTable<R extends Versioned>(table: TableName, a: R[], b: R[]) {
  const fromA = newestById(a);
  const fromB = newestById(b);
  const stats: TableStats = { added: 0, updated: 0, unchanged: 0 };
  const conflicts: MergeConflict[] = [];
  const unknownDeletions: { table: TableName; id: string }[] = [];
  const records: R[] = [];
  for (const id of new Set([...fromA.keys(), ...fromB.keys()])) {
    const mine = fromA.get(id);
    const theirs = fromB.get(id);
    if (!mine && theirs?.deleted) unknownDeletions.push({ table, id });
    if (!mine || !theirs) {
      records.push((mine ?? theirs) as R);
      stats[mine ? 'unchanged' : 'added'] += 1;
      continue;
    }
    const order = compareVersions(mine, theirs);
    const [kept, lost] = order >= 0 ? [mine, theirs] : [theirs, mine];
    records.push(kept);
    const same = order === 0 || canonicalJson(mine) === canonicalJson(theirs);
    stats[same || kept === mine ? 'unchanged' : 'updated'] += 1;
    if (!same && isConflict(kept, lost))
      conflicts.push({ table, id, kept, lost } as unknown as MergeConflict);
  }
  records.sort((x, y) => byCodeUnit(x.id, y.id));
  return { records, stats, conflicts, unknownDeletions };
}

/** A claim of `a` that the merge kept as it was, then redirected, is an update to `a` after all. */
function countRedirectsAsUpdates(
  stats: TableStats,
  redirected: string[],
  fromA: Map<string, Claim>,
  merged: Claim[],
): void {
  if (redirected.length === 0) return;
  const kept = new Map(merged.map((c) => [c.id, c]));
  for (const id of redirected) {
    const mine = fromA.get(id);
    if (mine && canonicalJson(mine) === canonicalJson(kept.get(id))) {
      stats.unchanged -= 1;
      stats.updated += 1;
    }
  }
}

export function mergeLibraries(a: Library, b: Library): MergeResult {
  const library: Library = { researchers: [], tags: [], sources: [], claims: [], briefings: [] };
  const stats = {} as MergeStats;
  const conflicts: MergeConflict[] = [];
  const unknownDeletions: MergeResult['unknownDeletions'] = [];
  for (const table of TABLES) {
    const merged = mergeTable<Versioned>(table, a[table], b[table]);
    (library[table] as Versioned[]) = merged.records;
    stats[table] = merged.stats;
    conflicts.push(...merged.conflicts);
    unknownDeletions.push(...merged.unknownDeletions);
  }
  conflicts.sort((x, y) => TABLES.indexOf(x.table) - TABLES.indexOf(y.table) || byCodeUnit(x.id, y.id));
  // A bundle made before a tag merge still names the old tag: its claims go where the tag went.
  const { claims, redirected } = redirectMergedTags(library.tags, library.claims);
  countRedirectsAsUpdates(stats.claims, redirected, newestById(a.claims), library.claims);
  library.claims = claims;
  return {
    library,
    conflicts,
    unknownDeletions,
    tagDuplicates: findTagDuplicates(library.tags),
    stats,
    redirectedClaims: redirected,
  };
}
