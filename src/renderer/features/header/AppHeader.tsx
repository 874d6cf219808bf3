// The header bar: the app's name, the main actions (and conflict review, when an import left some), the
// keyboard shortcuts, the storage indicator and the local researcher's editable name. It wraps onto a
// second line on narrow windows rather than cutting anything off.
import { useEffect, useState } from 'react';
import { useWorkbench } from '../../services/workbench-context';
import { useActions, useAppState } from '../../store/use-app-store';
import { countOpenConflicts } from '../../storage/conflicts';
import { useStoreQuery } from '../../storage/live-query';
import { renameResearcher } from '../../storage/researchers';
import { useImportDocuments } from '../library/use-import-documents';
import { SearchBox } from '../search/SearchBox';
import { useDatabaseExchange } from '../sharing/use-database-exchange';
import { StorageIndicator } from '../storage-status/StorageIndicator';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { useMenuCommands } from './use-menu-commands';

export function AppHeader() {
  const { store, researcher, notify } = useWorkbench();
  const importing = useAppState((s) => s.tasks.importing !== null);
  const { openDialog } = useActions().dialogs;
  const codebookOpen = useAppState((s) => s.codebook.open);
  const { toggleCodebook } = useActions().codebook;
  const { pickAndImport } = useImportDocuments();
  const { importDb } = useDatabaseExchange();
  const conflictCount = useStoreQuery(() => countOpenConflicts(store), [store], 0);
  useMenuCommands({
    'import-documents': () => void pickAndImport(),
    'export-database': () => openDialog('export'),
  });

  const [name, setName] = useState(researcher.displayName);
  useEffect(() => setName(researcher.displayName), [researcher.displayName]);
  const commit = () => {
    const next = name.trim();
    if (!next || next === researcher.displayName) {
      setName(researcher.displayName);
      return;
    }
    renameResearcher(store, researcher.id, next).catch((e: unknown) =>
      notify({ tone: 'error', title: 'Your name could not be changed.', lines: [String(e)] }),
    );
  };

  return (
    <header className="app-header">
      <h1 className="app-name">Evidence workbench</h1>
      <div className="header-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void pickAndImport()}
          disabled={importing}
        >
          Import documents
        </button>
        <button type="button" className="button" onClick={() => openDialog('briefing')}>
          Generate briefing
        </button>
        <button type="button" className="button" aria-pressed={codebookOpen} onClick={() => toggleCodebook()}>
          Codebook
        </button>
        <span className="header-divider" aria-hidden="true" />
        <button type="button" className="button" onClick={() => openDialog('export')}>
          Export database
        </button>
        <button type="button" className="button" onClick={() => void importDb()}>
          Import database
        </button>
        {conflictCount > 0 && (
          <button type="button" className="button button-attention" onClick={() => openDialog('conflicts')}>
            Review conflicts ({conflictCount})
          </button>
        )}
      </div>
      <div className="header-end">
        <SearchBox />
        <SyncStatusLine />
        <StorageIndicator />
        <button
          type="button"
          className="button-quiet shortcuts-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => openDialog('shortcuts')}
        >
          ?
        </button>
        <label className="researcher-name">
          <span>Your name</span>
          <input
            value={name}
            size={14}
            onChange={(e) => setName(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
        </label>
      </div>
    </header>
  );
}
