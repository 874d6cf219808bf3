// The header bar: the app's name, the main actions (and conflict review, when an import left some), the
// local researcher's editable name and the storage indicator.
import { useEffect, useState } from 'react';
import { StorageIndicator } from '../ui/StorageIndicator';

type Props = {
  researcherName: string;
  onRename: (name: string) => void;
  persisted: boolean | undefined;
  importing: boolean;
  onImportDocuments: () => void;
  onGenerateBriefing: () => void;
  onExportDatabase: () => void;
  onImportDatabase: () => void;
  /** Unresolved conflicts from imports; the review button shows only when there are some. */
  conflictCount: number;
  onReviewConflicts: () => void;
};

export function Header(props: Props) {
  const [name, setName] = useState(props.researcherName);
  useEffect(() => setName(props.researcherName), [props.researcherName]);
  const commit = () => {
    if (name.trim() && name.trim() !== props.researcherName) props.onRename(name.trim());
    else setName(props.researcherName);
  };

  return (
    <header className="app-header">
      <h1 className="app-name">Evidence workbench</h1>
      <div className="header-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={props.onImportDocuments}
          disabled={props.importing}
        >
          Import documents
        </button>
        <button type="button" className="button" onClick={props.onGenerateBriefing}>
          Generate briefing
        </button>
        <span className="header-divider" aria-hidden="true" />
        <button type="button" className="button" onClick={props.onExportDatabase}>
          Export database
        </button>
        <button type="button" className="button" onClick={props.onImportDatabase}>
          Import database
        </button>
        {props.conflictCount > 0 && (
          <button type="button" className="button button-attention" onClick={props.onReviewConflicts}>
            Review conflicts ({props.conflictCount})
          </button>
        )}
      </div>
      <div className="header-end">
        <StorageIndicator persisted={props.persisted} />
        <label className="researcher-name">
          <span>Your name</span>
          <input
            value={name}
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
