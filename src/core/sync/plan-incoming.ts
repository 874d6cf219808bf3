// What the library becomes when versions arrive through sync: exactly what importing them as a bundle
// would make (mergeLibraries, then reconcileClaims for claims whose source text changed), checked by the
// bundle's own rules before anything is written. A record that would leave the library invalid (a claim
// naming a tag that has not arrived, a record stamped far in the future) is refused with a message and
// left out, and the rest is applied; the engine offers refused records again on the next pass, since
// the record they need may simply not have arrived yet.
import { librarySchema } from '../exchange/bundle-schema';
import { canonicalJson } from '../exchange/canonical-json';
import { describeIssue, GENERIC_MESSAGE } from '../exchange/describe-issue';
import { findFutureStamp } from '../exchange/future-stamps';
import { mergeLibraries, type MergeConflict, type TableName } from '../exchange/merge-libraries';
import { reconcileClaims } from '../exchange/reconcile-claims';
import type { Library, Versioned } from '../model/records';
import { docIdOf, emptyLibrary, SYNC_TABLES } from './sync-documents';

export type Refusal = { docId: string; message: string };
export type IncomingPlan = {
  /** The records to write to the library: new versions, tombstones, and claims the merge moved. */
  writes: Library;
  /** Versions by other researchers that lost, to keep in the conflicts table (as a bundle import does). */
  conflicts: MergeConflict[];
  refused: Refusal[];
};

/** How many refusals one pass may make before giving up on the rest of the batch (a guard, not a rule). */
const MAX_REFUSALS = 200;

export function planIncoming(current: Library, incoming: Library, now: string): IncomingPlan {
  const refused: Refusal[] = [];
  let offered = withoutFutureStamps(incoming, now, refused);
  for (;;) {
    const merged = mergeLibraries(current, offered);
    const { library } = reconcileClaims(merged.library);
    const problem = firstProblem(library);
    if (!problem) return { writes: changedRecords(current, library), conflicts: merged.conflicts, refused };
    const { table, id, message } = problem;
    const fromIncoming = offered[table].some((r) => r.id === id);
    if (!fromIncoming || refused.length >= MAX_REFUSALS) {
      // The library's own records are what break: nothing of this batch can be applied safely.
      for (const t of SYNC_TABLES) {
        for (const r of offered[t])
          refused.push({ docId: docIdOf(t, r.id), message: refusal(t, r.id, message) });
      }
      return { writes: emptyLibrary(), conflicts: [], refused };
    }
    refused.push({ docId: docIdOf(table, id), message: refusal(table, id, message) });
    offered = { ...offered, [table]: (offered[table] as Versioned[]).filter((r) => r.id !== id) };
  }
}

function refusal(table: TableName, id: string, why: string): string {
  return `Document ${docIdOf(table, id)} was not taken into the library: ${why}`;
}

function withoutFutureStamps(incoming: Library, now: string, refused: Refusal[]): Library {
  const kept = emptyLibrary();
  for (const table of SYNC_TABLES) {
    for (const record of incoming[table] as Versioned[]) {
      const alone = { ...emptyLibrary(), [table]: [record] };
      const future = findFutureStamp(alone, now);
      if (future)
        refused.push({ docId: docIdOf(table, record.id), message: refusal(table, record.id, future) });
      else (kept[table] as Versioned[]).push(record);
    }
  }
  return kept;
}

/** The first rule of the bundle the library breaks, naming the record, or null when it is valid. */
function firstProblem(library: Library): { table: TableName; id: string; message: string } | null {
  // Through JSON, as a bundle file would carry it, so this check and an export-import agree.
  const input = { library: JSON.parse(JSON.stringify(library)) as unknown };
  const parsed = librarySchema.safeParse(input.library, { error: () => GENERIC_MESSAGE });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const [table, index] = issue.path as [TableName, number];
  const record = (library[table] as Versioned[] | undefined)?.[index];
  const message = describeIssue({ ...issue, path: ['library', ...issue.path] }, input);
  return { table, id: record?.id ?? '', message };
}

/** The records of `next` that `current` does not hold exactly so. */
function changedRecords(current: Library, next: Library): Library {
  const writes = emptyLibrary();
  for (const table of SYNC_TABLES) {
    const before = new Map((current[table] as Versioned[]).map((r) => [r.id, r]));
    for (const record of next[table] as Versioned[]) {
      const old = before.get(record.id);
      if (!old || canonicalJson(old) !== canonicalJson(record)) (writes[table] as Versioned[]).push(record);
    }
  }
  return writes;
}
