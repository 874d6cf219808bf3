// The "Orphans" region of the reader: claims of the open source whose passage could not be placed in its
// text (a new version deleted or rewrote it, or a merge brought a newer text). Each is listed with its old
// quote, never dropped, until the researcher re-selects its passage ("Re-select passage", then select the
// text and "Attach passage") or dismisses it ("Dismiss", which can be undone).
import type { Claim, ClaimTarget } from '../../../core/model/records';
import { useActions, useAppState } from '../../store/use-app-store';
import { KindBadge } from '../../ui/KindBadge';
import { useVersionActions } from './use-version-actions';
import './versions.css';

type Range = { start: number; end: number };
type Props = {
  orphans: Claim[];
  /** The passage selected in the reader now, if any. */
  selection: Range | null;
  targetFor: (range: Range) => ClaimTarget;
  onSelectClaim: (id: string) => void;
};

export function OrphansPanel({ orphans, selection, targetFor, onSelectClaim }: Props) {
  const reattaching = useAppState((s) => s.versions.reattachingClaimId);
  const { versions } = useActions();
  const { reattach, dismiss } = useVersionActions();

  return (
    <div className="orphans" role="region" aria-label="Orphans">
      <h3>Orphans</h3>
      <p className="orphans-hint">
        These claims’ passages are not in this text. They are kept until you re-select a passage or dismiss
        them.
      </p>
      <ul>
        {orphans.map((claim) => (
          <li key={claim.id} className="orphan" data-claim-id={claim.id}>
            <button type="button" className="orphan-item" onClick={() => onSelectClaim(claim.id)}>
              <KindBadge kind={claim.kind} /> “{claim.target.selector[0].exact}”
            </button>
            {reattaching === claim.id ? (
              <span className="orphan-actions">
                <span className="orphan-instruction">Select its passage in the text, then</span>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={!selection}
                  // Keep the text selection when the button is pressed with the mouse.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    if (!selection) return;
                    window.getSelection()?.removeAllRanges();
                    void reattach(claim.id, targetFor(selection));
                  }}
                >
                  Attach passage
                </button>
                <button type="button" className="button-quiet" onClick={versions.stopReattach}>
                  Cancel
                </button>
              </span>
            ) : (
              <span className="orphan-actions">
                <button type="button" className="button" onClick={() => versions.startReattach(claim.id)}>
                  Re-select passage
                </button>
                <button type="button" className="button-quiet" onClick={() => void dismiss(claim)}>
                  Dismiss
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
