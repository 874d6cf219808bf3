// The "Suggest claims" actions for the UI: one source or the whole library, one run at a time, with the
// progress (the store's tasks slice) that the Library and the reader show, and a notice saying how many
// suggestions were added. New suggestions bring the Suggestions tab forward.
import { useCallback } from 'react';
import type { ClaimKind } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import type { SourceEntry } from '../../storage/source-texts';
import { readWithTexts } from '../../storage/sources';
import { useAppStore } from '../../store/use-app-store';
import { pickRunner } from './suggest-runner';
import { suggestSources, type SuggestSummary } from './suggest-sources';

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
  const appStore = useAppStore();
  const { tasks, navigation } = appStore.actions;

  const run = useCallback(
    async (entries: SourceEntry[], scope: 'source' | 'library') => {
      if (entries.length === 0) return;
      if (appStore.getState().tasks.suggesting) {
        notify({ tone: 'error', title: 'Suggestions are already being made; wait for them to finish.' });
        return;
      }
      tasks.reportSuggesting({ done: 0, total: entries.length, scope });
      try {
        // The texts are read for the run only; the library data holds the entries.
        const sources = await readWithTexts(store, entries);
        const jobs = sources.map((s) => ({ id: s.id, text: s.text }));
        const summary = await suggestSources(
          store,
          sources,
          { researcherId: researcher.id },
          pickRunner(jobs),
          (progress) => tasks.reportSuggesting({ ...progress, scope }),
        );
        notify({
          tone: 'info',
          ...describeSummary(summary, scope === 'source' ? entries[0]?.title : undefined),
        });
        if (summary.added > 0) navigation.showTab('suggestions');
      } catch (error) {
        notify({
          tone: 'error',
          title: 'Claims could not be suggested.',
          lines: [error instanceof Error ? error.message : String(error)],
        });
      } finally {
        tasks.reportSuggesting(null);
      }
    },
    [store, researcher.id, notify, appStore, tasks, navigation],
  );

  const suggestSource = useCallback((source: SourceEntry) => run([source], 'source'), [run]);
  const suggestLibrary = useCallback((sources: SourceEntry[]) => run(sources, 'library'), [run]);
  return { suggestSource, suggestLibrary };
}
