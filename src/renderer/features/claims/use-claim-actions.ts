// Saving, deleting and restoring claims for the UI: new tag names become tags, every write is stamped with
// the local researcher, and a delete or an edit can be undone (the store remembers the offer; features/undo
// carries it out). A failed write is reported, never silent. An edit is saved against the version its form
// opened on: a version saved or a delete made in another window since comes back to the form to decide.
import { useCallback } from 'react';
import type { Claim, ClaimFields } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { useActions } from '../../store/use-app-store';
import { saveClaimIfUnchanged, saveClaimKeepingOther, type CheckedSave } from '../../storage/claim-versions';
import { deleteClaim, getClaim, saveClaim } from '../../storage/claims';
import { ensureTags } from '../../storage/tags';
import { formToDraft, type ClaimFormState } from './claim-form-state';

export function useClaimActions() {
  const { store, researcher, notify } = useWorkbench();
  const { undo } = useActions();

  const toDraft = useCallback(
    async (form: ClaimFormState, fields: ClaimFields) => {
      const tags = await ensureTags(store, form.tagNames, { researcherId: researcher.id });
      return formToDraft(
        form,
        fields,
        tags.map((t) => t.id),
      );
    },
    [store, researcher.id],
  );

  /** Saves the form; an edit whose claim changed or was deleted since the form opened is not written. */
  const save = useCallback(
    async (form: ClaimFormState, fields: ClaimFields): Promise<CheckedSave> => {
      const actor = { researcherId: researcher.id };
      const before = form.id ? await getClaim(store, form.id) : undefined;
      const draft = await toDraft(form, fields);
      const result =
        draft.id && form.openedAt
          ? await saveClaimIfUnchanged(store, { ...draft, id: draft.id }, form.openedAt, actor)
          : { status: 'saved' as const, claim: await saveClaim(store, draft, actor) };
      if (result.status === 'saved' && before)
        undo.offerUndo('Claim edited.', { type: 'revert-claim', before });
      return result;
    },
    [store, researcher.id, undo, toDraft],
  );

  /**
   * After a conflict, writes the form anyway: over a newer version (which is kept as a conflict to review)
   * or over a delete (the claim is restored with these changes).
   */
  const saveAnyway = useCallback(
    async (form: ClaimFormState, fields: ClaimFields): Promise<Claim> => {
      const actor = { researcherId: researcher.id };
      const draft = await toDraft(form, fields);
      if (!draft.id) return saveClaim(store, draft, actor);
      return saveClaimKeepingOther(store, { ...draft, id: draft.id }, form.openedAt ?? '', actor);
    },
    [store, researcher.id, toDraft],
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

  return { save, saveAnyway, remove };
}
