// The search worker's view of the library: it reads the sources, claims and tag names from IndexedDB
// itself and keeps the version stamps it has indexed (diff-library.ts), so each read of the database
// yields only what the index must change. The worker runs it under a live query, so a change made in any
// window is indexed without the window sending the library over.
import type { Claim, Source, Tag } from '../../../core/model/records';
import { listClaims } from '../../storage/claims';
import type { Store } from '../../storage/database';
import { listWholeSources } from '../../storage/sources';
import { listTags } from '../../storage/tags';
import { diffLibrary, emptyStamps } from './diff-library';
import type { IndexChanges } from './search-protocol';

export type LibraryRead = { sources: Source[]; claims: Claim[]; tags: Tag[] };

/** Everything the index is built from, as stored now. */
export async function readSearchLibrary(store: Store): Promise<LibraryRead> {
  const [sources, claims, tags] = await Promise.all([
    listWholeSources(store),
    listClaims(store),
    listTags(store),
  ]);
  return { sources, claims, tags };
}

/** A function that turns each read of the library into the changes since the last one. */
export function createIndexDiffer(): (read: LibraryRead) => IndexChanges {
  let indexed = emptyStamps();
  return ({ sources, claims, tags }) => {
    const { changes, next } = diffLibrary(indexed, sources, claims, new Map(tags.map((t) => [t.id, t])));
    indexed = next;
    return changes;
  };
}
