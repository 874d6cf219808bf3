// A "Suggest claims" button: for the open source in the Document toolbar, or for every source in the
// Library pane. Disabled (and marked busy) while a run is going, keeping its name so it is always found by it.
type Props = { label: string; busy: boolean; disabled?: boolean; onClick: () => void };

export function SuggestButton({ label, busy, disabled = false, onClick }: Props) {
  return (
    <button
      type="button"
      className="button suggest-button"
      disabled={busy || disabled}
      aria-busy={busy}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
