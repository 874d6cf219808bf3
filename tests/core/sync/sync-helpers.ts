// Clients for the sync tests: a library in memory (core's MemoryLibrary, the CLI's port), a local PouchDB
// in memory and a session against a given remote database, plus what to compare after syncing.
import { canonicalJson } from '../../../src/core/exchange/canonical-json';
import { createBundle } from '../../../src/core/exchange/create-bundle';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { reconcileClaims } from '../../../src/core/exchange/reconcile-claims';
import type { Library } from '../../../src/core/model/records';
import { emptyLibrary } from '../../../src/core/sync/sync-documents';
import { createMemoryLibrary, type MemoryLibrary } from '../../../src/core/sync/memory-library';
import type { PouchLike } from '../../../src/core/sync/pouch-types';
import {
  createSyncSession,
  type SyncSession,
  type SyncSessionOptions,
} from '../../../src/core/sync/sync-session';
import { openMemoryPouch } from '../../../src/node-shared/node-pouch';

export type Client = { library: MemoryLibrary; local: PouchLike; session: SyncSession };

export function makeClient(
  remote: PouchLike,
  initial: Library,
  options: Partial<SyncSessionOptions> = {},
): Client {
  const library = createMemoryLibrary(initial);
  const local = openMemoryPouch('client');
  const session = createSyncSession({ local, remote, database: 'team', library, ...options });
  return { library, local, session };
}

/**
 * What merging all the libraries' bundles gives, merged at once: every version side by side, the newest
 * of each record kept (core's merge), then claims on merged tags redirected and claims on changed texts
 * moved, once. (Merging pairwise in some order can differ from this only where a tag merge redirects a
 * claim that is also edited elsewhere: the redirect's new version is made from whichever edit it met.)
 */
export function mergeAll(libraries: Library[]): Library {
  const all: Library = { researchers: [], tags: [], sources: [], claims: [], briefings: [] };
  for (const library of libraries) {
    for (const table of Object.keys(all) as (keyof Library)[]) {
      (all[table] as unknown[]).push(...library[table]);
    }
  }
  return reconcileClaims(mergeLibraries(emptyLibrary(), all).library).library;
}

/** The library as a bundle would hold it (records sorted by id): equal libraries give equal text. */
export function libraryText(library: Library): string {
  return canonicalJson(createBundle(library, '2000-01-01T00:00:00.000Z').library);
}
