// Says, quietly, when the browser has not promised to keep this library ("Storage not persisted"). It is a
// button: pressing it asks the browser again and explains what the answer means (StorageDialog). Shows
// nothing when storage is persisted or the answer is unknown.
import { useActions, useAppState } from '../../store/use-app-store';

export function StorageIndicator() {
  const persisted = useAppState((s) => s.persistence.persisted);
  const { openDialog } = useActions().dialogs;
  if (persisted !== false) return null;
  return (
    <button
      type="button"
      className="storage-indicator"
      title="The browser may clear this library when disk space runs low. Press for details."
      onClick={() => openDialog('storage')}
    >
      Storage not persisted
    </button>
  );
}
