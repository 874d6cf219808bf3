// The Codebook view's actions: each writes through storage/codebook as the local researcher, says in a
// notice when it is refused (core's message), and a delete or a merge offers Undo. A tag that goes away
// stops filtering the Claims list and is no longer selected.
import { useCallback, useMemo } from 'react';
import { CodebookError, type NewTag } from '../../../core/codebook/edit-tags';
import { useWorkbench } from '../../services/workbench-context';
import {
  addTag,
  deleteCodebookTag,
  describeCodebookTag,
  mergeCodebookTags,
  moveCodebookTag,
  renameCodebookTag,
} from '../../storage/codebook';
import { describeStorageError } from '../../storage/describe-storage-error';
import { useActions } from '../../store/use-app-store';

export function useCodebookActions() {
  const { store, researcher, notify } = useWorkbench();
  const { undo, filters, codebook } = useActions();

  const attempt = useCallback(
    async <T>(what: string, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await run();
      } catch (error) {
        const detail = error instanceof CodebookError ? error.message : describeStorageError(error);
        notify({ tone: 'error', title: `${what} failed.`, lines: [detail] });
        return undefined;
      }
    },
    [notify],
  );

  return useMemo(() => {
    const actor = { researcherId: researcher.id };
    const forget = (tagId: string) => {
      filters.forgetTag(tagId);
      codebook.forgetCodebookTag(tagId);
    };
    return {
      create: (draft: NewTag) => attempt('Creating the tag', () => addTag(store, draft, actor)),
      rename: (id: string, name: string) =>
        attempt('Renaming the tag', () => renameCodebookTag(store, id, name, actor)),
      move: (id: string, parentId: string | null) =>
        attempt('Moving the tag', () => moveCodebookTag(store, id, parentId, actor)),
      describe: (id: string, patch: { colour?: string; description?: string }) =>
        attempt('Changing the tag', () => describeCodebookTag(store, id, patch, actor)),
      remove: async (id: string, name: string) => {
        const change = await attempt('Deleting the tag', () => deleteCodebookTag(store, id, actor));
        if (!change) return;
        forget(id);
        undo.offerUndo(`Tag “${name}” deleted.`, { type: 'revert-codebook', before: change.before });
      },
      merge: async (fromId: string, fromName: string, intoId: string, intoName: string) => {
        const change = await attempt('Merging the tags', () =>
          mergeCodebookTags(store, fromId, intoId, actor),
        );
        if (!change) return;
        forget(fromId);
        codebook.selectTag(intoId);
        const n = change.claims.length;
        undo.offerUndo(`“${fromName}” merged into “${intoName}” (${n} claim${n === 1 ? '' : 's'}).`, {
          type: 'revert-codebook',
          before: change.before,
        });
      },
    };
  }, [store, researcher.id, attempt, undo, filters, codebook]);
}
