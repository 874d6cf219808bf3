// Shown in the Library after an import left files waiting because each looks like a new version of a source
// here (the same title or URL, or most of its text the same): "Import as a new version of …?", answered
// with "Import as new version" (its claims move to it), "Import as separate source", or "Not now".
import { useAppState } from '../../store/use-app-store';
import './versions.css';

type Answer = 'new-version' | 'separate' | 'skip';
type Props = { onAnswer: (fileName: string, answer: Answer) => void };

export function NewVersionPrompt({ onAnswer }: Props) {
  const offers = useAppState((s) => s.versions.offers);
  if (offers.length === 0) return null;
  return (
    <>
      {offers.map((offer) => (
        <div key={offer.fileName} className="same-text new-version" role="group" aria-label="New version">
          <p>{offer.message}</p>
          <div className="same-text-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => onAnswer(offer.fileName, 'new-version')}
            >
              Import as new version
            </button>
            <button type="button" className="button" onClick={() => onAnswer(offer.fileName, 'separate')}>
              Import as separate source
            </button>
            <button type="button" className="button-quiet" onClick={() => onAnswer(offer.fileName, 'skip')}>
              Not now
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
