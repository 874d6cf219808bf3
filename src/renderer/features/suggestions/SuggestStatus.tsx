// The small progress message while suggestions are being made ("Suggesting claims… 2 of 5 sources"),
// announced politely to screen readers.
import { useAppState } from '../../store/use-app-store';

export function SuggestStatus() {
  const status = useAppState((s) => s.tasks.suggesting);
  if (!status) return null;
  const text =
    status.scope === 'library'
      ? `Suggesting claims… ${status.done} of ${status.total} sources`
      : 'Suggesting claims…';
  return (
    <span className="suggest-status" role="status">
      {text}
    </span>
  );
}
