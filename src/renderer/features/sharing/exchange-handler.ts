// The database-exchange worker's work as a plain function of its messages, so it runs the same in the
// worker and in a Node test. A preview reads the bundle file (decoded, parsed, every record checked, text
// hashes verified) and keeps the library it read; the import that follows merges that library, so "Import
// database" reads and checks a file of 100,000 claims once, not twice. The merge itself is planned again
// inside the import's transaction against the library as it is then, so a change made meanwhile (in
// another window) is merged, not overwritten. A failed preview keeps nothing; an import takes what is
// kept, and an import with nothing kept is refused.
import type { Store } from '../../storage/database';
import {
  importLibrary,
  previewLibraryImport,
  type ImportDatabaseResult,
  type IncomingBundle,
} from '../../storage/library-exchange';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';
import { exportLibrary } from './export-library';
import { readBundleFile } from './run-exchange-task';

export const NOTHING_PREVIEWED = 'There is no previewed file to import; choose the file again.';

export function createExchangeHandler(openStore: (databaseName: string) => Store) {
  let kept: IncomingBundle | null = null;

  async function preview(store: Store, bytes: Uint8Array): Promise<ImportDatabaseResult> {
    kept = null;
    const incoming = await readBundleFile(bytes);
    if (!incoming.ok) return incoming;
    const result = await previewLibraryImport(store, incoming.library, incoming.checked);
    if (result.ok) kept = { library: incoming.library, checked: incoming.checked };
    return result;
  }

  async function importKept(store: Store): Promise<ExchangeReply> {
    const incoming = kept;
    kept = null;
    if (!incoming) return { type: 'error', message: NOTHING_PREVIEWED };
    return { type: 'done', result: await importLibrary(store, incoming.library, incoming.checked) };
  }

  return async function handle(request: ExchangeRequest): Promise<ExchangeReply> {
    const store = openStore(request.databaseName);
    try {
      if (request.task === 'export')
        return { type: 'exported', bytes: await exportLibrary(store, request.request) };
      if (request.task === 'import') return await importKept(store);
      return { type: 'done', result: await preview(store, request.bytes) };
    } finally {
      store.db.close();
    }
  };
}
