// The claim form for the store's draft: a new claim from a passage (prefilled from the passage as read in
// its source's text), or an existing claim to edit. Saving
// closes the draft and selects the saved claim; a draft whose claim has gone (deleted in another window)
// says so instead of showing an empty form.
import { useMemo } from 'react';
import type { ClaimFields } from '../../../core/model/records';
import { useLibraryData } from '../../data/library-data';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { claimToForm, newClaimForm, type ClaimFormState } from './claim-form-state';
import { ClaimForm } from './ClaimForm';
import { listTotalChoices } from './total-choices';
import { useClaimActions } from './use-claim-actions';

export function ClaimEditor() {
  const current = useAppState((s) => s.draft.draft);
  const { claims, tags, tagsById, sourcesById } = useLibraryData();
  const { draft, navigation } = useActions();
  const { save } = useClaimActions();

  const initial = useMemo((): ClaimFormState | null => {
    if (!current) return null;
    if (current.mode === 'new') {
      return newClaimForm(current.sourceId, current.target, sourcesById.get(current.sourceId)?.text);
    }
    const claim = claims.find((c) => c.id === current.claimId);
    return claim ? claimToForm(claim, tagsById) : null;
    // The form is built once per draft: later changes to the library must not reset what is being typed.
  }, [current]);

  if (!current) return null;
  if (!initial) {
    return (
      <div className="pane-scroll">
        <EmptyState title="This claim is no longer in the library">
          <button type="button" className="button" onClick={() => draft.closeDraft()}>
            Back to claims
          </button>
        </EmptyState>
      </div>
    );
  }

  const onSave = async (form: ClaimFormState, fields: ClaimFields) => {
    const claim = await save(form, fields);
    draft.closeDraft();
    navigation.showClaim(claim.id);
  };

  return (
    <ClaimForm
      key={
        current.mode === 'edit'
          ? current.claimId
          : `${initial.target.selector[1].start}-${initial.target.selector[1].end}`
      }
      initial={initial}
      tags={tags}
      sourceTitle={sourcesById.get(initial.sourceId)?.title ?? ''}
      totalChoices={listTotalChoices(claims, initial.sourceId, initial.id)}
      onSave={onSave}
      onCancel={() => draft.closeDraft()}
    />
  );
}
