// The root component: starts the app (database, researcher, platform), then provides the workbench context
// and shows the workbench. While starting, or if the database cannot be opened, it says so plainly.
import { useMemo } from 'react';
import { getResearcher } from '../storage/researchers';
import { useStoreQuery } from '../storage/live-query';
import type { Store } from '../storage/database';
import type { Platform } from '../../core/model/platform';
import { useBootstrap } from './use-bootstrap';
import { useNotices } from './use-notices';
import { Workbench } from './Workbench';
import { WorkbenchContext } from './workbench-context';

type ReadyProps = { store: Store; platform: Platform; researcherId: string; persisted: boolean | undefined };

function ReadyApp({ store, platform, researcherId, persisted }: ReadyProps) {
  const { notices, notify, dismiss } = useNotices();
  const researcher = useStoreQuery(
    () => getResearcher(store, researcherId),
    [store, researcherId],
    undefined,
  );
  const value = useMemo(
    () => (researcher ? { store, platform, researcher, notify } : null),
    [store, platform, researcher, notify],
  );
  if (!value) return <p className="boot-message">Opening your library…</p>;
  return (
    <WorkbenchContext.Provider value={value}>
      <Workbench notices={notices} onDismissNotice={dismiss} persisted={persisted} />
    </WorkbenchContext.Provider>
  );
}

export function App() {
  const { boot, persisted } = useBootstrap();
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
    <ReadyApp
      store={boot.store}
      platform={boot.platform}
      researcherId={boot.researcherId}
      persisted={persisted}
    />
  );
}
