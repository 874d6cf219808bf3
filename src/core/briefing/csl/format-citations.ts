// References and in-text citations through citeproc-js, the CSL engine Zotero uses: no formatter of our
// own. Each cited source becomes a CSL-JSON item (its stored metadata, its title when the metadata has
// none); the engine gives the bibliography in the style's order and each citation's in-text form with
// its locator ("(Department for Education, 2014, p. 4)"). Plain text output: writers escape it.
//
// The sources are split into groups that cannot collide (collision-groups.ts); the groups not in the
// cache are formatted in batches, each one registry, which read exactly as the registry of all sources
// (citation-plan.ts). `formatCitations` runs every batch here; a caller with workers plans, runs the
// batches there and assembles. `onlySources` formats just the groups holding those sources: a preview's
// references, in the order and wording the whole briefing gives them.
import {
  assembleCitations,
  planCitations,
  type CiteprocBatch,
  type CitationPlan,
  type CitedPassage,
  type FormattedCitations,
  type PlanOptions,
} from './citation-plan';
import type { CslItem } from './collision-groups';
import { runCiteproc } from './run-citeproc';
import type { CitationStyleId } from '../document/briefing-document';
import type { Source } from '../../model/records';

export type { CitedPassage, FormattedCitations } from './citation-plan';
export type FormatCitationsOptions = Omit<PlanOptions, 'batches'>;

/** The plan for formatting these sources' citations (see citation-plan.ts). */
export function planSourceCitations(
  style: CitationStyleId,
  sources: readonly Source[],
  passages: readonly CitedPassage[],
  options: PlanOptions = {},
): CitationPlan {
  return planCitations(style, cslItemsOf(sources), passages, options);
}

/** The sources as CSL-JSON items, each once. */
export const cslItemsOf = (sources: readonly Source[]): CslItem[] => [
  ...new Map(sources.map((source) => [source.id, toCslItem(source)])).values(),
];

/** Runs one batch here, in this thread. */
export const runBatch = (batch: CiteprocBatch) => runCiteproc(batch.style, batch.items, batch.requests);

export function formatCitations(
  style: CitationStyleId,
  sources: readonly Source[],
  passages: readonly CitedPassage[],
  options: FormatCitationsOptions = {},
): FormattedCitations {
  if (sources.length === 0) return { references: [], inText: passages.map(() => '') };
  const plan = planSourceCitations(style, sources, passages, options);
  return assembleCitations(plan, plan.batches.map(runBatch));
}

/** The source's CSL-JSON with its id; a type CSL knows (a document otherwise) and a title. */
export function toCslItem(source: Source): CslItem {
  const { metadata } = source;
  return {
    ...metadata,
    id: source.id,
    type: metadata.type || 'document',
    title: metadata.title?.trim() || source.title,
  };
}
