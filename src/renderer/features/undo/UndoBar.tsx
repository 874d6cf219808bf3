// The Undo toast for the store's last undoable change. It hides itself after a while; the change stays.
import { UndoToast } from '../../ui/UndoToast';
import { useUndo } from './use-undo';

export function UndoBar() {
  const { entry, undoLast, dismiss } = useUndo();
  if (!entry) return null;
  return (
    <UndoToast key={entry.id} message={entry.message} onUndo={() => void undoLast()} onClose={dismiss} />
  );
}
