// The "Export database" dialog's gate: renders the dialog when the store says it is open. The dialog
// (ExportDialogBody.tsx) lists the interchange formats, whose writers come with them, so it is loaded when
// it is first opened and not with the page.
import { lazy, Suspense } from 'react';
import { useAppState } from '../../store/use-app-store';

const ExportDialogBody = lazy(() =>
  import('./ExportDialogBody').then((module) => ({ default: module.ExportDialogBody })),
);

export function ExportDialog() {
  const open = useAppState((s) => s.dialogs.open === 'export');
  return open ? (
    <Suspense fallback={null}>
      <ExportDialogBody />
    </Suspense>
  ) : null;
}
