// The Claims list's filters: kind, tag and source. The briefing can use the same filtered list.
import type { ClaimKind } from '../../../core/model/records';
import { defineSlice } from '../create-store';

export type ClaimFilters = { kind: ClaimKind | 'all'; tagId: string | 'all'; source: 'all' | 'open' };
export const NO_FILTERS: ClaimFilters = { kind: 'all', tagId: 'all', source: 'all' };

export const filters = defineSlice((): ClaimFilters => NO_FILTERS, {
  setFilters: (state: ClaimFilters, patch: Partial<ClaimFilters>): ClaimFilters => {
    const next = { ...state, ...patch };
    return next.kind === state.kind && next.tagId === state.tagId && next.source === state.source
      ? state
      : next;
  },
  clearFilters: (state: ClaimFilters): ClaimFilters => (isFiltered(state) ? NO_FILTERS : state),
  /** A tag that no longer exists cannot filter the list. */
  forgetTag: (state: ClaimFilters, tagId: string): ClaimFilters =>
    state.tagId === tagId ? { ...state, tagId: 'all' } : state,
});

export function isFiltered(state: ClaimFilters): boolean {
  return state.kind !== 'all' || state.tagId !== 'all' || state.source !== 'all';
}
