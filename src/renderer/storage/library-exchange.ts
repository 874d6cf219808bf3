// Reading the whole library for export, and merging an imported bundle (or a library read from another
// interchange format) into it. An import is checked
// completely before anything is written, then the merge result is written in ONE transaction across all
// tables, so a bad file or a failed write leaves the library exactly as it was.
import { parseBundle } from '../../core/exchange/parse-bundle';
import { checkMergedLibrary, recordsOf } from '../../core/exchange/check-merged-library';
import { verifyTextHashes } from '../../core/exchange/verify-text-hashes';
import { conflictKey } from '../../core/exchange/conflict-key';
import { mergeLibraries, type MergeConflict } from '../../core/exchange/merge-libraries';
import { reconcileClaims } from '../../core/exchange/reconcile-claims';
import type { Library } from '../../core/model/records';
import { libraryTables, type Store } from './database';
import { nowIso } from './timestamps';
import { describeStorageError } from './describe-storage-error';
import { putSources, readWholeSources } from './source-texts';

/** Every record, tombstones included: an export must carry deletions to other laptops. */
export async function readLibrary(store: Store): Promise<Library> {
  const { db } = store;
  const tables = [db.researchers, db.tags, db.sources, db.sourceTexts, db.claims, db.briefings];
  return db.transaction('r', tables, async () => ({
    researchers: await db.researchers.toArray(),
    tags: await db.tags.toArray(),
    sources: await readWholeSources(db),
    claims: await db.claims.toArray(),
    briefings: await db.briefings.toArray(),
  }));
}

export type TableCounts = { added: number; updated: number };
export type ImportSummary = {
  researchers: TableCounts;
  tags: TableCounts;
  sources: TableCounts;
  claims: TableCounts;
  briefings: TableCounts;
  conflicts: number;
  tagDuplicates: number;
  /** Deletions of records this library never had (kept as tombstones, but worth a look). */
  unknownDeletions: number;
  /** Claims moved to where their quote is in a newer text of their source, and those not found there. */
  movedClaims: number;
  orphanedClaims: number;
};
export type ImportDatabaseResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };

class InvalidMerge extends Error {}

/**
 * What importing the bundle would do, computed the same way as the import but without writing: the
 * preview the researcher confirms. It refuses exactly what the import refuses.
 */
export async function previewDatabaseImport(store: Store, json: string): Promise<ImportDatabaseResult> {
  const incoming = await readIncomingBundle(json);
  return incoming.ok ? previewLibraryImport(store, incoming.library, incoming.checked) : incoming;
}

/**
 * The preview of merging a library read from another format: the same plan as a bundle's. `checked`: the
 * records of `incoming` that a bundle's own check already passed (readIncomingBundle), by identity.
 */
export async function previewLibraryImport(
  store: Store,
  incoming: Library,
  checked?: ReadonlySet<object>,
): Promise<ImportDatabaseResult> {
  const planned = planMerge(await readLibrary(store), incoming, checked);
  if (!planned.ok) return { ok: false, error: invalidMergeMessage(planned.error) };
  return { ok: true, summary: planned.summary };
}

/** A bundle's library with its records, each of which passed the bundle's check (by identity). */
export type IncomingBundle = { library: Library; checked: ReadonlySet<object> };

/** A bundle's text as a library, parsed and its text hashes checked, or why not. */
export async function readIncomingBundle(
  json: string,
): Promise<({ ok: true } & IncomingBundle) | { ok: false; error: string }> {
  const parsed = parseBundle(json, { now: nowIso() });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { library } = parsed.bundle;
  const badHash = await verifyTextHashes(library.sources);
  if (badHash) return { ok: false, error: badHash };
  return { ok: true, library, checked: recordsOf(library) };
}

type PlannedMerge =
  | { ok: true; library: Library; conflicts: MergeConflict[]; summary: ImportSummary }
  | { ok: false; error: string };

/** The merged library, reconciled and validated, with what it changes: one plan for preview and import. */
function planMerge(current: Library, incoming: Library, checked?: ReadonlySet<object>): PlannedMerge {
  const merged = mergeLibraries(current, incoming);
  const { conflicts, tagDuplicates, unknownDeletions, stats } = merged;
  // Claims unseated by a newer text of their source are moved to where their quote is now, or orphaned.
  const { library, moved, orphaned } = reconcileClaims(merged.library);
  // The same validation the CLI runs before it writes: a merge our own import would refuse is not made.
  // Records the bundle's check passed are not checked one by one again; the library's own, and any the
  // merge made, are; the rules between records run over all of them.
  const validity = checkMergedLibrary(library, checked);
  if (!validity.ok) return { ok: false, error: validity.error };
  const counts = ({ added, updated }: TableCounts) => ({ added, updated });
  return {
    ok: true,
    library,
    conflicts,
    summary: {
      researchers: counts(stats.researchers),
      tags: counts(stats.tags),
      sources: counts(stats.sources),
      claims: counts(stats.claims),
      briefings: counts(stats.briefings),
      conflicts: conflicts.length,
      tagDuplicates: tagDuplicates.length,
      unknownDeletions: unknownDeletions.length,
      movedClaims: moved.length,
      orphanedClaims: orphaned.length,
    },
  };
}

function invalidMergeMessage(detail: string): string {
  return `Merging it would leave a library that could not be exported and imported again, so nothing was changed: ${detail}`;
}

export async function importDatabase(store: Store, json: string): Promise<ImportDatabaseResult> {
  const incoming = await readIncomingBundle(json);
  return incoming.ok ? importLibrary(store, incoming.library, incoming.checked) : incoming;
}

/**
 * Merges a library (from a bundle or another format) into the store in one transaction, or nothing.
 * `checked` as for previewLibraryImport.
 */
export async function importLibrary(
  store: Store,
  incoming: Library,
  checked?: ReadonlySet<object>,
): Promise<ImportDatabaseResult> {
  const { db } = store;
  try {
    const summary = await db.transaction('rw', libraryTables(store), async () => {
      const planned = planMerge(await readLibrary(store), incoming, checked);
      // Throwing here rolls the transaction back: nothing is written.
      if (!planned.ok) throw new InvalidMerge(planned.error);
      const { library, conflicts } = planned;
      await db.researchers.bulkPut(library.researchers);
      await db.tags.bulkPut(library.tags);
      await putSources(db, library.sources);
      await db.claims.bulkPut(library.claims);
      await db.briefings.bulkPut(library.briefings);
      const detectedAt = nowIso();
      // Keyed by the losing version, so importing the same file again does not list a conflict twice, and
      // existing rows are left alone so a conflict already resolved stays resolved.
      const rows = conflicts.map((conflict) => ({ id: conflictKey(conflict), detectedAt, conflict }));
      const existing = await db.conflicts.bulkGet(rows.map((row) => row.id));
      await db.conflicts.bulkPut(rows.filter((_, i) => !existing[i]));
      return planned.summary;
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof InvalidMerge) return { ok: false, error: invalidMergeMessage(error.message) };
    return {
      ok: false,
      error: `The library could not be updated, so nothing was changed (${describeStorageError(error)}).`,
    };
  }
}
