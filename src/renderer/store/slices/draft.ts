// The claim being written: a new one from a passage of a source, or an existing one being edited. The
// form's fields are the form's own state; the store says only which claim is open for writing, so the
// reader can show the passage and the side pane the form.
import type { ClaimTarget } from '../../../core/model/records';
import { defineSlice } from '../create-store';

export type Draft =
  { mode: 'new'; sourceId: string; target: ClaimTarget } | { mode: 'edit'; claimId: string };
export type DraftState = { draft: Draft | null };

export const draft = defineSlice((): DraftState => ({ draft: null }), {
  startNewClaim: (_state: DraftState, sourceId: string, target: ClaimTarget): DraftState => ({
    draft: { mode: 'new', sourceId, target },
  }),
  startEditClaim: (_state: DraftState, claimId: string): DraftState => ({ draft: { mode: 'edit', claimId } }),
  closeDraft: (state: DraftState): DraftState => (state.draft ? { draft: null } : state),
});

/** The passage of a new claim in the open source, shown in the reader while the form is open. */
export function selectPendingRange(state: DraftState, openSourceId: string | null) {
  const d = state.draft;
  if (!d || d.mode !== 'new' || d.sourceId !== openSourceId) return null;
  const { start, end } = d.target.selector[1];
  return { start, end };
}
