// The "Suggest claims" actions for the UI: one source or the whole library, one run at a time, with the
// progress the Library pane shows and a notice saying how many suggestions were added.
import { useCallback, useRef, useState } from 'react';
import type { ClaimKind, Source } from '../../../core/model/records';
import { useWorkbench } from '../../app/workbench-context';
import { pickRunner } from './suggest-runner';
import { suggestSources, type SuggestProgress, type SuggestSummary } from './suggest-sources';

export type SuggestStatus = (SuggestProgress & { scope: 'source' | 'library' }) | null;

const KIND_WORDS: [ClaimKind, string, string][] = [
  ['figure', 'figure', 'figures'],
  ['date', 'date', 'dates'],
  ['stance', 'stance', 'stances'],
];

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function describeSummary(summary: SuggestSummary, title?: string): { title: string; lines: string[] } {
  const where = title ? ` for “${title}”` : ` across ${plural(summary.sources, 'source', 'sources')}`;
  if (summary.added === 0) {
    return {
      title: `No new suggestions${where}.`,
      lines: ['Suggestions you have accepted or rejected are not offered again.'],
    };
  }
  const kinds = KIND_WORDS.filter(([kind]) => summary.byKind[kind])
    .map(([kind, one, many]) => plural(summary.byKind[kind] ?? 0, one, many))
    .join(', ');
  return { title: `Added ${plural(summary.added, 'suggestion', 'suggestions')}${where}.`, lines: [kinds] };
}

export function useSuggestClaims() {
  const { store, researcher, notify } = useWorkbench();
  const [status, setStatus] = useState<SuggestStatus>(null);
  const running = useRef(false);

  const run = useCallback(
    async (sources: Source[], scope: 'source' | 'library') => {
      if (sources.length === 0) return;
      if (running.current) {
        notify({ tone: 'error', title: 'Suggestions are already being made; wait for them to finish.' });
        return;
      }
      running.current = true;
      const jobs = sources.map((s) => ({ id: s.id, text: s.text }));
      try {
        const summary = await suggestSources(
          store,
          sources,
          { researcherId: researcher.id },
          pickRunner(jobs),
          (progress) => setStatus({ ...progress, scope }),
        );
        notify({
          tone: 'info',
          ...describeSummary(summary, scope === 'source' ? sources[0]?.title : undefined),
        });
      } catch (error) {
        notify({
          tone: 'error',
          title: 'Claims could not be suggested.',
          lines: [error instanceof Error ? error.message : String(error)],
        });
      } finally {
        running.current = false;
        setStatus(null);
      }
    },
    [store, researcher.id, notify],
  );

  const suggestSource = useCallback((source: Source) => run([source], 'source'), [run]);
  const suggestLibrary = useCallback((sources: Source[]) => run(sources, 'library'), [run]);
  return { status, suggestSource, suggestLibrary };
}
