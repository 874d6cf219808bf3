// Every live claim, for the one task that still works over the whole library in the page: the export
// dialog (through use-listed-claims). The panes no longer need it: they ask storage for what they show
// (storage/listed-claims), and search, cross-checks and the briefing read the database in their own
// workers. All its users share one live query per database, started once the library is listed so that
// reading a hundred thousand claims never holds up the Library pane. Once export reads the database in
// its own worker, this hook goes.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { Claim } from '../../core/model/records';
import { useWorkbench } from '../services/workbench-context';
import { listClaims } from '../storage/claims';
import type { Store } from '../storage/database';
import { useLibraryData } from './library-data';

type AllClaims = { status: 'loading' | 'ready' | 'failed'; claims: Claim[] };
type Shared = { latest: AllClaims; listeners: Set<(value: AllClaims) => void>; stop: () => void };

const LOADING: AllClaims = { status: 'loading', claims: [] };
const shared = new WeakMap<Store, Shared>();

function subscribe(store: Store, listener: (value: AllClaims) => void): () => void {
  let entry = shared.get(store);
  if (!entry) {
    const created: Shared = { latest: LOADING, listeners: new Set(), stop: () => undefined };
    const publish = (value: AllClaims) => {
      created.latest = value;
      for (const each of created.listeners) each(value);
    };
    const subscription = liveQuery(() => listClaims(store)).subscribe({
      next: (claims) => publish({ status: 'ready', claims }),
      error: () => publish({ status: 'failed', claims: [] }),
    });
    created.stop = () => subscription.unsubscribe();
    shared.set(store, created);
    entry = created;
  }
  const current = entry;
  current.listeners.add(listener);
  listener(current.latest);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.stop();
      shared.delete(store);
    }
  };
}

export function useAllClaimsForTask(): AllClaims {
  const { store } = useWorkbench();
  const listed = useLibraryData().status === 'ready';
  const [value, setValue] = useState<AllClaims>(LOADING);
  useEffect(() => (listed ? subscribe(store, setValue) : undefined), [store, listed]);
  return value;
}
