// "Export database": the Format to write (the library bundle, W3C Web Annotation, REFI-QDA project or
// codebook, CSV), and for an interchange format, with the Claims list filtered, whether to write only the
// claims it shows. The bundle is always the whole library. The dialog holds no claims: it counts the shown
// ones through the list's own index query, and the export, narrowed by the same filter, is read and written
// in the exchange worker (export-library.ts).
import { useMemo, useState } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import { countListedClaims } from '../../storage/listed-claims';
import { useLiveData } from '../../storage/live-query';
import { toListedFilter } from '../claims/listed-filter';
import { isFiltered } from '../../store/slices/filters';
import { useActions, useAppState } from '../../store/use-app-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { listExportChoices } from './export-choices';
import { useDatabaseExchange } from './use-database-exchange';

/** The open dialog: loaded when it is first opened (see ExportDialog.tsx). */
export function ExportDialogBody() {
  const { dialogs } = useActions();
  const { exportDb } = useDatabaseExchange();
  const [choices] = useState(listExportChoices);
  const [choiceId, setChoiceId] = useState('bundle');
  const [onlyShown, setOnlyShown] = useState(false);
  const { store } = useWorkbench();
  const { tags } = useLibraryData();
  const filters = useAppState((s) => s.filters);
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const filter = useMemo(() => toListedFilter(filters, openSourceId, tags), [filters, openSourceId, tags]);
  const choice = choices.find((c) => c.id === choiceId);
  const canNarrow = isFiltered(filters) && choice?.format !== undefined;
  const shown = useLiveData(
    () => (canNarrow && filter ? countListedClaims(store, filter) : Promise.resolve(0)),
    [store, canNarrow, JSON.stringify(filter)],
  );
  const close = () => dialogs.closeDialog('export');

  const exportNow = () => {
    close();
    void exportDb(choice, canNarrow && onlyShown ? filter : undefined);
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
          <span>Only the {shown.status === 'ready' ? `${shown.data} ` : ''}claims the Claims list shows</span>
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
