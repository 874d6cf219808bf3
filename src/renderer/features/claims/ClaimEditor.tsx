// The claim form for the store's draft: a new claim from a passage (prefilled from the passage as read in
// its source's text), or an existing claim to edit. Saving
// closes the draft and selects the saved claim; a draft whose claim has gone (deleted in another window)
// says so instead of showing an empty form, and a save refused because another window changed or deleted
// the claim since the form opened shows that choice in the form (SaveConflictNotice).
import { useEffect, useMemo, useState } from 'react';
import type { Claim, ClaimFields } from '../../../core/model/records';
import { CITABLE_STATUSES } from '../../../core/briefing/citable-claims';
import { useLibraryData } from '../../data/library-data';
import { useClaimsOfSource } from '../../data/use-claims-of-source';
import { useSourceText } from '../../data/use-source-text';
import { getClaim } from '../../storage/claims';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { claimToForm, newClaimForm, type ClaimFormState } from './claim-form-state';
import { ClaimForm } from './ClaimForm';
import { describeStorageError } from '../../storage/describe-storage-error';
import { SaveConflictNotice } from './SaveConflictNotice';
import { listTotalChoices } from './total-choices';
import { useClaimActions } from './use-claim-actions';
import { usePrefill } from './use-prefill';
import { useWorkbench } from '../../services/workbench-context';

export function ClaimEditor() {
  const current = useAppState((s) => s.draft.draft);
  const { tags, tagsById, sourcesById } = useLibraryData();
  const { draft, navigation } = useActions();
  const { store, notify } = useWorkbench();
  // The claim being edited, read once when its draft opens (not live: the form keeps what is typed).
  const [opened, setOpened] = useState<{ draft: typeof current; claim: Claim | undefined } | null>(null);
  useEffect(() => {
    if (current?.mode !== 'edit') return;
    let wanted = true;
    const settle = (claim: Claim | undefined) => wanted && setOpened({ draft: current, claim });
    getClaim(store, current.claimId).then(settle, () => settle(undefined));
    return () => {
      wanted = false;
    };
  }, [current, store]);
  const { save, saveAnyway } = useClaimActions();
  type Refused = { reason: 'changed' | 'deleted'; form: ClaimFormState; fields: ClaimFields };
  const [refused, setRefused] = useState<Refused | null>(null);
  const [busy, setBusy] = useState(false);

  // A new claim's statement is prefilled from its source's text, read for it, by the prefill fetched for it.
  const textRead = useSourceText(current?.mode === 'new' ? current.sourceId : null);
  const newText = textRead.status === 'ready' ? textRead.data?.text : undefined;
  const textLoading = textRead.status === 'loading';
  const prefill = usePrefill(current?.mode === 'new');
  const initial = useMemo((): ClaimFormState | null | 'reading' => {
    if (!current) return null;
    if (current.mode === 'new') {
      return textLoading || !prefill
        ? 'reading'
        : newClaimForm(prefill, current.sourceId, current.target, newText);
    }
    if (opened?.draft !== current) return 'reading';
    return opened.claim ? claimToForm(opened.claim, tagsById) : null;
    // The form is built once per draft: later changes to the library must not reset what is being typed.
  }, [current, opened, textLoading, prefill]);
  const sourceClaims = useClaimsOfSource(
    initial !== null && initial !== 'reading' ? initial.sourceId : null,
    CITABLE_STATUSES,
  );

  if (!current || initial === 'reading') return null;
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
    const result = await save(form, fields);
    if (result.status !== 'saved') {
      setRefused({ reason: result.status, form, fields });
      return;
    }
    draft.closeDraft();
    navigation.showClaim(result.claim.id);
  };

  const keepMine = async (choice: Refused) => {
    setBusy(true);
    try {
      const claim = await saveAnyway(choice.form, choice.fields);
      setRefused(null);
      draft.closeDraft();
      navigation.showClaim(claim.id);
    } catch (error) {
      setBusy(false);
      notify({
        tone: 'error',
        title: 'The claim could not be saved.',
        lines: [describeStorageError(error)],
      });
    }
  };

  const discard = () => {
    setRefused(null);
    draft.closeDraft();
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
      totalChoices={listTotalChoices(sourceClaims, initial.sourceId, initial.id)}
      onSave={onSave}
      onCancel={discard}
      notice={
        refused && (
          <SaveConflictNotice
            reason={refused.reason}
            busy={busy}
            onKeepMine={() => void keepMine(refused)}
            onDiscard={discard}
          />
        )
      }
    />
  );
}
