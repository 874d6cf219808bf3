// The researcher's actions on claims a new version of their source left to look at: re-attach an orphan to
// a passage selected in the reader, mark a changed quote as checked, or dismiss an orphan (a delete, which
// can be undone). Each write is stamped with the local researcher; a failure is reported, never silent.
import { useCallback } from 'react';
import type { Claim, ClaimTarget } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { useActions } from '../../store/use-app-store';
import { confirmChangedQuote, reattachClaim } from '../../storage/source-versions';
import { useClaimActions } from '../claims/use-claim-actions';

export function useVersionActions() {
  const { store, researcher, notify } = useWorkbench();
  const { versions, navigation } = useActions();
  const { remove } = useClaimActions();

  const report = useCallback(
    (title: string, error: unknown) =>
      notify({ tone: 'error', title, lines: [error instanceof Error ? error.message : String(error)] }),
    [notify],
  );

  const reattach = useCallback(
    async (claimId: string, target: ClaimTarget) => {
      try {
        await reattachClaim(store, claimId, target, { researcherId: researcher.id });
        versions.stopReattach();
        navigation.showClaim(claimId);
        notify({ tone: 'info', title: 'The claim is attached to the passage you selected.' });
      } catch (error) {
        report('The claim could not be attached.', error);
      }
    },
    [store, researcher.id, versions, navigation, notify, report],
  );

  const confirmQuote = useCallback(
    async (claimId: string) => {
      try {
        await confirmChangedQuote(store, claimId, { researcherId: researcher.id });
      } catch (error) {
        report('The claim could not be marked as checked.', error);
      }
    },
    [store, researcher.id, report],
  );

  const dismiss = useCallback(
    async (claim: Claim) => {
      versions.stopReattach();
      await remove(claim);
    },
    [versions, remove],
  );

  return { reattach, confirmQuote, dismiss };
}
