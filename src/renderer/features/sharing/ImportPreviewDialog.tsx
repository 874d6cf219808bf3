// "Import database", second step: what the chosen file would add and update, with anything to look at
// first (deletions of records this library never had, claims that would become orphans), for a file of
// another format what it holds that cannot be brought in and why, and "Import" or "Cancel". Nothing is
// written until the researcher says so.
import { useAppState } from '../../store/use-app-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { useDatabaseExchange } from './use-database-exchange';

export function ImportPreviewDialog() {
  const preview = useAppState((s) => s.tasks.importPreview);
  const { confirmImport, cancelImport } = useDatabaseExchange();
  if (!preview) return null;
  return (
    <ModalDialog
      key={preview.id}
      title="Import database"
      className="import-preview"
      onClose={() => cancelImport(preview.id)}
    >
      {preview.format ? (
        <p>
          <strong>{preview.fileName}</strong> is a {preview.format} file. Merging what it holds into your
          library would change this:
        </p>
      ) : (
        <p>
          <strong>{preview.fileName}</strong> is a valid library. Merging it into yours would change this:
        </p>
      )}
      <ul>
        {preview.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {preview.skipped && preview.skipped.length > 0 && (
        <section className="import-skipped" aria-label="Not brought in">
          <h3>Not brought in ({preview.skipped.length})</h3>
          <ul>
            {preview.skipped.map((item, i) => (
              <li key={i}>
                {item.what}: {item.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.warnings.length > 0 && (
        <div className="import-warnings" role="alert" aria-label="Before you import">
          {preview.warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void confirmImport(preview.id)}
        >
          Import
        </button>
        <button type="button" className="button" onClick={() => cancelImport(preview.id)}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
