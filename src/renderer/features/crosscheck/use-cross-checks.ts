// The library's cross-checks and each claim's badges, worked out off the main thread once per change of
// its claims or sources (compute-cross-checks.ts); until the first answer, there are none to show.
import { useEffect, useMemo, useState } from 'react';
import { crossCheckBadges } from '../../../core/crosscheck/cross-check-badges';
import type { CrossChecks } from '../../../core/crosscheck/cross-check-types';
import { useLibraryData } from '../../data/library-data';
import { useAllClaimsForTask } from '../../data/use-all-claims-for-task';
import { computeCrossChecks } from './compute-cross-checks';

const NONE: CrossChecks = { corroborations: [], conflicts: [], sums: [] };

export function useCrossChecks() {
  const { sources } = useLibraryData();
  const { claims } = useAllClaimsForTask();
  const [checks, setChecks] = useState<CrossChecks>(NONE);
  useEffect(() => {
    let current = true;
    void computeCrossChecks(claims, sources).then((found) => current && setChecks(found));
    return () => {
      current = false;
    };
  }, [claims, sources]);
  const badges = useMemo(() => crossCheckBadges(checks), [checks]);
  return { checks, badges };
}
