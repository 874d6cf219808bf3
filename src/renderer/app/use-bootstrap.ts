// Start-up: open the database, make sure the local researcher exists, pick the host platform and ask the
// browser to keep our storage (navigator.storage.persist), handing its answer to the caller.
import { useEffect, useState } from 'react';
import type { Platform } from '../../core/model/platform';
import { selectPlatform } from '../platform/select-platform';
import { openStore, type Store } from '../storage/database';
import { ensureLocalResearcher } from '../storage/researchers';
import { requestPersistence } from '../features/storage-status/request-persistence';

export type BootState =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; store: Store; platform: Platform; researcherId: string };

let sharedStore: Store | undefined;

export function useBootstrap(onPersistence: (persisted: boolean | undefined) => void): BootState {
  const [boot, setBoot] = useState<BootState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void requestPersistence().then((value) => !cancelled && onPersistence(value));
    (async () => {
      sharedStore ??= openStore();
      const researcher = await ensureLocalResearcher(sharedStore);
      const platform = selectPlatform();
      if (!cancelled) setBoot({ status: 'ready', store: sharedStore, platform, researcherId: researcher.id });
    })().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!cancelled) setBoot({ status: 'failed', error: message });
    });
    return () => {
      cancelled = true;
    };
  }, [onPersistence]);
  return boot;
}
