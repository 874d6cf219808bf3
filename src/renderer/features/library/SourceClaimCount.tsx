// "12 claims" under a source in the Library: the count of its listed claims, read from the source index
// by a live query of its own, so only the rows in view count anything and a claim saved or deleted
// anywhere changes the number at once.
import { useWorkbench } from '../../services/workbench-context';
import { countListedClaims } from '../../storage/listed-claims';
import { useLiveData } from '../../storage/live-query';

export function SourceClaimCount({ sourceId }: { sourceId: string }) {
  const { store } = useWorkbench();
  const count = useLiveData(() => countListedClaims(store, { sourceId }), [store, sourceId]);
  if (count.status !== 'ready') return null;
  return <>{`${count.data} claim${count.data === 1 ? '' : 's'}`}</>;
}
