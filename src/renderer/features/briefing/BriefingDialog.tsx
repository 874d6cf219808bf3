// The briefing dialog's gate: renders the dialog when the store says it is open. The dialog itself
// (BriefingDialogBody.tsx) brings citeproc, the Word writer, the HTML sanitiser and the composer, about a
// third of the app's code, so it is loaded when a briefing is first asked for and not with the page,
// whose start it held up.
import { lazy, Suspense } from 'react';
import { useAppState } from '../../store/use-app-store';

const BriefingDialogBody = lazy(() =>
  import('./BriefingDialogBody').then((module) => ({ default: module.BriefingDialogBody })),
);

/** The briefing dialog, when the store says it is open. */
export function BriefingDialog() {
  const open = useAppState((s) => s.dialogs.open === 'briefing');
  return open ? (
    <Suspense fallback={null}>
      <BriefingDialogBody />
    </Suspense>
  ) : null;
}
