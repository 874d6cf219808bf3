// A modal <dialog>: opened with showModal() when it mounts (focus moves in, Escape closes it), with a
// heading, a Close button, and the caller's content.
import { useEffect, useRef, type ReactNode } from 'react';

type Props = { title: string; className?: string; onClose: () => void; children: ReactNode };

export function ModalDialog({ title, className = '', onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className={`modal-dialog ${className}`} aria-label={title} onClose={onClose}>
      <div className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
