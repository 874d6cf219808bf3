// The codebook's keys on a focused claim or suggestion: 1–9 add or take off the codebook's first nine
// tags (in the order the Codebook view shows them, with their numbers beside them), and "/" opens the
// claim's form with the cursor in its Tags field. Keys typed into a field are left alone.
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { flattenTagTree } from '../../../core/codebook/tag-tree';
import type { Claim, Tag } from '../../../core/model/records';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import { toggleClaimTag } from '../../storage/codebook';
import { describeStorageError } from '../../storage/describe-storage-error';
import { useActions } from '../../store/use-app-store';

/** The tags the keys 1–9 stand for, in order. */
export function useKeyedTags(): Tag[] {
  const { tags } = useLibraryData();
  return useMemo(
    () =>
      flattenTagTree(tags)
        .slice(0, 9)
        .map((n) => n.tag),
    [tags],
  );
}

function isTyping(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A key handler for a claim's (or suggestion's) element; returns whether it used the key. */
export function useTagKeys(): (event: KeyboardEvent<HTMLElement>, claim: Claim) => boolean {
  const keyed = useKeyedTags();
  const { store, researcher, notify } = useWorkbench();
  const { navigation, draft, focus } = useActions();
  return useCallback(
    (event, claim) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return false;
      if (event.key === '/') {
        event.preventDefault();
        navigation.showTab('claims');
        navigation.showClaim(claim.id);
        draft.startEditClaim(claim.id);
        focus.requestFocus('claim-tags');
        return true;
      }
      if (!/^[1-9]$/.test(event.key)) return false;
      const tag = keyed[Number(event.key) - 1];
      if (!tag) return false;
      event.preventDefault();
      toggleClaimTag(store, claim.id, tag.id, { researcherId: researcher.id }).catch((error: unknown) =>
        notify({
          tone: 'error',
          title: 'The tag could not be changed.',
          lines: [describeStorageError(error)],
        }),
      );
      return true;
    },
    [keyed, store, researcher.id, notify, navigation, draft, focus],
  );
}
