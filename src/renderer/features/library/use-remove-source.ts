// Removing a source for the UI: writes the tombstones, closes the source (and a claim being written on it)
// and offers Undo, saying how many claims went with it. Undo is the safety net, so it does not ask first.
// A failure is reported, never silent.
import { useCallback } from 'react';
import type { SourceEntry } from '../../storage/source-texts';
import { useWorkbench } from '../../services/workbench-context';
import { useAppStore } from '../../store/use-app-store';
import { getClaim } from '../../storage/claims';
import { countListedClaims } from '../../storage/listed-claims';
import { removeSource } from '../../storage/sources';

export function useRemoveSource() {
  const { store, researcher, notify } = useWorkbench();
  const appStore = useAppStore();
  const { navigation, undo, draft } = appStore.actions;
  return useCallback(
    async (source: SourceEntry) => {
      try {
        const count = await countListedClaims(store, { sourceId: source.id });
        const withClaims = count === 0 ? '' : ` and its ${count === 1 ? 'claim' : `${count} claims`}`;
        const open = appStore.getState().draft.draft;
        const draftClaim = open?.mode === 'edit' ? await getClaim(store, open.claimId) : undefined;
        const claimIds = await removeSource(store, source.id, { researcherId: researcher.id });
        navigation.forgetSource(source.id);
        if (open?.mode === 'new' ? open.sourceId === source.id : draftClaim?.sourceId === source.id) {
          draft.closeDraft();
        }
        undo.offerUndo(`Source removed${withClaims}.`, {
          type: 'restore-source',
          sourceId: source.id,
          claimIds,
        });
      } catch (error) {
        notify({
          tone: 'error',
          title: 'The source could not be removed.',
          lines: [error instanceof Error ? error.message : String(error)],
        });
      }
    },
    [store, researcher.id, notify, appStore, navigation, undo, draft],
  );
}
