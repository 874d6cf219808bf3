// "New tag": a name and where it goes ("Under"), created with Enter. The field stays open and focused
// after each tag, so a codebook can be typed in one go; Escape closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TagNode } from '../../../core/codebook/tag-tree';
import { pickTagColour } from '../../storage/tag-palette';

type Props = {
  nodes: TagNode[];
  tagCount: number;
  /** The parent chosen at first (the selected tag), or null for the top level. */
  initialParentId: string | null;
  onCreate: (name: string, parentId: string | null, colour: string) => Promise<boolean>;
  onClose: () => void;
};

export function NewTagForm({ nodes, tagCount, initialParentId, onCreate, onClose }: Props) {
  const nameId = useId();
  const parentFieldId = useId();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState(initialParentId ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const submit = async () => {
    if (!name.trim()) return;
    const made = await onCreate(name, parentId || null, pickTagColour(tagCount));
    if (made) setName('');
    inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Enter in the name or "Under" adds the tag; on the buttons it presses them as usual.
    const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === 'Enter' && inField) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="codebook-new" role="group" aria-label="New tag" onKeyDown={onKeyDown}>
      <label htmlFor={nameId}>Tag name</label>
      <input
        id={nameId}
        ref={inputRef}
        value={name}
        maxLength={200}
        placeholder="Name, then Enter"
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={parentFieldId}>Under</label>
      <select id={parentFieldId} value={parentId} onChange={(e) => setParentId(e.target.value)}>
        <option value="">(top level)</option>
        {nodes.map((n) => (
          <option key={n.tag.id} value={n.tag.id}>
            {'\u2003'.repeat(n.depth)}
            {n.tag.name}
          </option>
        ))}
      </select>
      <span className="codebook-new-actions">
        <button type="button" className="button button-small button-primary" onClick={() => void submit()}>
          Add
        </button>
        <button type="button" className="button-quiet" onClick={onClose}>
          Done
        </button>
      </span>
    </div>
  );
}
