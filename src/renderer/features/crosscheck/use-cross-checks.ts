// The library's cross-checks and each claim's badges, worked out off the main thread by a worker that
// reads the claims itself (compute-cross-checks.ts); until its first answer, there are none to show. When
// the worker fails, `failure` says why and the user is told once in a notice.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { crossCheckBadges } from '../../../core/crosscheck/cross-check-badges';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import {
  latestCrossChecks,
  retryCrossChecks,
  subscribeCrossChecks,
  takeCrossCheckFailure,
} from './compute-cross-checks';

export const CROSS_CHECKS_FAILED = 'Cross-checks could not be worked out';

export function useCrossChecks() {
  const { store, notify } = useWorkbench();
  const databaseName = store.db.name;
  // The worker reads every citable claim: started once the library is listed, so its read does not hold
  // the listing back (none are shown until its first answer either way).
  const listed = useLibraryData().status !== 'loading';
  const subscribe = useCallback(
    (listener: () => void) => (listed ? subscribeCrossChecks(databaseName, listener) : () => {}),
    [databaseName, listed],
  );
  const { checks, failure } = useSyncExternalStore(subscribe, () => latestCrossChecks(databaseName));
  useEffect(() => {
    if (!failure) return;
    const message = takeCrossCheckFailure(databaseName);
    if (message) notify({ tone: 'error', title: CROSS_CHECKS_FAILED, lines: [message] });
  }, [failure, databaseName, notify]);
  const badges = useMemo(
    () =>
      crossCheckBadges({
        corroborations: checks.corroborations,
        conflicts: checks.conflictGroups,
        sums: checks.sums,
      }),
    [checks],
  );
  const retry = useCallback(() => retryCrossChecks(databaseName), [databaseName]);
  return { checks, badges, failure, retry };
}
