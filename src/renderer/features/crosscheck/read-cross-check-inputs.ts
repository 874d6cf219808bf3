// What the cross-check rule reads of the library, read straight from IndexedDB by the cross-check worker:
// the claims it can use (citable, found through the claims' status index, on a live source) and the live
// sources. Only a source's id and whether it is deleted matter to the rule, so the text is not kept.
import { CITABLE_STATUSES, isCitableClaim } from '../../../core/briefing/citable-claims';
import { summariseConflictGroup } from '../../../core/crosscheck/conflict-group-summary';
import { findGroupedCrossChecks } from '../../../core/crosscheck/find-cross-checks';
import type { Claim, Source } from '../../../core/model/records';
import type { Store } from '../../storage/database';
import type { CrossCheckView } from './crosscheck-protocol';

export type CrossCheckInputs = { claims: Claim[]; sources: Source[] };

export async function readCrossCheckInputs(store: Store): Promise<CrossCheckInputs> {
  const { db } = store;
  const live = new Set<string>();
  await db.sources.each((source) => {
    if (!source.deleted) live.add(source.id);
  });
  // Walked by cursor on purpose, not read by getAll as the briefing reads them (storage/citable-claims):
  // this read starts as the library is listed, and one getAll of every citable claim holds IndexedDB
  // while the Claims list waits for its own (at 10,000 sources it listed 0.5–1.9 s later).
  const citable = await db.claims
    .where('status')
    .anyOf([...CITABLE_STATUSES])
    .toArray();
  const claims = citable
    .filter((claim) => isCitableClaim(claim) && live.has(claim.sourceId))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const sources = [...live].map((id) => ({ id, deleted: false }) as Source);
  return { claims, sources };
}

/** The library's cross-checks as the Cross-checks tab and the badges read them: conflicts in groups. */
export async function crossCheckViewOf(store: Store): Promise<CrossCheckView> {
  const { claims, sources } = await readCrossCheckInputs(store);
  const { corroborations, conflictGroups, sums } = findGroupedCrossChecks(claims, sources);
  return { corroborations, conflictGroups: conflictGroups.map(summariseConflictGroup), sums };
}
