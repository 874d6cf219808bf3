// The source details editor: a modal form (aria-label "Source details") with the citation fields Title,
// Author, Publisher, Published and URL. "Save details" checks them, says what is wrong beside each bad
// field, and stores a new version of the source; "Cancel" (or Escape) leaves it unchanged.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CslMetadata } from '../../../core/model/records';
import type { SourceEntry } from '../../storage/source-texts';
import { detailsFromMetadata, parseDetails, type DetailsErrors, type DetailsForm } from './source-details';

type Props = { source: SourceEntry; onSave: (metadata: CslMetadata) => Promise<void>; onClose: () => void };

type FieldSpec = { key: keyof DetailsForm; label: string; hint?: string; type?: string };

const FIELDS: FieldSpec[] = [
  { key: 'title', label: 'Title' },
  {
    key: 'author',
    label: 'Author',
    hint: 'One or more names separated by “;”, each as “Family, Given” or a single name.',
  },
  { key: 'publisher', label: 'Publisher' },
  { key: 'published', label: 'Published', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { key: 'url', label: 'URL', type: 'url', hint: 'http:// or https:// address' },
];

export function SourceDetailsDialog({ source, onSave, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const idPrefix = useId();
  const [form, setForm] = useState(() => detailsFromMetadata(source.metadata, source.title));
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [saveError, setSaveError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDetails(form, source.metadata);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(parsed.metadata);
      dialogRef.current?.close();
    } catch (error) {
      setSaveError(
        `The details could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      );
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="form-dialog" aria-label="Edit source details" onClose={onClose}>
      <form className="form-dialog-body" aria-label="Source details" onSubmit={submit} noValidate>
        <h2>Source details</h2>
        <p className="details-file">{source.fileName}</p>
        {FIELDS.map(({ key, label, hint, type }) => {
          const id = `${idPrefix}-${key}`;
          const error = errors[key];
          return (
            <div className="details-field" key={key}>
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                type={type ?? 'text'}
                value={form[key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
                onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
              />
              {error ? (
                <p className="form-error" id={`${id}-error`}>
                  {error}
                </p>
              ) : (
                hint && (
                  <p className="field-hint" id={`${id}-hint`}>
                    {hint}
                  </p>
                )
              )}
            </div>
          );
        })}
        {saveError && (
          <p className="form-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            Save details
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
