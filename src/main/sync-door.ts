// The one remote origin the desktop app may reach: the team sync server the researcher configured, or
// none. The request filter and the CSP header read it on every request, so saving or forgetting the
// settings opens or closes the door at once, without a restart.
import { syncOriginOf } from '../core/sync/sync-origin';

export type SyncDoor = {
  /** The allowed origin (scheme, host, port), or undefined when sync is not configured. */
  origin(): string | undefined;
  /** Admits the origin of this address (if the core rule allows it) and nothing else. */
  openFor(serverUrl: string | undefined): void;
};

export function createSyncDoor(): SyncDoor {
  let allowed: string | undefined;
  return {
    origin: () => allowed,
    openFor: (serverUrl) => {
      allowed = syncOriginOf(serverUrl);
    },
  };
}
