// "Export database": the Format to write (the library bundle, W3C Web Annotation, REFI-QDA project or
// codebook, CSV), and for an interchange format, with the Claims list filtered, whether to write only the
// claims it shows. The bundle is always the whole library.
import { useState } from 'react';
import { isFiltered } from '../../store/slices/filters';
import { useActions, useAppState } from '../../store/use-app-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { useListedClaims } from '../claims/use-listed-claims';
import { listExportChoices } from './export-choices';
import { useDatabaseExchange } from './use-database-exchange';

export function ExportDialog() {
  const open = useAppState((s) => s.dialogs.open === 'export');
  return open ? <ExportDialogBody /> : null;
}

function ExportDialogBody() {
  const { dialogs } = useActions();
  const { exportDb } = useDatabaseExchange();
  const [choices] = useState(listExportChoices);
  const [choiceId, setChoiceId] = useState('bundle');
  const [onlyShown, setOnlyShown] = useState(false);
  const filtered = useAppState((s) => isFiltered(s.filters));
  const { filtered: shownClaims } = useListedClaims();
  const choice = choices.find((c) => c.id === choiceId);
  const canNarrow = filtered && choice?.format !== undefined;
  const close = () => dialogs.closeDialog('export');

  const exportNow = () => {
    const claimIds = canNarrow && onlyShown ? new Set(shownClaims.map((c) => c.id)) : undefined;
    close();
    void exportDb(choice, claimIds);
  };

  return (
    <ModalDialog title="Export database" className="export-dialog" onClose={close}>
      <label className="form-field">
        <span>Format</span>
        <select value={choiceId} onChange={(e) => setChoiceId(e.target.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {canNarrow && (
        <label className="form-check">
          <input type="checkbox" checked={onlyShown} onChange={(e) => setOnlyShown(e.target.checked)} />
          <span>Only the {shownClaims.length} claims the Claims list shows</span>
        </label>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={exportNow}>
          Export
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
