// The last step of composing a briefing: its citations and references in the chosen CSL style, from a
// draft (compose-briefing.ts: the sections, and each cited passage re-anchored and located). With
// `onlyFirst`, only the sources cited by the first citations are formatted (by their collision groups,
// see csl/format-citations.ts) and only those citations are written: the document's start then reads
// exactly as in the whole briefing, while later citations and their references are left out. Its
// sections still cite them, so it is not a document to write out: the app draws its start (the
// preview's `startOf`) while the whole is finished. A citation cache carries formatted groups from one
// briefing to the next.
import { text } from './compose/section-context';
import type { CitationCache } from './csl/citation-cache';
import {
  assembleCitations,
  groupCitations,
  type CitationGrouping,
  type CitationPlan,
  type FormattedCitations,
} from './csl/citation-plan';
import { cslItemsOf, planSourceCitations, runBatch } from './csl/format-citations';
import { isOcrPassage } from '../import/pdf/ocr-marking';
import { isStoredWebAddress } from '../model/web-address';
import type { PassageLocator } from './locate-passage';
import { contextAround, type VerifiedPassage } from './verify-citation';
import type { BriefingDocument, Citation, CitationStyleId, Section } from './document/briefing-document';
import type { Claim, Source } from '../model/records';

export const REFERENCES_HEADING = 'References';

export type DraftPassage = {
  claim: Claim;
  source: Source | undefined;
  passage: VerifiedPassage;
  locator: PassageLocator | null;
};

export type BriefingDraftDocument = {
  title: string;
  introduction: string[];
  generatedAt: string;
  style: CitationStyleId;
  /** The chosen sections, References aside. */
  sections: Section[];
  /** Every citation's passage, in citation order. */
  passages: DraftPassage[];
  sourcesById: ReadonlyMap<string, Source>;
};

export type FinishBriefingOptions = {
  cache?: CitationCache;
  /**
   * Format only the sources of the first `onlyFirst` citations and write only those citations: the
   * document's start, to draw trimmed (the sections still cite later citations), never to write out.
   */
  onlyFirst?: number;
  /** Cores to split citeproc's work over, for a caller that runs batches in workers (csl/batch-count). */
  cores?: number;
  /** Exactly this many batches (a forced count: `evidence brief`'s EVIDENCE_BRIEF_THREADS). */
  batches?: number;
  /** The draft's `groupBriefingCitations`, when worked out already. */
  grouping?: CitationGrouping;
};

export function finishBriefing(
  draft: BriefingDraftDocument,
  options: FinishBriefingOptions = {},
): BriefingDocument {
  const plan = planBriefingCitations(draft, options);
  return completeBriefing(draft, assembleCitations(plan, plan.batches.map(runBatch)), options.onlyFirst);
}

/** What citeproc must do for the draft's citations: run `plan.batches` anywhere, then `completeBriefing`. */
export function planBriefingCitations(
  draft: BriefingDraftDocument,
  options: FinishBriefingOptions = {},
): CitationPlan {
  const { passages } = draft;
  const onlySources =
    options.onlyFirst === undefined
      ? undefined
      : new Set(passages.slice(0, options.onlyFirst).map((p) => p.claim.sourceId));
  return planSourceCitations(
    draft.style,
    citedSources(draft),
    passages.map((p) => ({
      sourceId: p.claim.sourceId,
      locator: p.locator ?? { label: 'paragraph', value: '' },
    })),
    {
      ...(options.cache ? { cache: options.cache } : {}),
      ...(onlySources ? { onlySources } : {}),
      ...(options.cores ? { cores: options.cores } : {}),
      ...(options.batches ? { batches: options.batches } : {}),
      ...(options.grouping ? { grouping: options.grouping } : {}),
    },
  );
}

/**
 * The collision groups of the sources the draft cites and their cache keys (csl/citation-cache.ts), to
 * pass as `grouping` to each plan of this draft instead of working them out again.
 */
export function groupBriefingCitations(draft: BriefingDraftDocument): CitationGrouping {
  return groupCitations(draft.style, cslItemsOf(citedSources(draft)));
}

/**
 * The briefing from its draft and its formatted citations; with `onlyFirst`, only the first citations
 * (at 60,000 citations, each with its context, writing them all for a preview of 300 took 0.35 s).
 */
export function completeBriefing(
  draft: BriefingDraftDocument,
  formatted: FormattedCitations,
  onlyFirst?: number,
): BriefingDocument {
  const { sourcesById } = draft;
  const passages = onlyFirst === undefined ? draft.passages : draft.passages.slice(0, onlyFirst);
  const references = formatted.references.map((ref) => withUrl(ref, sourcesById.get(ref.sourceId)));
  const referenceIndex = new Map(references.map((ref, i) => [ref.sourceId, i]));
  const citations: Citation[] = passages.map(({ claim, source, passage, locator }, i) => ({
    n: i + 1,
    claimId: claim.id,
    sourceId: claim.sourceId,
    quote: claim.target.selector[0].exact,
    locator: locator?.text ?? '',
    verified: passage.verified,
    ocr: source ? isOcrPassage(source.pages, passage.start, passage.end) : false,
    context:
      source && passage.verified
        ? contextAround(source.text, passage.start, passage.end)
        : { before: '', after: '' },
    ...(source ? { passage: { start: passage.start, end: passage.end } } : {}),
    reference: referenceIndex.get(claim.sourceId) ?? -1,
    inText: formatted.inText[i] ?? '',
  }));
  const sections: Section[] = [
    ...draft.sections,
    {
      kind: 'references',
      heading: REFERENCES_HEADING,
      blocks:
        references.length === 0
          ? [{ type: 'paragraph', content: [text('No accepted or verified claims to cite.')] }]
          : [{ type: 'list', items: references.map((ref) => [text(ref.text)]) }],
    },
  ];
  return {
    title: draft.title,
    introduction: draft.introduction,
    generatedAt: draft.generatedAt,
    style: draft.style,
    sections,
    citations,
    references,
  };
}

/** The sources the draft cites, each once, in order of first citation. */
const citedSources = (draft: BriefingDraftDocument) => uniqueSources(draft.passages.map((p) => p.source));

function uniqueSources(sources: (Source | undefined)[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) if (source && !seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

/** A reference's web address, kept only when it is http(s) and has nothing that could break out of a link. */
function withUrl(ref: { sourceId: string; text: string }, source: Source | undefined) {
  // Only an address stored as core's rule writes it (http(s), normalised) becomes a link.
  const url = source?.metadata.URL ?? '';
  return isStoredWebAddress(url) ? { ...ref, url } : ref;
}
