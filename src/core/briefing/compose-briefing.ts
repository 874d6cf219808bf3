// Builds the briefing document from the library: only citable claims (accepted or verified, not deleted),
// the chosen sections in their fixed order, then References. Each citation is re-anchored in its source's
// stored text now (verified or not), located ("p. 4" / "para. 12"), given a few lines of context, and
// formatted in the chosen CSL style with the sources it cites. Cross-checks are found among the cited
// claims by core's rules (core/crosscheck), unless the caller passes its own findings.
import { selectCitableClaims } from './citable-claims';
import {
  composeCrossChecks,
  CROSS_CHECKS_HEADING,
  type CrossCheckFinding,
} from './compose/cross-checks-section';
import { findCrossCheckFindings } from './compose/cross-check-findings';
import { composeKeyFigures, KEY_FIGURES_HEADING } from './compose/key-figures-section';
import { composePositions, POSITIONS_HEADING } from './compose/positions-section';
import { composeQuotes, QUOTES_HEADING } from './compose/quotes-section';
import { createSectionContext, sortClaims } from './compose/section-context';
import { composeTimeline, TIMELINE_HEADING } from './compose/timeline-section';
import { BRIEFING_SECTION_KINDS } from '../model/briefing-labels';
import {
  finishBriefing,
  REFERENCES_HEADING,
  type BriefingDraftDocument,
  type FinishBriefingOptions,
} from './finish-briefing';
import { createPassageLocator } from './locate-passage';
import { verifyPassage } from './verify-citation';
import type { BriefingDocument, CitationStyleId, Section, SectionKind } from './document/briefing-document';
import type { Claim, Source, Tag } from '../model/records';

export type { CrossCheckFinding } from './compose/cross-checks-section';
export {
  completeBriefing,
  finishBriefing,
  groupBriefingCitations,
  planBriefingCitations,
  REFERENCES_HEADING,
  type BriefingDraftDocument,
} from './finish-briefing';
export { assembleCitations as assembleBriefingCitations } from './csl/citation-plan';

/** The sections a briefing can have, in the order they are printed (References always comes last). */
export const BRIEFING_SECTIONS = BRIEFING_SECTION_KINDS.filter(
  (kind): kind is Exclude<SectionKind, 'references'> => kind !== 'references',
);

/** Each section's heading, as the briefing prints it and a form offers it. */
export const SECTION_HEADINGS: Record<SectionKind, string> = {
  'key-figures': KEY_FIGURES_HEADING,
  timeline: TIMELINE_HEADING,
  positions: POSITIONS_HEADING,
  'cross-checks': CROSS_CHECKS_HEADING,
  quotes: QUOTES_HEADING,
  references: REFERENCES_HEADING,
};

export type BriefingInput = {
  title: string;
  /** The researcher's introduction; paragraphs are separated by blank lines. */
  introduction?: string;
  /** Which sections to include; all when absent. */
  sections?: readonly SectionKind[];
  claims: readonly Claim[];
  sources: readonly Source[];
  tags?: readonly Tag[];
  style: CitationStyleId;
  generatedAt: string;
  /**
   * The cross-checks to print, found by `findBriefingCrossChecks` from these claims, sources and tags;
   * found here when not given.
   */
  crossChecks?: readonly CrossCheckFinding[];
};

/** What the cross-checks read: the claims, the sources' titles and whether they are live, the tags. */
export type CrossCheckInput = {
  claims: readonly Claim[];
  sources: readonly Pick<Source, 'id' | 'deleted' | 'title'>[];
  tags?: readonly Tag[];
};

/** The claims a briefing cites, in its order; the draft's sections and its cross-checks read them so. */
const briefingClaims = (claims: readonly Claim[], sources: ReadonlyMap<string, Pick<Source, 'title'>>) =>
  sortClaims(selectCitableClaims(claims), sources);

/**
 * The cross-checks a briefing of these claims prints, found among its citable claims in its order. They
 * need no source's text, so a caller that reads the texts can find them meanwhile and pass them to
 * `draftBriefing` (the app's briefing worker: about a second at 60,000 claims).
 */
export function findBriefingCrossChecks(input: CrossCheckInput): CrossCheckFinding[] {
  const titles = new Map(input.sources.map((source) => [source.id, source]));
  return findCrossCheckFindings(briefingClaims(input.claims, titles), input.sources, input.tags);
}

export function composeBriefing(input: BriefingInput, options: FinishBriefingOptions = {}): BriefingDocument {
  return finishBriefing(draftBriefing(input), options);
}

/**
 * Everything but the citation style: the sections and every citation re-anchored and located. Kept
 * apart so the app can finish a preview (the first citations' references) before the whole.
 */
export function draftBriefing(input: BriefingInput): BriefingDraftDocument {
  const sourcesById = new Map(input.sources.map((source) => [source.id, source]));
  const claims = briefingClaims(input.claims, sourcesById);
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  const { context, citedInOrder } = createSectionContext(sourcesById);
  const wanted = new Set(input.sections ?? BRIEFING_SECTIONS);
  const sections: Section[] = [];
  for (const kind of BRIEFING_SECTIONS) {
    if (!wanted.has(kind)) continue;
    if (kind === 'key-figures') sections.push(composeKeyFigures(claims, context));
    if (kind === 'timeline') sections.push(composeTimeline(claims, context));
    if (kind === 'positions') sections.push(composePositions(claims, context));
    if (kind === 'cross-checks')
      sections.push(
        composeCrossChecks(
          input.crossChecks ?? findCrossCheckFindings(claims, input.sources, input.tags),
          claimsById,
          context,
        ),
      );
    if (kind === 'quotes') sections.push(composeQuotes(claims, context));
  }
  const cited = citedInOrder();
  const locatePassage = createPassageLocator();
  const passages = cited.map((claim) => {
    const source = sourcesById.get(claim.sourceId);
    const passage = verifyPassage(claim, source);
    const locator = source ? locatePassage(source, passage.start) : null;
    return { claim, source, passage, locator };
  });
  return {
    title: input.title.replace(/\s+/g, ' ').trim() || 'Briefing',
    introduction: splitParagraphs(input.introduction ?? ''),
    generatedAt: input.generatedAt,
    style: input.style,
    sections,
    passages,
    sourcesById,
  };
}

function splitParagraphs(introduction: string): string[] {
  return introduction
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
