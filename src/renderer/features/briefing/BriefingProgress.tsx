// Where the briefing stands while the worker composes it, with "Cancel"; and, once cancelled or failed,
// what happened with "Generate again". Announced politely to screen readers as a status.
import type { BriefingRun } from './use-briefing-document';

const STAGES = {
  reading: 'Reading the library',
  composing: 'Composing the briefing',
  references: 'Formatting the references',
} as const;

function describeWork(run: Extract<BriefingRun, { status: 'working' }>): string {
  const progress = run.progress;
  if (!progress) return 'Preparing the briefing…';
  if (progress.stage === 'reading') return `${STAGES.reading} (${progress.done} of ${progress.total})…`;
  if (progress.stage === 'references')
    return `${STAGES.references} of ${progress.total.toLocaleString('en-GB')} ${progress.total === 1 ? 'source' : 'sources'}…`;
  const claims = progress.total.toLocaleString('en-GB');
  return `${STAGES.composing} from ${claims} ${progress.total === 1 ? 'claim' : 'claims'}…`;
}

export function BriefingProgress({
  run,
  onCancel,
  onRetry,
}: {
  run: BriefingRun;
  onCancel: () => void;
  onRetry: () => void;
}) {
  if (run.status === 'ready') return null;
  return (
    <div
      className="briefing-progress"
      role="status"
      aria-label="Briefing progress"
      data-batches={run.status === 'working' ? run.progress?.batches : undefined}
    >
      {run.status === 'working' && (
        <>
          <span>{describeWork(run)}</span>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
      {run.status !== 'working' && (
        <>
          <span>
            {run.status === 'cancelled'
              ? 'Cancelled: the briefing was not generated.'
              : `The briefing could not be generated: ${run.message}`}
          </span>
          <button type="button" className="button" onClick={onRetry}>
            Generate again
          </button>
        </>
      )}
    </div>
  );
}
