// The one remote origin the desktop app may reach: the team sync server the researcher configured, or
// none. The request filter and the CSP header read it on every request, so saving or forgetting the
// settings opens or closes the door at once, without a restart.
import { parseSyncServer } from '../core/sync/sync-origin';

/** The origin of a server address core's sync rule admits, or undefined (none, or refused). */
export function syncOriginOf(serverUrl: string | undefined): string | undefined {
  if (!serverUrl) return undefined;
  const parsed = parseSyncServer(serverUrl);
  return parsed.ok ? parsed.origin : undefined;
}

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
