// The messages between the window and the cross-check worker: the window names the database to watch;
// the worker answers with the cross-checks each time they change, or with the error that stopped it.
// Conflicts come as groups of claims about one thing (core's `findGroupedCrossChecks`, summarised), not as pairs: a
// library of 100,000 claims has some 700,000 conflicting pairs but about a thousand groups.
import type { ConflictGroupSummary } from '../../../core/crosscheck/conflict-group-summary';
import type { Corroboration, Sum } from '../../../core/crosscheck/cross-check-types';

export type CrossCheckView = {
  corroborations: Corroboration[];
  conflictGroups: ConflictGroupSummary[];
  sums: Sum[];
};

export type CrossCheckRequest = { type: 'watch'; databaseName: string };
export type CrossCheckReply = { type: 'checks'; checks: CrossCheckView } | { type: 'error'; message: string };
