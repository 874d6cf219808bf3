// The Codebook's UI state: shown or not, the selected tag, forgotten when the tag goes; and the tag filter
// "and sub-tags", dropped with the tag it belonged to.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/renderer/store/app-store';
import { NO_FILTERS } from '../../../src/renderer/store/slices/filters';

describe('codebook slice', () => {
  it('toggles the view and forgets a selected tag that goes away', () => {
    const store = createAppStore();
    store.actions.codebook.toggleCodebook();
    store.actions.codebook.selectTag('t1');
    expect(store.getState().codebook).toEqual({ open: true, selectedTagId: 't1' });
    store.actions.codebook.forgetCodebookTag('t2');
    expect(store.getState().codebook.selectedTagId).toBe('t1');
    store.actions.codebook.forgetCodebookTag('t1');
    store.actions.codebook.closeCodebook();
    expect(store.getState().codebook).toEqual({ open: false, selectedTagId: null });
  });

  it('filters with sub-tags until the tag is forgotten', () => {
    const store = createAppStore();
    store.actions.filters.setFilters({ tagId: 't1', withSubtags: true });
    const state = store.getState().filters;
    store.actions.filters.setFilters({ withSubtags: true });
    expect(store.getState().filters).toBe(state);
    store.actions.filters.forgetTag('t1');
    expect(store.getState().filters).toEqual(NO_FILTERS);
  });
});
