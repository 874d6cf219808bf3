// The browser build's keeper of the team sync settings: memory only, for as long as the page is open. A
// web page has no keychain to encrypt a password with, and a password in localStorage would be plain text
// on disk, so the researcher enters it again after a reload.
import type { SyncSettingsKeeper } from '../../core/model/platform';
import type { SyncSettings } from '../../core/sync/sync-settings';

export function createSessionSyncSettings(): SyncSettingsKeeper {
  let kept: SyncSettings | null = null;
  return {
    load: async () => (kept ? { ...kept } : null),
    save: async (settings) => {
      kept = { ...settings };
      return 'session';
    },
    clear: async () => {
      kept = null;
    },
  };
}
