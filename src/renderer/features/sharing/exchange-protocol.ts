// The messages between the app and the database-import worker: what to do with a bundle file's bytes
// (preview the merge, or make it) against which database, and the answer: the same result the storage
// functions give when called in the page. The bytes are decoded in the worker: at library size that alone
// held the window for a second; and they are moved, not copied (copying 200 MB held it for a quarter).
import type { ImportDatabaseResult } from '../../storage/library-exchange';

export type ExchangeRequest = { task: 'preview' | 'import'; databaseName: string; bytes: Uint8Array };
/** The bytes come back with the answer: they are moved to the worker and back, never copied. */
export type ExchangeReply =
  { type: 'done'; result: ImportDatabaseResult; bytes: Uint8Array } | { type: 'error'; message: string };
