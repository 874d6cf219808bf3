// What the search index must change to match the library now: the sources and claims that are new or
// changed since the last call (by their version stamp), and the ones gone. The window keeps the stamps it
// has sent, so only changes cross to the worker, never the whole library again.
import type { Claim, Source, Tag } from '../../../core/model/records';
import {
  isSearchableClaim,
  searchClaimStamp,
  toSearchClaim,
  toSearchSource,
} from '../../../core/search/search-records';
import type { IndexChanges } from './search-protocol';

export type SentStamps = { sources: Map<string, string>; claims: Map<string, string> };

export const emptyStamps = (): SentStamps => ({ sources: new Map(), claims: new Map() });

/** What a source's index entry is made from: its version, its text and its title. */
const sourceStamp = (source: Source) => `${source.updatedAt}|${source.textHash}|${source.title}`;

/** The changes, and the stamps to keep once they are sent. */
export function diffLibrary(
  sent: SentStamps,
  sources: readonly Source[],
  claims: readonly Claim[],
  tagsById: ReadonlyMap<string, Tag>,
): { changes: IndexChanges; next: SentStamps } {
  const next = emptyStamps();
  const changes: IndexChanges = { putSources: [], dropSources: [], putClaims: [], dropClaims: [] };
  for (const source of sources) {
    if (source.deleted) continue;
    const stamp = sourceStamp(source);
    next.sources.set(source.id, stamp);
    if (sent.sources.get(source.id) !== stamp) changes.putSources.push(toSearchSource(source));
  }
  for (const id of sent.sources.keys()) if (!next.sources.has(id)) changes.dropSources.push(id);
  for (const claim of claims) {
    if (!isSearchableClaim(claim)) continue;
    const stamp = searchClaimStamp(claim, tagsById);
    next.claims.set(claim.id, stamp);
    if (sent.claims.get(claim.id) !== stamp) changes.putClaims.push(toSearchClaim(claim, tagsById));
  }
  for (const id of sent.claims.keys()) if (!next.claims.has(id)) changes.dropClaims.push(id);
  return { changes, next };
}

/**
 * The changes for just these records, read again after a write named them (undefined: no longer stored),
 * with `sent` brought up to date in place. For the records named it finds what diffLibrary would; the
 * others did not change.
 */
export function diffRecords(
  sent: SentStamps,
  sources: ReadonlyMap<string, Source | undefined>,
  claims: ReadonlyMap<string, Claim | undefined>,
  tagsById: ReadonlyMap<string, Tag>,
): IndexChanges {
  const changes: IndexChanges = { putSources: [], dropSources: [], putClaims: [], dropClaims: [] };
  for (const [id, source] of sources) {
    if (!source || source.deleted) {
      if (sent.sources.delete(id)) changes.dropSources.push(id);
      continue;
    }
    const stamp = sourceStamp(source);
    if (sent.sources.get(id) === stamp) continue;
    sent.sources.set(id, stamp);
    changes.putSources.push(toSearchSource(source));
  }
  for (const [id, claim] of claims) {
    if (!claim || !isSearchableClaim(claim)) {
      if (sent.claims.delete(id)) changes.dropClaims.push(id);
      continue;
    }
    const stamp = searchClaimStamp(claim, tagsById);
    if (sent.claims.get(id) === stamp) continue;
    sent.claims.set(id, stamp);
    changes.putClaims.push(toSearchClaim(claim, tagsById));
  }
  return changes;
}

export function isEmptyChange(changes: IndexChanges): boolean {
  return (
    changes.putSources.length +
      changes.dropSources.length +
      changes.putClaims.length +
      changes.dropClaims.length ===
    0
  );
}
