// "Suggest claims" for one source or many: runs the suggester (through the runner given), stores each
// source's new suggestions as they arrive, reports progress, and sums up what was added per kind.
import type { ClaimKind, Source } from '../../../core/model/records';
import { toSuggestedClaims } from '../../../core/suggest/suggestion-fields';
import type { Actor } from '../../storage/actor';
import type { Store } from '../../storage/database';
import { addSuggestions } from '../../storage/suggestions';
import type { SuggestRunner } from './suggest-runner';

export type SuggestProgress = { done: number; total: number };
export type SuggestSummary = { sources: number; added: number; byKind: Partial<Record<ClaimKind, number>> };

export async function suggestSources(
  store: Store,
  sources: Source[],
  actor: Actor,
  runner: SuggestRunner,
  onProgress: (progress: SuggestProgress) => void = () => {},
): Promise<SuggestSummary> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const summary: SuggestSummary = { sources: sources.length, added: 0, byKind: {} };
  let done = 0;
  onProgress({ done, total: sources.length });
  await runner(
    sources.map((s) => ({ id: s.id, text: s.text })),
    async (id, suggestions) => {
      const source = byId.get(id);
      if (source) {
        const added = await addSuggestions(store, source, toSuggestedClaims(suggestions, source.text), actor);
        summary.added += added.length;
        for (const claim of added) summary.byKind[claim.kind] = (summary.byKind[claim.kind] ?? 0) + 1;
      }
      onProgress({ done: (done += 1), total: sources.length });
    },
  );
  return summary;
}
