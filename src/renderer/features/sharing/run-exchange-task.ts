// A bundle file's preview or import against one store: its bytes decoded (UTF-8, strictly), parsed and
// its text hashes checked (readBundleFile), then the merge previewed or written by storage. The exchange
// worker reads the file once for both steps (exchange-handler.ts); the page runs the whole task each time
// where there are no workers, so both give the same answer to the same file.
import { decodeBundleBytes } from '../../../core/exchange/decode-bundle-bytes';
import type { Store } from '../../storage/database';
import {
  importLibrary,
  previewLibraryImport,
  readIncomingBundle,
  type ImportDatabaseResult,
  type IncomingBundle,
} from '../../storage/library-exchange';

/** A bundle file's library, its records checked, or why it cannot be imported. */
export function readBundleFile(
  bytes: Uint8Array,
): Promise<({ ok: true } & IncomingBundle) | { ok: false; error: string }> {
  const decoded = decodeBundleBytes(bytes);
  if (!decoded.ok) return Promise.resolve(decoded);
  return readIncomingBundle(decoded.text);
}

export async function runExchangeTask(
  store: Store,
  task: 'preview' | 'import',
  bytes: Uint8Array,
): Promise<ImportDatabaseResult> {
  const incoming = await readBundleFile(bytes);
  if (!incoming.ok) return incoming;
  return task === 'preview'
    ? previewLibraryImport(store, incoming.library, incoming.checked)
    : importLibrary(store, incoming.library, incoming.checked);
}
