// The library's cross-checks and each claim's badges, worked out once per change of its claims or sources
// (the core rules are pure, so a memo over the library data is all the caching they need).
import { useMemo } from 'react';
import { crossCheckBadges } from '../../../core/crosscheck/cross-check-badges';
import { findCrossChecks } from '../../../core/crosscheck/find-cross-checks';
import { useLibraryData } from '../../data/library-data';

export function useCrossChecks() {
  const { claims, sources } = useLibraryData();
  const checks = useMemo(() => findCrossChecks(claims, sources), [claims, sources]);
  const badges = useMemo(() => crossCheckBadges(checks), [checks]);
  return { checks, badges };
}
