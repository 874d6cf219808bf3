// How the Suggestions tab shows its list: the least confidence a suggestion needs to be listed (0 shows
// all). The rule that applies it is core's isShownAtThreshold.
import { CONFIDENCE_THRESHOLDS } from '../../../core/suggest/confidence-threshold';
import { defineSlice } from '../create-store';

export type SuggestionView = { minConfidence: number };

export const suggestionView = defineSlice((): SuggestionView => ({ minConfidence: 0 }), {
  /** Only the thresholds the tab offers are taken; anything else leaves the view as it is. */
  setMinConfidence: (state: SuggestionView, minConfidence: number): SuggestionView =>
    minConfidence === state.minConfidence ||
    !(CONFIDENCE_THRESHOLDS as readonly number[]).includes(minConfidence)
      ? state
      : { minConfidence },
});

export const selectMinConfidence = (state: SuggestionView): number => state.minConfidence;
