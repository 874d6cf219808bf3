// The messages between the app and the database-exchange worker: what to do with a bundle file's bytes
// (preview the merge, or make it) against which database, or an export to write from it, and the answer:
// the same result the storage functions give when called in the page, or the exported file's bytes. The
// bytes are decoded in the worker: at library size that alone held the window for a second; and they are
// moved, not copied (copying 200 MB held it for a quarter).
import type { ImportDatabaseResult } from '../../storage/library-exchange';
import type { ExportRequest } from './export-library';

export type ExchangeRequest =
  | { task: 'preview' | 'import'; databaseName: string; bytes: Uint8Array }
  | { task: 'export'; databaseName: string; request: ExportRequest };
/** A bundle's bytes come back with the answer: they are moved to the worker and back, never copied. */
export type ExchangeReply =
  | { type: 'done'; result: ImportDatabaseResult; bytes: Uint8Array }
  | { type: 'exported'; bytes: Uint8Array }
  | { type: 'error'; message: string };
