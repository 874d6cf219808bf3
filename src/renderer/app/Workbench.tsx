// The app shell: lays out the header, the message line and the three panes (Library, Document, and the
// side pane with Claims and Suggestions), with the dialogs and the Undo toast. It holds no state and
// passes no data: every feature reads the store and the library data itself. Each pane fails on its own.
import { BriefingDialog } from '../features/briefing/BriefingDialog';
import { CodebookPane } from '../features/codebook/CodebookPane';
import { AppHeader } from '../features/header/AppHeader';
import { DropOverlay } from '../features/library/DropOverlay';
import { LibraryPane } from '../features/library/LibraryPane';
import { ReaderPane } from '../features/reader/ReaderPane';
import { useOpenPassage } from '../features/reader/use-open-passage';
import { ConflictsDialog } from '../features/sharing/ConflictsDialog';
import { ImportPreviewDialog } from '../features/sharing/ImportPreviewDialog';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { useGlobalShortcuts } from '../features/shortcuts/use-global-shortcuts';
import { SidePane } from '../features/side-pane/SidePane';
import { StorageDialog } from '../features/storage-status/StorageDialog';
import { ExportDialog } from '../features/sharing/ExportDialog';
import { TeamSyncDialog } from '../features/sync/TeamSyncDialog';
import { useTeamSync } from '../features/sync/use-team-sync';
import { UndoBar } from '../features/undo/UndoBar';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { NoticeArea } from '../ui/NoticeArea';

export function Workbench() {
  useGlobalShortcuts();
  useOpenPassage();
  useTeamSync();
  return (
    <div className="app">
      <AppHeader />
      <NoticeArea />
      <main className="workbench">
        <ErrorBoundary area="library">
          <LibraryPane />
        </ErrorBoundary>
        <ErrorBoundary area="document">
          <ReaderPane />
        </ErrorBoundary>
        <ErrorBoundary area="claims">
          <SidePane />
        </ErrorBoundary>
        <CodebookPane />
      </main>
      <ErrorBoundary area="dialog">
        <BriefingDialog />
        <ConflictsDialog />
        <ShortcutsDialog />
        <StorageDialog />
        <ExportDialog />
        <ImportPreviewDialog />
        <TeamSyncDialog />
      </ErrorBoundary>
      <UndoBar />
      <DropOverlay />
    </div>
  );
}
