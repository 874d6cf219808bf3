// The team sync status, always in the header: off, live and when it last synced, changes waiting, offline,
// or what went wrong, in words. It is the button that opens the Team sync settings.
import { selectSyncTone, describeSyncLine } from '../../store/slices/sync';
import { useActions, useAppState } from '../../store/use-app-store';
import './sync.css';

export const formatClock = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function SyncStatusLine() {
  const line = useAppState((s) => describeSyncLine(s.sync, formatClock));
  const tone = useAppState((s) => selectSyncTone(s.sync));
  const { openDialog } = useActions().dialogs;
  return (
    <button
      type="button"
      className={`sync-status sync-status-${tone}`}
      title={`${line}. Press for the Team sync settings.`}
      onClick={() => openDialog('sync')}
    >
      <span role="status">{line}</span>
    </button>
  );
}
