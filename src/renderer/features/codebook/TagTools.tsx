// The tools of the selected tag in the Codebook: Rename, Move under, Colour, Description, Merge into and
// Delete. Each change is one write through the codebook's actions; Merge and Delete can be undone.
import { useEffect, useId, useState } from 'react';
import type { TagNode } from '../../../core/codebook/tag-tree';
import type { Tag } from '../../../core/model/records';
import { ColourField } from './ColourField';
import type { useCodebookActions } from './use-codebook-actions';

type Props = {
  tag: Tag;
  /** Tags it may go under or be merged into: every live tag except itself and those under it. */
  others: TagNode[];
  actions: ReturnType<typeof useCodebookActions>;
};

const indent = (n: TagNode) => `${'\u2003'.repeat(n.depth)}${n.tag.name}`;

export function TagTools({ tag, others, actions }: Props) {
  const moveId = useId();
  const mergeId = useId();
  const describeId = useId();
  const renameId = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(tag.name);
  const [description, setDescription] = useState(tag.description);
  const [mergeTarget, setMergeTarget] = useState('');
  useEffect(() => setDescription(tag.description), [tag.description]);
  useEffect(() => setName(tag.name), [tag.name]);

  const rename = async () => {
    setRenaming(false);
    if (name.trim() && name.trim() !== tag.name) await actions.rename(tag.id, name);
    else setName(tag.name);
  };
  const target = others.find((n) => n.tag.id === mergeTarget)?.tag;

  return (
    <div className="codebook-tools" role="group" aria-label={`Tag ${tag.name}`}>
      {renaming ? (
        <div className="codebook-row-field">
          <label htmlFor={renameId}>New name</label>
          <input
            id={renameId}
            autoFocus
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void rename()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void rename();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setName(tag.name);
                setRenaming(false);
              }
            }}
          />
        </div>
      ) : (
        <div className="codebook-tool-buttons">
          <button type="button" className="button button-small" onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button
            type="button"
            className="button-quiet button-danger"
            onClick={() => void actions.remove(tag.id, tag.name)}
          >
            Delete
          </button>
        </div>
      )}
      <div className="codebook-row-field">
        <label htmlFor={moveId}>Move under</label>
        <select
          id={moveId}
          value={tag.parentId ?? ''}
          onChange={(e) => void actions.move(tag.id, e.target.value || null)}
        >
          <option value="">(top level)</option>
          {others.map((n) => (
            <option key={n.tag.id} value={n.tag.id}>
              {indent(n)}
            </option>
          ))}
        </select>
      </div>
      <ColourField colour={tag.colour} onChange={(colour) => void actions.describe(tag.id, { colour })} />
      <div className="codebook-row-field codebook-description">
        <label htmlFor={describeId}>Description</label>
        <textarea
          id={describeId}
          rows={2}
          value={description}
          placeholder="When to use this tag"
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => {
            if (description !== tag.description) void actions.describe(tag.id, { description });
          }}
        />
      </div>
      <div className="codebook-row-field">
        <label htmlFor={mergeId}>Merge into</label>
        <select id={mergeId} value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
          <option value="">Choose a tag…</option>
          {others.map((n) => (
            <option key={n.tag.id} value={n.tag.id}>
              {indent(n)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small"
          disabled={!target}
          onClick={() => target && void actions.merge(tag.id, tag.name, target.id, target.name)}
        >
          Merge
        </button>
      </div>
    </div>
  );
}
