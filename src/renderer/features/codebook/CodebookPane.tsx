// The Codebook: the tags as a tree (any depth), each with its colour, its number for the keys 1–9 (the
// first nine, in the order shown) and how many claims carry it. Selecting a tag opens its tools; "New tag"
// adds tags from the keyboard; the codebook exports and imports on its own as CSV. It sits over the
// Library pane while open, so the Claims list stays in view for tagging with the keys.
import { useMemo, useState, type CSSProperties } from 'react';
import { descendantIds, flattenTagTree } from '../../../core/codebook/tag-tree';
import { useLibraryData } from '../../data/library-data';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useWorkbench } from '../../services/workbench-context';
import { countListedClaimsByTags } from '../../storage/listed-claims';
import { useLiveData } from '../../storage/live-query';
import { NewTagForm } from './NewTagForm';
import { TagTools } from './TagTools';
import { useCodebookActions } from './use-codebook-actions';
import { useCodebookFile } from './use-codebook-file';
import './codebook.css';

export function CodebookPane() {
  const open = useAppState((s) => s.codebook.open);
  if (!open) return null;
  return (
    <section className="codebook" aria-label="Codebook">
      <ErrorBoundary area="codebook">
        <OpenCodebook />
      </ErrorBoundary>
    </section>
  );
}

const NO_COUNTS: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];

function OpenCodebook() {
  const { tags } = useLibraryData();
  const { store } = useWorkbench();
  const selectedId = useAppState((s) => s.codebook.selectedTagId);
  const { codebook } = useActions();
  const actions = useCodebookActions();
  const { exportCsv, importCsv } = useCodebookFile();
  const [adding, setAdding] = useState(false);
  const nodes = useMemo(() => flattenTagTree(tags), [tags]);
  const selected = nodes.find((n) => n.tag.id === selectedId)?.tag;
  const others = useMemo(() => {
    if (!selected) return [];
    const below = descendantIds(tags, selected.id);
    return nodes.filter((n) => !below.has(n.tag.id));
  }, [nodes, tags, selected]);

  // Claims carrying the tag, and carrying it or any tag under it (each claim once), from the tags index.
  const counted = useLiveData(
    () =>
      Promise.all([
        countListedClaimsByTags(
          store,
          tags.map((t) => ({ key: t.id, tagIds: [t.id] })),
        ),
        // A tag with nothing under it has its own count as its total.
        countListedClaimsByTags(
          store,
          tags
            .map((t) => ({ key: t.id, tagIds: [...descendantIds(tags, t.id)] }))
            .filter((group) => group.tagIds.length > 1),
        ),
      ]),
    [store, tags],
  );
  const [counts, totals] = counted.status === 'ready' ? counted.data : NO_COUNTS;

  return (
    <>
      <div className="pane-head">
        <h2>Codebook</h2>
        <span className="pane-count">{nodes.length}</span>
        <button
          type="button"
          className="button-quiet codebook-close"
          onClick={() => codebook.closeCodebook()}
        >
          Close codebook
        </button>
      </div>
      <div className="codebook-actions">
        <button type="button" className="button button-small button-primary" onClick={() => setAdding(true)}>
          New tag
        </button>
        <button type="button" className="button button-small" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <button type="button" className="button button-small" onClick={() => void importCsv()}>
          Import CSV
        </button>
      </div>
      {adding && (
        <NewTagForm
          nodes={nodes}
          tagCount={nodes.length}
          initialParentId={selected?.id ?? null}
          onCreate={async (name, parentId, colour) =>
            Boolean(await actions.create({ name, parentId, colour }))
          }
          onClose={() => setAdding(false)}
        />
      )}
      <div className="pane-scroll">
        {nodes.length === 0 ? (
          <EmptyState title="No tags yet">
            Press “New tag” to start a codebook, or import one as CSV.
          </EmptyState>
        ) : (
          <ul className="codebook-tree" aria-label="Tags">
            {nodes.map((node, i) => {
              const { tag } = node;
              const own = counts.get(tag.id) ?? 0;
              const total = totals.get(tag.id) ?? own;
              const isSelected = tag.id === selectedId;
              return (
                <li
                  key={tag.id}
                  className="codebook-item"
                  style={{ '--tag': tag.colour, '--depth': node.depth } as CSSProperties}
                  data-tag-id={tag.id}
                >
                  <div className="codebook-row" aria-current={isSelected ? 'true' : undefined}>
                    <kbd className="codebook-key" title={i < 9 ? `Press ${i + 1} on a claim` : undefined}>
                      {i < 9 ? i + 1 : ''}
                    </kbd>
                    <span className="codebook-dot" aria-hidden="true" />
                    <button
                      type="button"
                      className="codebook-name"
                      aria-expanded={isSelected}
                      title={tag.description || undefined}
                      onClick={() => codebook.selectTag(isSelected ? null : tag.id)}
                    >
                      {tag.name}
                    </button>
                    <span
                      className="codebook-count"
                      title={`${own} claim${own === 1 ? '' : 's'} with this tag; ${total} with it or a tag under it`}
                    >
                      {total === own ? own : `${own} (${total})`}
                    </span>
                  </div>
                  {isSelected && <TagTools key={tag.id} tag={tag} others={others} actions={actions} />}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
