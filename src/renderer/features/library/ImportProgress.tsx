// The progress of a batch import at the top of the Library: which file of how many is being read, as a
// progress bar screen readers announce (with the pages OCR has read of a scanned PDF), and "Cancel
// import", which stops after the current file (and ends a running OCR at once).
import type { ImportProgress as Progress } from './import-documents';

type Props = { progress: Progress; cancelling: boolean; onCancel: () => void };

export function ImportProgress({ progress, cancelling, onCancel }: Props) {
  const ocr = progress.ocr ? ` (OCR: page ${progress.ocr.done} of ${progress.ocr.total} read)` : '';
  const label = `Importing ${progress.index} of ${progress.total}: ${progress.name}${ocr}`;
  // Files finished so far; the bar fills as each one is done.
  const done = progress.index - 1;
  return (
    <div className="import-progress">
      <p className="import-progress-label" title={progress.name}>
        {label}
      </p>
      <div
        className="import-progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${progress.total} files imported`}
      >
        <span style={{ width: `${(100 * done) / progress.total}%` }} />
      </div>
      <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Cancelling…' : 'Cancel import'}
      </button>
    </div>
  );
}
