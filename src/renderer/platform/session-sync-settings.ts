// The browser build's keeper of the team sync settings: memory only, for as long as the page is open. A
// web page has no keychain to encrypt a password with, and a password in localStorage would be plain text
// on disk, so the researcher enters it again after a reload. A server the page's own policy does not let
// it reach is refused here, with what to do about it.
import type { SyncSettingsKeeper } from '../../core/model/platform';
import { parseSyncServer } from '../../core/sync/sync-origin';
import type { SyncSettings } from '../../core/sync/sync-settings';
import { connectOrigins } from './page-policy';

/** `pagePolicy`: the page's CSP; undefined when it has none (then any server the rule admits is tried). */
export function createSessionSyncSettings(pagePolicy?: string): SyncSettingsKeeper {
  let kept: SyncSettings | null = null;
  const reachable = pagePolicy === undefined ? undefined : connectOrigins(pagePolicy);
  return {
    load: async () => (kept ? { ...kept } : null),
    save: async (settings) => {
      const server = parseSyncServer(settings.serverUrl);
      if (!server.ok) throw new Error(server.error);
      if (reachable && !reachable.includes(server.origin)) {
        throw new Error(
          reachable.length === 0
            ? `This web page was served without a sync server, so it cannot reach ${server.origin}. Serve it with EVIDENCE_SYNC_SERVER=${server.origin} (see the README), or use the desktop app.`
            : `This web page was served for the sync server ${reachable.join(', ')} and cannot reach ${server.origin}.`,
        );
      }
      kept = { ...settings };
      return 'session';
    },
    clear: async () => {
      kept = null;
    },
  };
}
