// The messages between the app and the database-import worker: what to do with a bundle's text (preview
// the merge, or make it) against which database, and the answer: the same result the storage functions
// give when called in the page.
import type { ImportDatabaseResult } from '../../storage/library-exchange';

export type ExchangeRequest = { task: 'preview' | 'import'; databaseName: string; text: string };
export type ExchangeReply =
  { type: 'done'; result: ImportDatabaseResult } | { type: 'error'; message: string };
