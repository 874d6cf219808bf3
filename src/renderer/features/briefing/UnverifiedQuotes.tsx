// The confirm step before an export whose briefing cites quotes that no longer match their source: it
// lists them, and the researcher either goes on (the export marks them "unverified") or goes back.
import type { UnverifiedQuote } from '../../../core/briefing/check-quotes';

type Props = { quotes: UnverifiedQuote[]; onExport: () => void; onCancel: () => void };

export function UnverifiedQuotes({ quotes, onExport, onCancel }: Props) {
  return (
    <section
      className="briefing-confirm"
      role="alertdialog"
      aria-label="Unverified quotes"
      aria-modal="false"
    >
      <p>
        {quotes.length === 1 ? 'One quote is' : `${quotes.length} quotes are`} no longer found exactly in{' '}
        {quotes.length === 1 ? 'its source' : 'their sources'}. The exported briefing will mark{' '}
        {quotes.length === 1 ? 'it' : 'them'} “unverified”.
      </p>
      <ul>
        {quotes.map((quote) => (
          <li key={quote.n}>{quote.description}</li>
        ))}
      </ul>
      <div className="briefing-confirm-actions">
        <button type="button" className="button button-primary" onClick={onExport}>
          Export anyway
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
