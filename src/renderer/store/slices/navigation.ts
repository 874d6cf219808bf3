// Where the researcher is: the source open in the reader, the claim selected in it, the passage selected
// with the keyboard (the mouse's selection lives in the page itself), and which tab of the side pane shows.
import { defineSlice } from '../create-store';

export type SideTab = 'claims' | 'suggestions' | 'crosschecks' | 'search';
export type TextRange = { start: number; end: number };

export type NavigationState = {
  openSourceId: string | null;
  selectedClaimId: string | null;
  /** A passage selected by keyboard in the open source, as stored offsets. */
  keyboardRange: TextRange | null;
  sideTab: SideTab;
};

const same = (a: TextRange | null, b: TextRange | null) =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

export const navigation = defineSlice(
  (): NavigationState => ({
    openSourceId: null,
    selectedClaimId: null,
    keyboardRange: null,
    sideTab: 'claims',
  }),
  {
    openSource: (state: NavigationState, id: string | null): NavigationState =>
      state.openSourceId === id
        ? state
        : { ...state, openSourceId: id, selectedClaimId: null, keyboardRange: null },
    /** Selects a claim, opening its source when it is not the open one. */
    showClaim: (state: NavigationState, claimId: string | null, sourceId?: string): NavigationState => {
      const openSourceId = sourceId ?? state.openSourceId;
      if (state.selectedClaimId === claimId && state.openSourceId === openSourceId) return state;
      const keyboardRange = openSourceId === state.openSourceId ? state.keyboardRange : null;
      return { ...state, selectedClaimId: claimId, openSourceId, keyboardRange };
    },
    selectKeyboardRange: (state: NavigationState, range: TextRange | null): NavigationState =>
      same(state.keyboardRange, range) ? state : { ...state, keyboardRange: range },
    showTab: (state: NavigationState, sideTab: SideTab): NavigationState =>
      state.sideTab === sideTab ? state : { ...state, sideTab },
    /** A source removed from the library can no longer be open. */
    forgetSource: (state: NavigationState, id: string): NavigationState =>
      state.openSourceId === id
        ? { ...state, openSourceId: null, selectedClaimId: null, keyboardRange: null }
        : state,
  },
);
