// A short-lived message with an Undo button, shown after a delete. It hides itself after a while; the
// delete stays (as a tombstone) unless Undo is pressed.
import { useEffect } from 'react';

type Props = { message: string; onUndo: () => void; onClose: () => void; timeoutMs?: number };

export function UndoToast({ message, onUndo, onClose, timeoutMs = 12_000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [message, onClose, timeoutMs]);
  return (
    <div className="toast" role="status" aria-label="Undo">
      <span>{message}</span>
      <button type="button" className="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="button-quiet" aria-label="Close message" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
