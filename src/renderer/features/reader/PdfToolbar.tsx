// The bar over a PDF's pages: "Zoom out", the current zoom as a percentage, "Zoom in", "Fit width", and a
// "Go to page" field (Enter jumps; a page that is not in the document is answered with a message saying
// which pages there are). It only reports what the user asked for; PdfPages does the zooming and scrolling.
import { useState, type FormEvent } from 'react';
import { formatZoom, MAX_ZOOM, MIN_ZOOM, readPageRequest } from './pdf-zoom';

type Props = {
  scale: number;
  fitted: boolean;
  labels: readonly string[];
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitWidth: () => void;
  onGoToPage: (index: number) => void;
};

export function PdfToolbar(props: Props) {
  const { scale, fitted, labels, onZoomIn, onZoomOut, onFitWidth, onGoToPage } = props;
  const [page, setPage] = useState('');
  const [message, setMessage] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = readPageRequest(page, labels);
    if (!request.ok) {
      setMessage(request.message);
      return;
    }
    setMessage('');
    onGoToPage(request.index);
  };

  return (
    <div className="pdf-toolbar" role="group" aria-label="Page view">
      <button type="button" className="button-quiet" onClick={onZoomOut} disabled={scale <= MIN_ZOOM}>
        Zoom out
      </button>
      <output className="pdf-zoom" aria-label="Zoom" aria-live="polite">
        {scale > 0 ? formatZoom(scale) : ''}
      </output>
      <button type="button" className="button-quiet" onClick={onZoomIn} disabled={scale >= MAX_ZOOM}>
        Zoom in
      </button>
      <button type="button" className="button-quiet" onClick={onFitWidth} aria-pressed={fitted}>
        Fit width
      </button>
      <form className="pdf-go-to" onSubmit={submit} noValidate>
        <label>
          Go to page
          <input
            type="text"
            inputMode="numeric"
            size={4}
            value={page}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? 'pdf-go-to-message' : undefined}
            onChange={(e) => {
              setPage(e.target.value);
              setMessage('');
            }}
          />
        </label>
        <span className="pdf-page-count">of {labels.length}</span>
      </form>
      {message && (
        <p id="pdf-go-to-message" className="pdf-go-to-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
