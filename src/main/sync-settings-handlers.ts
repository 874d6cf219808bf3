// The team sync settings' side of IPC: load, save and forget, each also setting which origin the
// request filter and CSP admit (the sync door), so the page can reach the configured server and no other.
import type { SyncSettings } from '../core/sync/sync-settings';
import type { PasswordKept, SyncCredentialStore } from './sync-credentials';
import type { SyncDoor } from './sync-door';

export type SyncSettingsDeps = { credentials: SyncCredentialStore; door: SyncDoor };

export async function loadSyncSettings(deps: SyncSettingsDeps): Promise<SyncSettings | null> {
  const settings = await deps.credentials.load();
  deps.door.openFor(settings?.serverUrl);
  return settings;
}

export async function saveSyncSettings(
  settings: SyncSettings,
  deps: SyncSettingsDeps,
): Promise<PasswordKept> {
  const kept = await deps.credentials.save(settings);
  deps.door.openFor(settings.serverUrl);
  return kept;
}

export async function clearSyncSettings(deps: SyncSettingsDeps): Promise<true> {
  deps.door.openFor(undefined);
  await deps.credentials.clear();
  return true;
}
