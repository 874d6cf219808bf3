// On a claim card: "quote changed — check", when a new version of the claim's source reads a little
// differently at its passage. It shows the quote as it was, and "Checked" clears the flag once the
// researcher has seen that the claim still holds (or edited it).
import type { Claim } from '../../../core/model/records';
import { useVersionActions } from './use-version-actions';
import './versions.css';

export function QuoteChangedNote({ claim }: { claim: Claim }) {
  const { confirmQuote } = useVersionActions();
  const previous = claim.target.previousQuote;
  if (previous === undefined) return null;
  return (
    <div className="quote-changed" role="note" aria-label="Quote changed">
      <strong>quote changed — check</strong>
      <span className="quote-changed-was">was “{previous}”</span>
      <button type="button" className="button-quiet" onClick={() => void confirmQuote(claim.id)}>
        Checked
      </button>
    </div>
  );
}
