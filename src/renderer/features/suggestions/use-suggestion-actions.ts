// Accepting and rejecting suggestions for the UI: one, or every suggestion of a kind at once, stamped with
// the local researcher; a failed write is reported, never silent.
import { useCallback } from 'react';
import { useWorkbench } from '../../services/workbench-context';
import { decideSuggestions, type SuggestionDecision } from '../../storage/suggestions';

export function useSuggestionActions() {
  const { store, researcher, notify } = useWorkbench();
  return useCallback(
    async (ids: string[], decision: SuggestionDecision) => {
      try {
        await decideSuggestions(store, ids, decision, { researcherId: researcher.id });
      } catch (error) {
        const verb = decision === 'accepted' ? 'accepted' : 'rejected';
        notify({
          tone: 'error',
          title: `The suggestion could not be ${verb}.`,
          lines: [error instanceof Error ? error.message : String(error)],
        });
      }
    },
    [store, researcher.id, notify],
  );
}
