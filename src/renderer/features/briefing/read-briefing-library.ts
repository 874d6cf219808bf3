// What a briefing is composed from, read straight from IndexedDB by the briefing worker: the claims a
// briefing may cite (found through the claims' status index, so suggestions are never read), narrowed by
// the Claims list's filters when the researcher asks for the filtered claims only, and the live sources and
// tags. The lists come in the order the Claims list and the Library show them, as the dialog used to pass
// them, so the document is the same whichever side composes it.
import { isCitableClaim } from '../../../core/briefing/citable-claims';
import type { Claim, Source, Tag } from '../../../core/model/records';
import type { Store } from '../../storage/database';
import { listWholeSources } from '../../storage/sources';
import { listTags } from '../../storage/tags';
import { filterClaims } from '../claims/claim-filters';
import type { ListFilters } from './briefing-protocol';

export type BriefingLibrary = { claims: Claim[]; sources: Source[]; tags: Tag[] };

/** Called after each table is read: how many of the three are done. */
export type ReadProgress = (done: number, total: number) => void;

export async function readBriefingLibrary(
  store: Store,
  onlyFiltered: ListFilters | null,
  onProgress: ReadProgress = () => {},
): Promise<BriefingLibrary> {
  const tags = await listTags(store);
  onProgress(1, 3);
  const citable = (await store.db.claims.where('status').anyOf('accepted', 'verified').toArray())
    .filter(isCitableClaim)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  onProgress(2, 3);
  const sources = await listWholeSources(store);
  onProgress(3, 3);
  const claims = onlyFiltered
    ? filterClaims(citable, onlyFiltered.filters, onlyFiltered.openSourceId, tags)
    : citable;
  return { claims, sources, tags };
}
