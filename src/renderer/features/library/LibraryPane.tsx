// The Library pane: every source with its format and claim count, a filter box, and the open one marked.
// Choosing a source opens it in the reader. While an import runs it shows its progress (and the password
// question of an encrypted PDF; after one, the files it did not add because their text is already here);
// below the list, "Suggest claims for all sources" and the OCR setting for PDF imports.
import { useMemo, useRef, useState } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { VirtualList } from '../../ui/VirtualList';
import { SuggestButton } from '../suggestions/SuggestButton';
import { SuggestStatus } from '../suggestions/SuggestStatus';
import { useSuggestClaims } from '../suggestions/use-suggest-claims';
import { ImportProgress } from './ImportProgress';
import { OcrSetting } from './OcrSetting';
import { SourceClaimCount } from './SourceClaimCount';
import { PasswordDialog } from './PasswordDialog';
import { SameTextPrompt } from './SameTextPrompt';
import { answerPasswordQuestion, useImportDocuments } from './use-import-documents';
import { NewVersionPrompt } from '../versions/NewVersionPrompt';
import { findSupersedingSources } from '../../../core/versions/superseded';
import './import.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function LibraryPane() {
  const { sources, status } = useLibraryData();
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const importing = useAppState((s) => s.tasks.importing);
  const password = useAppState((s) => s.tasks.password);
  const sameText = useAppState((s) => s.tasks.sameText);
  const { importAnyway, answerVersion } = useImportDocuments();
  const superseded = useMemo(() => findSupersedingSources(sources), [sources]);
  const suggesting = useAppState((s) => s.tasks.suggesting !== null);
  const { navigation, tasks } = useActions();
  const { suggestLibrary } = useSuggestClaims();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    if (!needle) return sources;
    return sources.filter((s) => `${s.title} ${s.fileName}`.toLocaleLowerCase().includes(needle));
  }, [sources, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const openIndex = useMemo(() => shown.findIndex((s) => s.id === openSourceId), [shown, openSourceId]);

  return (
    <section className="pane library" aria-label="Library">
      <div className="pane-head">
        <h2>Library</h2>
        <span className="pane-count">{plural(sources.length, 'source')}</span>
      </div>
      {importing?.progress && (
        <ImportProgress
          progress={importing.progress}
          cancelling={importing.cancelRequested}
          onCancel={tasks.cancelImport}
        />
      )}
      {sameText && (
        <SameTextPrompt
          messages={sameText.messages}
          onImportAnyway={() => void importAnyway()}
          onDismiss={tasks.dismissSameText}
        />
      )}
      <NewVersionPrompt onAnswer={(fileName, answer) => void answerVersion(fileName, answer)} />
      {password && (
        <PasswordDialog
          // A new dialog (empty field) for each question, so a wrong password is not shown again.
          key={password.id}
          request={password}
          onAnswer={(given) => answerPasswordQuestion(password.id, given)}
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
      <div className="pane-scroll" ref={scrollRef}>
        {status === 'loading' ? (
          <EmptyState title="Loading your library…" />
        ) : status === 'failed' ? (
          <EmptyState title="Your library could not be read" />
        ) : sources.length === 0 ? (
          <EmptyState title="Import documents to begin">
            Use “Import documents” or drop .txt, .md, .html, .docx or .pdf files on the window.
          </EmptyState>
        ) : shown.length === 0 ? (
          <EmptyState title="No source matches the filter" />
        ) : (
          <VirtualList
            items={shown}
            itemKey={(source) => source.id}
            estimateSize={56}
            scrollRef={scrollRef}
            activeIndex={openIndex}
            className="source-list"
            label="Sources"
            renderItem={(source, item) => (
              <li key={source.id} {...item}>
                <button
                  type="button"
                  className="source-item"
                  aria-current={source.id === openSourceId ? 'true' : undefined}
                  onClick={() => navigation.openSource(source.id)}
                >
                  <span className="source-title">{source.title}</span>
                  <span className="source-meta">
                    <span className="format-badge">{source.format.toUpperCase()}</span>
                    <SourceClaimCount sourceId={source.id} />
                    {superseded.has(source.id) && <span className="superseded-badge">Superseded</span>}
                  </span>
                </button>
              </li>
            )}
          />
        )}
      </div>
      {sources.length > 0 && (
        <div className="library-suggest">
          <SuggestButton
            label="Suggest claims for all sources"
            busy={suggesting}
            onClick={() => void suggestLibrary(sources)}
          />
          <SuggestStatus />
        </div>
      )}
      <div className="library-settings">
        <OcrSetting />
      </div>
    </section>
  );
}
