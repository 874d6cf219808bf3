// The messages between the window and the cross-check worker: the window names the database to watch;
// the worker answers with the cross-checks each time they change, or with the error that stopped it.
import type { CrossChecks } from '../../../core/crosscheck/cross-check-types';

export type CrossCheckRequest = { type: 'watch'; databaseName: string };
export type CrossCheckReply = { type: 'checks'; checks: CrossChecks } | { type: 'error'; message: string };
