// Team sync as the researcher sees it: whether it is set up (server, database, user: never the
// password, which stays with the platform's keeper), whether to keep in sync, and the engine's last
// status (last synced, changes waiting, offline, what went wrong). The status line's words are a selector,
// so the header and the Team sync dialog say the same thing.
import type { SyncStatus } from '../../../core/sync/sync-status';
import { INITIAL_STATUS } from '../../../core/sync/sync-status';
import { defineSlice } from '../create-store';

export type SyncTargetView = { serverUrl: string; database: string; username: string };

export type SyncState = {
  /** null: no server configured (everything works locally). */
  target: SyncTargetView | null;
  keepInSync: boolean;
  status: SyncStatus;
  /** The settings are kept but the password is not (a reload of the browser build, no keychain). */
  needsPassword: boolean;
  /** Another window of this library holds its sync; this one waits and takes over when it closes. */
  otherWindowSyncs: boolean;
};

const sameTarget = (a: SyncTargetView | null, b: SyncTargetView | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.serverUrl === b.serverUrl &&
    a.database === b.database &&
    a.username === b.username);

export const sync = defineSlice(
  (): SyncState => ({
    target: null,
    keepInSync: false,
    status: INITIAL_STATUS,
    needsPassword: false,
    otherWindowSyncs: false,
  }),
  {
    /** Settings saved, loaded or forgotten (null); a new target starts from a fresh status. */
    configure: (state: SyncState, target: SyncTargetView | null, needsPassword = false): SyncState =>
      sameTarget(state.target, target) && state.needsPassword === needsPassword
        ? state
        : {
            ...state,
            target,
            needsPassword,
            status: sameTarget(state.target, target) ? state.status : INITIAL_STATUS,
          },
    setKeepInSync: (state: SyncState, keepInSync: boolean): SyncState =>
      state.keepInSync === keepInSync ? state : { ...state, keepInSync },
    recordStatus: (state: SyncState, status: SyncStatus): SyncState =>
      state.status === status ? state : { ...state, status },
    recordOtherWindow: (state: SyncState, otherWindowSyncs: boolean): SyncState =>
      state.otherWindowSyncs === otherWindowSyncs ? state : { ...state, otherWindowSyncs },
  },
);

export type SyncTone = 'off' | 'ok' | 'busy' | 'offline' | 'error';

/** How the status line looks: a quiet "off", fine, working, offline, or an error to act on. */
export function selectSyncTone(state: SyncState): SyncTone {
  if (state.target === null) return 'off';
  if (state.needsPassword || state.status.error) return 'error';
  if (state.status.offline) return 'offline';
  if (state.status.state === 'syncing') return 'busy';
  return 'ok';
}

const SHORT_ERRORS: Record<string, string> = {
  unauthorized: 'wrong user name or password',
  forbidden: 'no access to the database',
  'read-only': 'read-only, can pull but not push',
  'not-found': 'no such database on the server',
  server: 'the server reported an error',
};

const waiting = (pending: number) =>
  pending === 0 ? '' : ` · ${pending} change${pending === 1 ? '' : 's'} waiting`;

/** The status line in words; `formatTime` turns an ISO time into the researcher's clock time. */
export function describeSyncLine(state: SyncState, formatTime: (iso: string) => string): string {
  const { target, status } = state;
  if (target === null) return 'Team sync: off';
  if (state.needsPassword) return 'Team sync: enter your password';
  if (state.otherWindowSyncs) return 'Team sync: another window of this library is syncing it';
  if (status.error) return `Team sync: ${SHORT_ERRORS[status.error.kind] ?? status.error.message}`;
  const last = status.lastSynced ? `last synced ${formatTime(status.lastSynced)}` : 'not synced yet';
  if (status.offline) return `Team sync: offline, ${last}${waiting(status.pending)}`;
  if (status.state === 'syncing') return `Team sync: syncing…${waiting(status.pending)}`;
  const live = status.state === 'live' ? 'live, ' : '';
  return `Team sync: ${live}${last}${waiting(status.pending)}`;
}
