// Starts the window's team sync with the app (settings read once at start; "Keep in sync" resumes by
// itself) and gives the dialog and the status line the same instance.
import { useEffect } from 'react';
import { useWorkbench } from '../../services/workbench-context';
import type { AppStore } from '../../store/app-store';
import { useAppState, useAppStore } from '../../store/use-app-store';
import type { LockManagerLike } from './hold-lock';
import { createTeamSync, type TeamSync } from './team-sync';

const instances = new WeakMap<AppStore, TeamSync>();

/** The team sync of this window's store, created on first use. */
export function useTeamSyncControls(): TeamSync {
  const appStore = useAppStore();
  const { store, platform } = useWorkbench();
  let instance = instances.get(appStore);
  if (!instance) {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    instance = createTeamSync({ appStore, store, platform, ...(locks ? { locks } : {}) });
    instances.set(appStore, instance);
  }
  return instance;
}

/** Called once by the shell: (re)starts sync at start-up and whenever "Keep in sync" is switched. */
export function useTeamSync(): void {
  const teamSync = useTeamSyncControls();
  const { notify } = useWorkbench();
  const keepInSync = useAppState((s) => s.sync.keepInSync);
  useEffect(() => {
    teamSync
      .refresh()
      .catch((error: unknown) =>
        notify({ tone: 'error', title: 'Team sync could not start.', lines: [String(error)] }),
      );
  }, [teamSync, keepInSync, notify]);
  useEffect(() => () => void teamSync.stop(), [teamSync]);
}
