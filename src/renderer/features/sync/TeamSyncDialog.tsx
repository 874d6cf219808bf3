// "Team sync": the server, database, user name and password; Save, Sync now, Keep in sync and Forget;
// and the status in full (the engine's own words for an error, the documents the server sent that were
// refused). The form checks the address and the database name with core's rules before anything is kept.
import { useState, type FormEvent } from 'react';
import { parseSyncServer } from '../../../core/sync/sync-origin';
import { checkDatabaseName } from '../../../core/sync/sync-settings';
import { useWorkbench } from '../../services/workbench-context';
import { describeSyncLine } from '../../store/slices/sync';
import { useActions, useAppState } from '../../store/use-app-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { formatClock } from './SyncStatusLine';
import { useTeamSyncControls } from './use-team-sync';

export function TeamSyncDialog() {
  const open = useAppState((s) => s.dialogs.open === 'sync');
  return open ? <TeamSyncDialogBody /> : null;
}

function TeamSyncDialogBody() {
  const { dialogs, sync } = useActions();
  const { platform } = useWorkbench();
  const teamSync = useTeamSyncControls();
  const target = useAppState((s) => s.sync.target);
  const keepInSync = useAppState((s) => s.sync.keepInSync);
  const line = useAppState((s) => describeSyncLine(s.sync, formatClock));
  const error = useAppState((s) => s.sync.status.error);
  const refused = useAppState((s) => s.sync.status.refused);
  const [serverUrl, setServerUrl] = useState(target?.serverUrl ?? '');
  const [database, setDatabase] = useState(target?.database ?? '');
  const [username, setUsername] = useState(target?.username ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const server = parseSyncServer(serverUrl);
    const nameProblem = checkDatabaseName(database.trim());
    if (!server.ok) return setProblem(server.error);
    if (nameProblem) return setProblem(nameProblem);
    if (password === '') return setProblem('Enter your password for the server.');
    setProblem(null);
    void run(async () => {
      const kept = await teamSync.save({
        serverUrl: server.serverUrl,
        database: database.trim(),
        username: username.trim(),
        password,
      });
      setPassword('');
      setSaved(
        kept === 'encrypted'
          ? 'Saved. The password is encrypted by this computer’s keychain.'
          : platform.host === 'web'
            ? 'Saved for this session: the browser keeps the password in memory only, so you enter it again after a reload.'
            : 'Saved. This computer has no keychain, so the password is kept until the app closes.',
      );
      if (!keepInSync) await teamSync.syncNow();
    });
  };

  return (
    <ModalDialog title="Team sync" className="sync-dialog" onClose={() => dialogs.closeDialog('sync')}>
      <p>
        Share this library with your team through a CouchDB server (Apache CouchDB, Cloudant or PouchDB
        Server). Your work stays on this computer too: without the server, changes wait and go when it is
        back.
      </p>
      <form className="sync-form" aria-label="Team sync settings" onSubmit={save}>
        <label className="form-field">
          <span>Server address</span>
          <input
            value={serverUrl}
            placeholder="https://couch.example.org"
            onChange={(e) => setServerUrl(e.target.value)}
            autoComplete="url"
            spellCheck={false}
          />
        </label>
        <label className="form-field">
          <span>Database</span>
          <input value={database} onChange={(e) => setDatabase(e.target.value)} spellCheck={false} />
        </label>
        <label className="form-field">
          <span>User name</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" />
        </label>
        <label className="form-field">
          <span>Password</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        {problem && (
          <p className="sync-problem" role="alert">
            {problem}
          </p>
        )}
        {saved && <p className="sync-saved">{saved}</p>}
        <div className="sync-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Save
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || target === null}
            onClick={() => void run(() => teamSync.syncNow())}
          >
            Sync now
          </button>
          <label className="form-check">
            <input
              type="checkbox"
              checked={keepInSync}
              onChange={(e) => sync.setKeepInSync(e.target.checked)}
            />
            Keep in sync
          </label>
          {target && (
            <button
              type="button"
              className="button-quiet"
              disabled={busy}
              onClick={() => void run(() => teamSync.forget())}
            >
              Forget these settings
            </button>
          )}
        </div>
      </form>
      <section className="sync-state" aria-label="Sync status">
        <p>{line}</p>
        {error && (
          <p className="sync-error" role="alert">
            {error.message}
          </p>
        )}
        {refused.length > 0 && (
          <details>
            <summary>
              {refused.length} document{refused.length === 1 ? '' : 's'} from the server refused
            </summary>
            <ul>
              {refused.map((r) => (
                <li key={r.docId}>
                  {r.docId}: {r.message}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </ModalDialog>
  );
}
