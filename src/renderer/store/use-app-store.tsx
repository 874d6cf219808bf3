// How components read the store: useAppState(selector) re-renders only when the selected value changes;
// useActions() gives the bound actions. The store is provided once, by the app shell.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppActions, AppState, AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for code that must read the current state outside rendering (a running task). */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The app store is read inside StoreProvider only.');
  return store;
}

export function useAppState<T>(select: (state: AppState) => T): T {
  const store = useAppStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useActions(): AppActions {
  return useAppStore().actions;
}
