// Start-up: open the database, make sure the local researcher exists, pick the host platform and ask the
// browser to keep our storage (navigator.storage.persist), remembering whether it agreed.
import { useEffect, useState } from 'react';
import type { Platform } from '../../core/model/platform';
import { selectPlatform } from '../platform/select-platform';
import { openStore, type Store } from '../storage/database';
import { ensureLocalResearcher } from '../storage/researchers';

export type BootState =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; store: Store; platform: Platform; researcherId: string };

let sharedStore: Store | undefined;

async function requestPersistence(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return undefined;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return undefined;
  }
}

export function useBootstrap(): { boot: BootState; persisted: boolean | undefined } {
  const [boot, setBoot] = useState<BootState>({ status: 'loading' });
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void requestPersistence().then((value) => !cancelled && setPersisted(value));
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
  }, []);
  return { boot, persisted };
}
