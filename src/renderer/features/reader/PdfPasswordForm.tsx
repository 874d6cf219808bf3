// Asks for an encrypted PDF's password in the reader, to draw its pages: the password is used for this
// view only and never stored; until it is given, the source's text is shown.
import { useState, type FormEvent } from 'react';

export function PdfPasswordForm({
  wrong,
  onSubmit,
}: {
  wrong: boolean;
  onSubmit: (password: string) => void;
}) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value) onSubmit(value);
  };
  return (
    <form className="pdf-note pdf-password" onSubmit={submit} aria-label="Show PDF pages">
      <span>
        {wrong
          ? 'That password is not right. Try again to show the pages; showing its text.'
          : 'This PDF is encrypted: enter its password to show its pages; showing its text.'}
      </span>
      <label className="field">
        PDF password
        <input type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={!value}>
        Show pages
      </button>
    </form>
  );
}
