// What the researcher is searching for across the library: the words in the header's "Search" box and the
// filters of the results (one source format, one tag). The results themselves come from the search worker.
import type { SourceFormat } from '../../../core/model/records';
import { defineSlice } from '../create-store';

export type SearchState = { query: string; format: SourceFormat | 'all'; tagId: string | 'all' };

export const search = defineSlice((): SearchState => ({ query: '', format: 'all', tagId: 'all' }), {
  setQuery: (state: SearchState, query: string): SearchState =>
    state.query === query ? state : { ...state, query },
  setSearchFilters: (state: SearchState, patch: Partial<Omit<SearchState, 'query'>>): SearchState => {
    const next = { ...state, ...patch };
    return next.format === state.format && next.tagId === state.tagId ? state : next;
  },
  /** A tag that no longer exists cannot filter the results. */
  forgetSearchTag: (state: SearchState, tagId: string): SearchState =>
    state.tagId === tagId ? { ...state, tagId: 'all' } : state,
});
