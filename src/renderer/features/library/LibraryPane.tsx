// The Library pane: every source with its format and claim count, a filter box, and the open one marked.
// Choosing a source opens it in the reader. While an import runs it shows its progress (and the password
// question of an encrypted PDF); after one, the files it did not add because their text is already here.
import { useMemo, useState } from 'react';
import type { Source } from '../../../core/model/records';
import { EmptyState } from '../../ui/EmptyState';
import { ImportProgress } from './ImportProgress';
import { PasswordDialog } from './PasswordDialog';
import { SameTextPrompt } from './SameTextPrompt';
import type { ImportStatus } from './use-import-documents';
import './import.css';

type Props = {
  sources: Source[];
  claimCounts: Map<string, number>;
  openSourceId: string | null;
  onOpen: (id: string) => void;
  importStatus: ImportStatus;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function LibraryPane({ sources, claimCounts, openSourceId, onOpen, importStatus }: Props) {
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
      {importStatus.progress && (
        <ImportProgress
          progress={importStatus.progress}
          cancelling={importStatus.cancelling}
          onCancel={importStatus.cancel}
        />
      )}
      {importStatus.sameText && (
        <SameTextPrompt
          messages={importStatus.sameText.messages}
          onImportAnyway={importStatus.sameText.importAnyway}
          onDismiss={importStatus.sameText.dismiss}
        />
      )}
      {importStatus.password && (
        <PasswordDialog
          // A new dialog (empty field) for each question, so a wrong password is not shown again.
          key={importStatus.password.id}
          request={importStatus.password}
          onAnswer={importStatus.password.answer}
        />
      )}
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
          Use “Import documents” or drop .txt, .md, .html, .docx or .pdf files on the window.
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
