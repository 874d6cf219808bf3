// Saving, deleting and restoring claims for the UI: new tag names become tags, every write is stamped with
// the local researcher, and a delete offers Undo.
import { useCallback, useState } from 'react';
import type { Claim, ClaimFields } from '../../../core/model/records';
import { useWorkbench } from '../../app/workbench-context';
import { deleteClaim, restoreClaim, saveClaim } from '../../storage/claims';
import { ensureTags } from '../../storage/tags';
import { formToDraft, type ClaimFormState } from './claim-form-state';

export type UndoOffer = { claimId: string; message: string };

export function useClaimActions() {
  const { store, researcher, notify } = useWorkbench();
  const [undo, setUndo] = useState<UndoOffer | null>(null);

  const save = useCallback(
    async (form: ClaimFormState, fields: ClaimFields): Promise<Claim> => {
      const tags = await ensureTags(store, form.tagNames, { researcherId: researcher.id });
      return saveClaim(
        store,
        formToDraft(
          form,
          fields,
          tags.map((t) => t.id),
        ),
        { researcherId: researcher.id },
      );
    },
    [store, researcher.id],
  );

  const remove = useCallback(
    async (claim: Claim) => {
      await deleteClaim(store, claim.id, { researcherId: researcher.id });
      setUndo({ claimId: claim.id, message: 'Claim deleted.' });
    },
    [store, researcher.id],
  );

  const undoRemove = useCallback(async () => {
    if (!undo) return;
    setUndo(null);
    try {
      await restoreClaim(store, undo.claimId, { researcherId: researcher.id });
    } catch (error) {
      notify({ tone: 'error', title: 'The claim could not be restored.', lines: [String(error)] });
    }
  }, [store, undo, researcher.id, notify]);

  const dismissUndo = useCallback(() => setUndo(null), []);

  return { save, remove, undo, undoRemove, dismissUndo };
}
