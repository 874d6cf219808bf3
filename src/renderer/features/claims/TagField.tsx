// The "Tags" field of the claim form: type a name and press Enter to add it (new names become new tags
// when the claim is saved), pick from existing tags suggested by a datalist, remove chips with their button.
import { useId, useState, type KeyboardEvent } from 'react';
import type { Tag } from '../../../core/model/records';
import { pickTagColour } from '../../storage/tag-palette';
import { TagChip } from '../../ui/TagChip';

type Props = {
  names: string[];
  tags: Tag[];
  onChange: (names: string[]) => void;
  /** Text typed but not yet added; the form adds it on save so nothing typed is lost. */
  pending: string;
  onPendingChange: (text: string) => void;
};

export function addTagName(names: string[], raw: string): string[] {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return names;
  if (names.some((n) => n.toLocaleLowerCase() === name.toLocaleLowerCase())) return names;
  return [...names, name];
}

export function TagField({ names, tags, onChange, pending, onPendingChange }: Props) {
  const inputId = useId();
  const listId = useId();
  const [hint, setHint] = useState('');
  const byName = new Map(tags.map((t) => [t.name.toLocaleLowerCase(), t]));
  const suggestions = tags.filter(
    (t) => !names.some((n) => n.toLocaleLowerCase() === t.name.toLocaleLowerCase()),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      if (!pending.trim()) return;
      const isNew = !byName.has(pending.trim().toLocaleLowerCase());
      onChange(addTagName(names, pending));
      setHint(isNew ? `New tag “${pending.trim()}” will be created when you save.` : '');
      onPendingChange('');
    } else if (event.key === 'Backspace' && pending === '' && names.length > 0) {
      onChange(names.slice(0, -1));
    }
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>Tags</label>
      {names.length > 0 && (
        <div className="chips" aria-label="Chosen tags">
          {names.map((name, i) => (
            <TagChip
              key={name}
              name={name}
              colour={byName.get(name.toLocaleLowerCase())?.colour ?? pickTagColour(tags.length + i)}
              onRemove={() => onChange(names.filter((n) => n !== name))}
            />
          ))}
        </div>
      )}
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded="false"
        aria-autocomplete="list"
        list={listId}
        data-field="tags"
        value={pending}
        placeholder="Type a tag and press Enter"
        onChange={(e) => onPendingChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <datalist id={listId}>
        {suggestions.map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}
