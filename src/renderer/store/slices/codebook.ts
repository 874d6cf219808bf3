// The Codebook view: whether it is shown beside the panes, and which tag in it is selected (its tools
// open under it). A selected tag that is deleted or merged is forgotten.
import { defineSlice } from '../create-store';

export type CodebookState = { open: boolean; selectedTagId: string | null };

export const codebook = defineSlice((): CodebookState => ({ open: false, selectedTagId: null }), {
  toggleCodebook: (state: CodebookState): CodebookState => ({ ...state, open: !state.open }),
  closeCodebook: (state: CodebookState): CodebookState => (state.open ? { ...state, open: false } : state),
  selectTag: (state: CodebookState, tagId: string | null): CodebookState =>
    state.selectedTagId === tagId ? state : { ...state, selectedTagId: tagId },
  forgetCodebookTag: (state: CodebookState, tagId: string): CodebookState =>
    state.selectedTagId === tagId ? { ...state, selectedTagId: null } : state,
});
