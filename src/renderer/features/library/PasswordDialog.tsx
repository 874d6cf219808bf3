// Asks for the password of an encrypted PDF during an import: "Open" tries it, "Skip" leaves the file out
// (the summary says so). After a wrong password it says so and asks again.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PasswordRequest } from './import-documents';

type Props = { request: PasswordRequest; onAnswer: (password: string | null) => void };

export function PasswordDialog({ request, onAnswer }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const answered = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const answer = (value: string | null) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer(value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password) answer(password);
  };

  return (
    <dialog
      ref={dialogRef}
      className="form-dialog password-dialog"
      aria-label="Password needed"
      // Escape closes a modal dialog: treat it as Skip, so the import never waits forever.
      onClose={() => answer(null)}
    >
      <form onSubmit={submit} className="form-dialog-body">
        <h2>Password needed</h2>
        <p>“{request.fileName}” is encrypted. Enter its password to import it, or skip this file.</p>
        {request.wrong && (
          <p className="form-error" role="alert">
            That password is not right. Try again.
          </p>
        )}
        <label className="field">
          Password
          <input
            type="password"
            autoComplete="off"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!password}>
            Open
          </button>
          <button type="button" className="button" onClick={() => answer(null)}>
            Skip
          </button>
        </div>
      </form>
    </dialog>
  );
}
