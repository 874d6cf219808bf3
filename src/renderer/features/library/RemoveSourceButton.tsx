// "Remove source": takes the open source and its claims out of the library, after asking, as tombstones
// (so the removal travels through merges and sync), with Undo to bring them back.
import type { SourceEntry } from '../../storage/source-texts';
import { useRemoveSource } from './use-remove-source';

export function RemoveSourceButton({ source }: { source: SourceEntry }) {
  const remove = useRemoveSource();
  return (
    <button type="button" className="button button-danger" onClick={() => void remove(source)}>
      Remove source
    </button>
  );
}
