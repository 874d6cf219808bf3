// Saving, deleting and restoring claims for the UI: new tag names become tags, every write is stamped with
// the local researcher, and a delete or an edit can be undone (the store remembers the offer; features/undo
// carries it out). A failed write is reported, never silent.
import { useCallback } from 'react';
import type { Claim, ClaimFields } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { useActions } from '../../store/use-app-store';
import { deleteClaim, getClaim, saveClaim } from '../../storage/claims';
import { ensureTags } from '../../storage/tags';
import { formToDraft, type ClaimFormState } from './claim-form-state';

export function useClaimActions() {
  const { store, researcher, notify } = useWorkbench();
  const { undo } = useActions();

  const save = useCallback(
    async (form: ClaimFormState, fields: ClaimFields): Promise<Claim> => {
      const before = form.id ? await getClaim(store, form.id) : undefined;
      const tags = await ensureTags(store, form.tagNames, { researcherId: researcher.id });
      const draft = formToDraft(
        form,
        fields,
        tags.map((t) => t.id),
      );
      const saved = await saveClaim(store, draft, { researcherId: researcher.id });
      if (before) undo.offerUndo('Claim edited.', { type: 'revert-claim', before });
      return saved;
    },
    [store, researcher.id, undo],
  );

  const remove = useCallback(
    async (claim: Claim) => {
      try {
        await deleteClaim(store, claim.id, { researcherId: researcher.id });
        undo.offerUndo('Claim deleted.', { type: 'restore-claim', claimId: claim.id });
      } catch (error) {
        notify({
          tone: 'error',
          title: 'The claim could not be deleted.',
          lines: [error instanceof Error ? error.message : String(error)],
        });
      }
    },
    [store, researcher.id, undo, notify],
  );

  return { save, remove };
}
