// The root component: starts the app (database, researcher, platform), then provides the store, the
// workbench services and the library data, and shows the workbench. While starting, or if the database
// cannot be opened, it says so plainly; a failure while drawing is shown, never a blank window.
import { useMemo, useState } from 'react';
import type { Platform } from '../../core/model/platform';
import { LibraryDataProvider } from '../data/library-data';
import { WorkbenchContext } from '../services/workbench-context';
import { createAppStore, type AppStore } from '../store/app-store';
import { StoreProvider } from '../store/use-app-store';
import type { Store } from '../storage/database';
import { useStoreQuery } from '../storage/live-query';
import { getResearcher } from '../storage/researchers';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useBootstrap } from './use-bootstrap';
import { Workbench } from './Workbench';

type ReadyProps = { store: Store; platform: Platform; researcherId: string; appStore: AppStore };

function ReadyApp({ store, platform, researcherId, appStore }: ReadyProps) {
  const researcher = useStoreQuery(
    () => getResearcher(store, researcherId),
    [store, researcherId],
    undefined,
  );
  const notify = appStore.actions.notices.notify;
  const value = useMemo(
    () => (researcher ? { store, platform, researcher, notify } : null),
    [store, platform, researcher, notify],
  );
  if (!value) return <p className="boot-message">Opening your library…</p>;
  return (
    <WorkbenchContext.Provider value={value}>
      <LibraryDataProvider store={store}>
        <Workbench />
      </LibraryDataProvider>
    </WorkbenchContext.Provider>
  );
}

function browserStorage() {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function App() {
  const [appStore] = useState(() => createAppStore(browserStorage()));
  const boot = useBootstrap(appStore.actions.persistence.recordPersistence);
  if (boot.status === 'loading') return <p className="boot-message">Opening your library…</p>;
  if (boot.status === 'failed') {
    return (
      <div className="boot-message" role="alert">
        <h1>The library could not be opened</h1>
        <p>{boot.error}</p>
        <p>Your data has not been changed. Close other windows of the workbench and reload.</p>
      </div>
    );
  }
  return (
    <ErrorBoundary area="workbench">
      <StoreProvider store={appStore}>
        <ReadyApp
          store={boot.store}
          platform={boot.platform}
          researcherId={boot.researcherId}
          appStore={appStore}
        />
      </StoreProvider>
    </ErrorBoundary>
  );
}
