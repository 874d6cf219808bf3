// The library's cross-checks and each claim's badges, worked out off the main thread by a worker that
// reads the claims itself (compute-cross-checks.ts); until its first answer, there are none to show.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { crossCheckBadges } from '../../../core/crosscheck/cross-check-badges';
import { useWorkbench } from '../../services/workbench-context';
import { latestCrossChecks, subscribeCrossChecks } from './compute-cross-checks';

export function useCrossChecks() {
  const databaseName = useWorkbench().store.db.name;
  const subscribe = useCallback(
    (listener: () => void) => subscribeCrossChecks(databaseName, listener),
    [databaseName],
  );
  const checks = useSyncExternalStore(subscribe, () => latestCrossChecks(databaseName));
  const badges = useMemo(() => crossCheckBadges(checks), [checks]);
  return { checks, badges };
}
