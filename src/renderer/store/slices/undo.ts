// The last change the researcher can take back with Undo or Ctrl+Z: a deleted claim, an edited claim (its
// version before the edit), a removed source (with the claims removed with it) or a codebook edit (a tag
// deleted or merged). Undoing is a write, done by the feature that owns it; the store only remembers what
// there is to undo.
import type { Claim, Tag } from '../../../core/model/records';
import { defineSlice } from '../create-store';

export type UndoAction =
  | { type: 'restore-claim'; claimId: string }
  | { type: 'revert-claim'; before: Claim }
  | { type: 'restore-source'; sourceId: string; claimIds: string[] }
  /** A codebook edit (a tag deleted or merged): the tags and claims as they were before it. */
  | { type: 'revert-codebook'; before: { tags: Tag[]; claims: Claim[] } };
export type UndoEntry = { id: number; message: string; action: UndoAction };
export type UndoState = { entry: UndoEntry | null; lastId: number };

export const undo = defineSlice((): UndoState => ({ entry: null, lastId: 0 }), {
  offerUndo: (state: UndoState, message: string, action: UndoAction): UndoState => {
    const id = state.lastId + 1;
    return { entry: { id, message, action }, lastId: id };
  },
  /** Forgets the offer with this id (taken, or timed out); a newer offer stays. */
  forgetUndo: (state: UndoState, id: number): UndoState =>
    state.entry?.id === id ? { ...state, entry: null } : state,
});
