// Carries out the store's undo offer: restores a deleted claim, writes back a claim's version from before
// an edit, or brings back a removed source with its claims. Used by the Undo button and by Ctrl+Z.
import { useCallback } from 'react';
import { useWorkbench } from '../../services/workbench-context';
import type { UndoEntry } from '../../store/slices/undo';
import { useActions, useAppState } from '../../store/use-app-store';
import { restoreClaim, revertClaim } from '../../storage/claims';
import { revertCodebookChange } from '../../storage/codebook';
import { restoreSource } from '../../storage/sources';

export function useUndo() {
  const { store, researcher, notify } = useWorkbench();
  const entry = useAppState((s) => s.undo.entry);
  const { undo, navigation } = useActions();

  const perform = useCallback(
    async (taken: UndoEntry) => {
      undo.forgetUndo(taken.id);
      const actor = { researcherId: researcher.id };
      const { action } = taken;
      try {
        if (action.type === 'restore-claim') await restoreClaim(store, action.claimId, actor);
        else if (action.type === 'revert-claim') await revertClaim(store, action.before, actor);
        else if (action.type === 'revert-codebook') await revertCodebookChange(store, action.before, actor);
        else {
          await restoreSource(store, action.sourceId, action.claimIds, actor);
          navigation.openSource(action.sourceId);
        }
        notify({ tone: 'info', title: `Undone: ${taken.message.replace(/\.$/, '').toLowerCase()}.` });
      } catch (error) {
        notify({
          tone: 'error',
          title: 'That could not be undone.',
          lines: [error instanceof Error ? error.message : String(error)],
        });
      }
    },
    [store, researcher.id, notify, undo, navigation],
  );

  const undoLast = useCallback(() => (entry ? perform(entry) : Promise.resolve()), [entry, perform]);
  const dismiss = useCallback(() => entry && undo.forgetUndo(entry.id), [entry, undo]);
  return { entry, undoLast, dismiss };
}
