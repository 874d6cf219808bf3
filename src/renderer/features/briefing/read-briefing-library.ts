// What a briefing is composed from, read straight from IndexedDB by the briefing worker: the claims a
// briefing may cite (found through the claims' status index, so suggestions are never read), narrowed by
// the Claims list's filters when the researcher asks for the filtered claims only, and the live sources and
// tags. The lists come in the order the Claims list and the Library show them, as the dialog used to pass
// them, so the document is the same whichever side composes it. A saved briefing's filter (a source, a tag,
// kinds) is answered through the claims' indexes, with only the sources those claims are on: a briefing
// of one source in a library of 10,000 does not read the other 9,999 and their texts. The same document
// results, since the briefing looks no further than its claims' sources. A briefing of the whole library
// reads the 10,000 texts last, and the caller can work meanwhile on what needs no text (`whileTextsLoad`:
// the cross-checks), so the database's read and that work overlap.
import {
  applyBriefingFilter,
  isNarrowing,
  type BriefingClaimFilter,
} from '../../../core/briefing/briefing-claim-filter';
import { CITABLE_STATUSES, isCitableClaim } from '../../../core/briefing/citable-claims';
import type { Claim, Source, Tag } from '../../../core/model/records';
import { readCitableClaims } from '../../storage/citable-claims';
import type { Store } from '../../storage/database';
import { getWholeSources } from '../../storage/source-texts';
import { listSourceEntries, readWithTexts } from '../../storage/sources';
import type { SourceEntry } from '../../storage/source-texts';
import { listTags } from '../../storage/tags';
import { filterClaims } from '../claims/claim-filters';
import type { ListFilters } from './briefing-protocol';

export type BriefingLibrary = { claims: Claim[]; sources: Source[]; tags: Tag[] };

/** Called after each table is read: how many of the three are done. */
export type ReadProgress = (done: number, total: number) => void;

/** The library but the sources' texts, given to `whileTextsLoad` while those are read. */
export type LibraryWithoutTexts = { claims: Claim[]; sources: SourceEntry[]; tags: Tag[] };

export async function readBriefingLibrary(
  store: Store,
  onlyFiltered: ListFilters | null,
  onProgress: ReadProgress = () => {},
  saved: BriefingClaimFilter = {},
  whileTextsLoad: (library: LibraryWithoutTexts) => void = () => {},
): Promise<BriefingLibrary> {
  if (!onlyFiltered && isNarrowing(saved)) return readNarrowed(store, saved, onProgress);
  const tags = await listTags(store);
  onProgress(1, 3);
  const citable = (await readCitableClaims(store))
    .filter(isCitableClaim)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  onProgress(2, 3);
  const claims = onlyFiltered
    ? filterClaims(citable, onlyFiltered.filters, onlyFiltered.openSourceId, tags)
    : citable;
  const entries = await listSourceEntries(store);
  const texts = readWithTexts(store, entries);
  // Dexie opens the transaction a microtask later: one turn of the event loop lets it ask IndexedDB
  // for the texts before the work below holds this thread, so the two overlap.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    whileTextsLoad({ claims, sources: entries, tags });
  } catch (error) {
    await texts.catch(() => undefined);
    throw error;
  }
  const sources = await texts;
  onProgress(3, 3);
  return { claims, sources, tags };
}

/** The claims a saved filter covers, found through an index, and the live sources they are on. */
async function readNarrowed(
  store: Store,
  filter: BriefingClaimFilter,
  onProgress: ReadProgress,
): Promise<BriefingLibrary> {
  const { db } = store;
  const tags = await listTags(store);
  onProgress(1, 3);
  const sourceIds = filter.sourceIds ?? [];
  const tagIds = filter.tagIds ?? [];
  const candidates = sourceIds.length
    ? await db.claims
        .where('[sourceId+status]')
        .anyOf(sourceIds.flatMap((id) => CITABLE_STATUSES.map((status) => [id, status])))
        .toArray()
    : tagIds.length
      ? await db.claims.where('tagIds').anyOf(tagIds).distinct().toArray()
      : await db.claims
          .where('kind')
          .anyOf(filter.kinds ?? [])
          .toArray();
  const claims = applyBriefingFilter(candidates.filter(isCitableClaim), filter).sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  onProgress(2, 3);
  const wanted = [...new Set(claims.map((claim) => claim.sourceId))];
  const found = await getWholeSources(db, wanted);
  const sources = found
    .filter((source): source is Source => source !== undefined && !source.deleted)
    .sort((a, b) => a.title.localeCompare(b.title));
  onProgress(3, 3);
  return { claims, sources, tags };
}
