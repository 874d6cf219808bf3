// Clients for the sync tests: a library in memory (core's MemoryLibrary, the CLI's port), a local PouchDB
// in memory and a session against a given remote database, plus what to compare after syncing.
import { canonicalJson } from '../../../src/core/exchange/canonical-json';
import { createBundle } from '../../../src/core/exchange/create-bundle';
import type { Library } from '../../../src/core/model/records';
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

/** The library as a bundle would hold it (records sorted by id): equal libraries give equal text. */
export function libraryText(library: Library): string {
  return canonicalJson(createBundle(library, '2000-01-01T00:00:00.000Z').library);
}
