// A bundle file's preview or import against one store: its bytes decoded (UTF-8, strictly), then the merge
// previewed or written by storage. The database-import worker runs it, and the page itself where there
// are no workers, so both give the same answer to the same file.
import { decodeBundleBytes } from '../../../core/exchange/decode-bundle-bytes';
import type { Store } from '../../storage/database';
import {
  importDatabase,
  previewDatabaseImport,
  type ImportDatabaseResult,
} from '../../storage/library-exchange';
import type { ExchangeRequest } from './exchange-protocol';

export function runExchangeTask(
  store: Store,
  task: ExchangeRequest['task'],
  bytes: Uint8Array,
): Promise<ImportDatabaseResult> {
  const decoded = decodeBundleBytes(bytes);
  if (!decoded.ok) return Promise.resolve(decoded);
  return task === 'preview'
    ? previewDatabaseImport(store, decoded.text)
    : importDatabase(store, decoded.text);
}
