// The messages between the app and the database-import worker: what to do with a bundle file's bytes
// (preview the merge, or make it) against which database, and the answer: the same result the storage
// functions give when called in the page. The bytes are decoded in the worker: at library size that alone
// held the window for a second.
import type { ImportDatabaseResult } from '../../storage/library-exchange';

export type ExchangeRequest = { task: 'preview' | 'import'; databaseName: string; bytes: Uint8Array };
export type ExchangeReply =
  { type: 'done'; result: ImportDatabaseResult } | { type: 'error'; message: string };
