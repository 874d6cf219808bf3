// A PDF that arrived through team sync comes without its original file (replication leaves originals
// out); when the reader opens it, its bytes are fetched from the team's database once and kept, and the
// reader's live query of originals then draws its pages. Without sync, or offline, the text is shown.
import { useEffect } from 'react';
import { useAppState } from '../../store/use-app-store';
import { useTeamSyncControls } from './use-team-sync';

export function useOriginalFromTeam(sourceId: string, missing: boolean): void {
  const teamSync = useTeamSyncControls();
  const syncing = useAppState((s) => s.sync.target !== null && s.sync.status.lastSynced !== null);
  useEffect(() => {
    if (!missing || !syncing) return;
    // A failure leaves the text view as it is; the next opening tries again.
    teamSync.fetchOriginal(sourceId).catch(() => false);
  }, [teamSync, sourceId, missing, syncing]);
}
