// A line under the reader's title when the open source is one of several versions of a document: "Superseded
// by “…”" (its claims have moved to the newer one) or "New version of “…”", each with a button to open the
// other version.
import type { SourceEntry } from '../../storage/source-texts';
import { useActions } from '../../store/use-app-store';
import './versions.css';

type Props = { source: SourceEntry; newer: SourceEntry | undefined; older: SourceEntry | undefined };

export function VersionNote({ source, newer, older }: Props) {
  const { navigation } = useActions();
  if (!newer && !older) return null;
  return (
    <p className="version-note" role="note" aria-label="Versions" data-source-id={source.id}>
      {newer ? (
        <>
          <span className="superseded-badge">Superseded</span> by “{newer.title}”; its claims are on the newer
          version.{' '}
          <button type="button" className="button-quiet" onClick={() => navigation.openSource(newer.id)}>
            Open newer version
          </button>
        </>
      ) : (
        older && (
          <>
            New version of “{older.title}”.{' '}
            <button type="button" className="button-quiet" onClick={() => navigation.openSource(older.id)}>
              Open older version
            </button>
          </>
        )
      )}
    </p>
  );
}
