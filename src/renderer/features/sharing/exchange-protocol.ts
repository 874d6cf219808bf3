// The messages between the app and the database-exchange worker: a bundle file's bytes to preview the
// merge of (the worker keeps the library it read from them), the import of the file it previewed last,
// or an export to write, each against the database named; and the answer: the same result the storage
// functions give when called in the page, or the exported file's bytes. The bytes are decoded in the
// worker: at library size that alone held the window for a second; and they are moved, not copied
// (copying 200 MB held it for a quarter).
import type { ImportDatabaseResult } from '../../storage/library-exchange';
import type { ExportRequest } from './export-library';

export type ExchangeRequest =
  | { task: 'preview'; databaseName: string; bytes: Uint8Array }
  /** Merges the library the last successful preview read, without reading its file again. */
  | { task: 'import'; databaseName: string }
  | { task: 'export'; databaseName: string; request: ExportRequest };
export type ExchangeReply =
  | { type: 'done'; result: ImportDatabaseResult }
  | { type: 'exported'; bytes: Uint8Array }
  | { type: 'error'; message: string };
