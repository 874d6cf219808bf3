// Whether a file being imported looks like a new version of a source already in the library (core's
// findVersionCandidates: same title, same web address, or mostly the same text). The rule compares the
// file's text with every source's, which at library size means reading megabytes of text and shingling
// it, so the app asks a worker that reads the sources itself (find-version-in-worker.ts); this function is
// that worker's work, and the import's own when no worker is given.
import { findVersionCandidates } from '../../../core/versions/find-version-candidates';
import type { Source } from '../../../core/model/records';
import type { Store } from '../../storage/database';
import { listAllSources } from '../../storage/source-versions';

/** What the file is compared by: the new source's id (to skip itself), title, address and text. */
export type VersionProbe = Pick<Source, 'id' | 'title' | 'metadata' | 'text'>;
/** The best candidate's id and title, or null when the file is no new version of anything here. */
export type VersionFound = { id: string; title: string } | null;

export async function findVersionOf(store: Store, probe: VersionProbe): Promise<VersionFound> {
  const [best] = findVersionCandidates(probe, await listAllSources(store));
  return best ? { id: best.source.id, title: best.source.title } : null;
}
