// The claim form, for a new claim from a selection or an existing one: kind (radio buttons), the kind's own
// fields, the statement a briefing prints, tags and note, then "Save claim". The quoted passage is shown
// read-only: it is the evidence.
// Keyboard: focus lands on the first field when the form opens (a pending focus request), Ctrl+Enter (or
// Cmd+Enter) saves, Escape cancels. The actions stay pinned at the bottom while the fields scroll.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { ClaimFields, ClaimKind, Tag } from '../../../core/model/records';
import { KIND_LABELS } from '../../ui/KindBadge';
import type { ClaimFormState } from './claim-form-state';
import { formToFields } from './claim-form-state';
import { KindFields } from './KindFields';
import { describeStorageError } from '../../storage/describe-storage-error';
import type { TotalChoice } from './total-choices';
import { addTagName, TagField } from './TagField';
import { useActions, useAppState } from '../../store/use-app-store';
import { selectFocusRequest } from '../../store/slices/focus';

type Props = {
  initial: ClaimFormState;
  tags: Tag[];
  sourceTitle: string;
  /** The figures this claim may be marked as the total of. */
  totalChoices: TotalChoice[];
  onSave: (form: ClaimFormState, fields: ClaimFields) => Promise<void>;
  onCancel: () => void;
  /** Shown above the actions, e.g. a version saved in another window since the form opened. */
  notice?: ReactNode;
};

const KINDS: ClaimKind[] = ['figure', 'date', 'stance', 'quote'];

export function ClaimForm({ initial, tags, sourceTitle, totalChoices, onSave, onCancel, notice }: Props) {
  const [form, setForm] = useState(initial);
  const [pendingTag, setPendingTag] = useState('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const update = (patch: Partial<ClaimFormState>) => setForm((f) => ({ ...f, ...patch }));
  const quote = form.target.selector[0].exact;
  const formRef = useRef<HTMLFormElement>(null);
  const statementHint = useId();
  const focusRequest = useAppState((s) => selectFocusRequest(s.focus, 'claim-form'));
  const tagsRequest = useAppState((s) => selectFocusRequest(s.focus, 'claim-tags'));
  const { markFocusHandled } = useActions().focus;

  useEffect(() => {
    // "/" on a claim: straight to its Tags field.
    if (!tagsRequest) return;
    formRef.current?.querySelector<HTMLElement>('[data-field="tags"]')?.focus();
    markFocusHandled(tagsRequest);
  }, [tagsRequest, markFocusHandled]);

  useEffect(() => {
    if (!focusRequest) return;
    // The first field: the chosen kind (a radio group is entered at its checked button).
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('input:checked') ??
      form?.querySelector<HTMLElement>('input, select, textarea')
    )?.focus();
    markFocusHandled(focusRequest);
  }, [focusRequest, markFocusHandled]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const complete = { ...form, tagNames: addTagName(form.tagNames, pendingTag) };
    const result = formToFields(complete);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSaving(true);
    try {
      await onSave(complete, result.fields);
    } catch (e) {
      setError(`The claim could not be saved: ${describeStorageError(e)}.`);
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="claim-form"
      aria-label={form.id ? 'Edit claim' : 'New claim'}
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <div className="claim-form-fields">
        <h3>{form.id ? 'Edit claim' : 'New claim'}</h3>
        <figure className="form-quote">
          <blockquote>{quote.length > 400 ? `${quote.slice(0, 400)}…` : quote}</blockquote>
          <figcaption>{sourceTitle}</figcaption>
        </figure>
        <fieldset className="kind-choice">
          <legend>Kind</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="radio">
              <input
                type="radio"
                name="claim-kind"
                value={kind}
                checked={form.kind === kind}
                onChange={() => update({ kind })}
              />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <KindFields form={form} onChange={update} totalChoices={totalChoices} />
        <label className="field">
          Statement
          <textarea
            rows={3}
            value={form.statement}
            aria-describedby={statementHint}
            onChange={(e) => update({ statement: e.target.value })}
          />
        </label>
        <p id={statementHint} className="field-hint">
          One sentence in plain words, as the briefing will print it.
        </p>
        <TagField
          names={form.tagNames}
          tags={tags}
          onChange={(tagNames) => update({ tagNames })}
          pending={pendingTag}
          onPendingChange={setPendingTag}
        />
        <label className="field">
          Note
          <textarea rows={3} value={form.note} onChange={(e) => update({ note: e.target.value })} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {notice}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save claim
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="form-keys" aria-hidden="true">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save · <kbd>Esc</kbd> cancel
        </span>
      </div>
    </form>
  );
}
