// What the researcher sees of sync, and the words for what went wrong. A wrong password (401) or a refusal
// (403) stops sync until the settings change, so a bad password is never sent again and again; a server
// that cannot be reached only makes the client "offline", and changes wait until it is back. A member the
// server lets read but not write (its validate_doc_update refuses them) still pulls, and is told so.
import type { Refusal } from './plan-incoming';

export type SyncErrorKind = 'unauthorized' | 'forbidden' | 'read-only' | 'not-found' | 'server';
export type SyncError = { kind: SyncErrorKind; message: string };

export type SyncStatus = {
  /** idle (never run or stopped), syncing (a pass under way), live (keeping in sync), stopped on error. */
  state: 'idle' | 'syncing' | 'live' | 'error';
  /** When the last pass that reached the server finished (ISO time), null before the first. */
  lastSynced: string | null;
  /** Changes made here that the server does not have yet. */
  pending: number;
  /** The server could not be reached; changes wait and go when it is back. */
  offline: boolean;
  error: SyncError | null;
  /** Documents from the server that were not taken into the library, with why. */
  refused: Refusal[];
};

export const INITIAL_STATUS: SyncStatus = {
  state: 'idle',
  lastSynced: null,
  pending: 0,
  offline: false,
  error: null,
  refused: [],
};

type ErrorLike = { status?: unknown; name?: unknown; message?: unknown; reason?: unknown };

/** The HTTP status of a PouchDB error, or undefined for a network failure. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as ErrorLike | null)?.status;
  return typeof status === 'number' && status >= 100 ? status : undefined;
}

/** A failure in words; null when it is the network (the client is offline, not in error). */
export function describeSyncFailure(error: unknown, database: string): SyncError | null {
  const status = statusOf(error);
  const reason = String((error as ErrorLike | null)?.reason ?? (error as ErrorLike | null)?.message ?? '');
  if (status === 401) {
    return {
      kind: 'unauthorized',
      message:
        'The server did not accept the user name and password (401). Sync has stopped; check them in Team sync and sync again.',
    };
  }
  if (status === 403) {
    return {
      kind: 'forbidden',
      message: `This user may not open the database "${database}" (403). Ask the server's administrator to add them to its members.`,
    };
  }
  if (status === 404) {
    return {
      kind: 'not-found',
      message: `The database "${database}" does not exist on the server (404). Ask the server's administrator to create it.`,
    };
  }
  if (status === undefined) return null;
  return {
    kind: 'server',
    message: `The server answered with an error (${status}${reason ? `: ${reason}` : ''}).`,
  };
}

/** The message for a member whose changes the server refused (pull works, push does not). */
export function readOnlyError(refusedChanges: number): SyncError {
  return {
    kind: 'read-only',
    message: `You can read this team library but not change it: the server refused ${refusedChanges} change${refusedChanges === 1 ? '' : 's'} (403). Changes by others still arrive; yours stay on this computer.`,
  };
}

/** Whether a replication's write errors are refusals by the server's access rules. */
export function isForbiddenWrite(error: unknown): boolean {
  const e = error as ErrorLike | null;
  return (
    statusOf(error) === 403 ||
    e?.name === 'forbidden' ||
    (e as { error?: unknown } | null)?.error === 'forbidden'
  );
}
