// The Library pane: every source with its format and claim count, a filter box, and the open one marked.
// Choosing a source opens it in the reader.
import { useMemo, useState } from 'react';
import type { Source } from '../../../core/model/records';
import { EmptyState } from '../../ui/EmptyState';

type Props = {
  sources: Source[];
  claimCounts: Map<string, number>;
  openSourceId: string | null;
  onOpen: (id: string) => void;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function LibraryPane({ sources, claimCounts, openSourceId, onOpen }: Props) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    if (!needle) return sources;
    return sources.filter((s) => `${s.title} ${s.fileName}`.toLocaleLowerCase().includes(needle));
  }, [sources, filter]);

  return (
    <section className="pane library" aria-label="Library">
      <div className="pane-head">
        <h2>Library</h2>
        <span className="pane-count">{plural(sources.length, 'source')}</span>
      </div>
      {sources.length > 0 && (
        <div className="pane-tools">
          <input
            type="search"
            className="filter-input"
            aria-label="Filter sources"
            placeholder="Filter sources"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      )}
      {sources.length === 0 ? (
        <EmptyState title="Import documents to begin">
          Use “Import documents” or drop .txt, .md or .html files on the window.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No source matches the filter" />
      ) : (
        <ul className="source-list">
          {shown.map((source) => (
            <li key={source.id}>
              <button
                type="button"
                className="source-item"
                aria-current={source.id === openSourceId ? 'true' : undefined}
                onClick={() => onOpen(source.id)}
              >
                <span className="source-title">{source.title}</span>
                <span className="source-meta">
                  <span className="format-badge">{source.format.toUpperCase()}</span>
                  {plural(claimCounts.get(source.id) ?? 0, 'claim')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
