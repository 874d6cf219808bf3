// What the claim form shows when its save was refused because another window changed or deleted the claim
// since the form opened. Nothing has been written yet: the researcher decides. For a newer version, "Keep
// mine" writes this form (the other version is kept as a conflict to review) and "Keep theirs" discards it;
// for a delete, "Restore with my changes" brings the claim back and "Leave it deleted" discards the form.
type Props = {
  reason: 'changed' | 'deleted';
  busy: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
};

export function SaveConflictNotice({ reason, busy, onKeepMine, onDiscard }: Props) {
  const changed = reason === 'changed';
  return (
    <div className="save-conflict" role="alert">
      <p>
        <strong>
          {changed
            ? 'This claim was changed in another window.'
            : 'This claim was deleted in another window.'}
        </strong>{' '}
        {changed
          ? 'Keep mine saves this form as the newer version; the other version stays under Review conflicts.'
          : 'Nothing has been saved.'}
      </p>
      <div className="save-conflict-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onKeepMine}>
          {changed ? 'Keep mine' : 'Restore with my changes'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onDiscard}>
          {changed ? 'Keep theirs' : 'Leave it deleted'}
        </button>
      </div>
    </div>
  );
}
