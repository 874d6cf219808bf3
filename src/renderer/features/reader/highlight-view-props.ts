// What every view of a source's text (plain, Markdown, PDF pages) needs to draw claims over it: one type,
// so the reader hands the same props to whichever view the source's format calls for.
import type { FoundHighlights } from '../search/find-highlights';
import type { PlacedClaim } from './anchor-claims';

export type HighlightViewProps = {
  placed: PlacedClaim[];
  colourOf: (claimId: string) => string;
  selectedClaimId: string | null;
  onPickClaim: (claimId: string) => void;
  /** The passage of a claim being written, shown until it is saved or cancelled. */
  pending: { start: number; end: number } | null;
  /** Claims still waiting for the researcher's decision, drawn as dashed suggestions. */
  suggestedIds?: ReadonlySet<string>;
  /** "Find in document" hits, and which one is current. */
  found?: FoundHighlights;
};
