// The Claims list's filters: kind, tag (optionally with the tags under it in the codebook) and source. The
// briefing can use the same filtered list.
import type { ClaimKind } from '../../../core/model/records';
import { defineSlice } from '../create-store';

export type ClaimFilters = {
  kind: ClaimKind | 'all';
  tagId: string | 'all';
  source: 'all' | 'open';
  /** With a tag chosen: also list claims carrying any tag under it. */
  withSubtags?: boolean;
};
export const NO_FILTERS: ClaimFilters = { kind: 'all', tagId: 'all', source: 'all' };

export const filters = defineSlice((): ClaimFilters => NO_FILTERS, {
  setFilters: (state: ClaimFilters, patch: Partial<ClaimFilters>): ClaimFilters => {
    const next = { ...state, ...patch };
    return next.kind === state.kind &&
      next.tagId === state.tagId &&
      next.source === state.source &&
      next.withSubtags === state.withSubtags
      ? state
      : next;
  },
  clearFilters: (state: ClaimFilters): ClaimFilters => (isFiltered(state) ? NO_FILTERS : state),
  /** A tag that no longer exists cannot filter the list. */
  forgetTag: (state: ClaimFilters, tagId: string): ClaimFilters => {
    if (state.tagId !== tagId) return state;
    const { withSubtags: _dropped, ...rest } = state;
    return { ...rest, tagId: 'all' };
  },
});

export function isFiltered(state: ClaimFilters): boolean {
  return state.kind !== 'all' || state.tagId !== 'all' || state.source !== 'all';
}
