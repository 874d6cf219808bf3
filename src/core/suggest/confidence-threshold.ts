// Which suggestions a reviewer sees when they ask for only the surer ones. The suggester's confidences are
// calibrated on the development set (scripts/bench-suggest-devset.mjs prints the table): at 0.8 and above
// a suggestion is right about 99% of the time on the tuning texts; stances never claim that much. A
// suggestion without a confidence (merged in from another copy of the library) is always shown, since
// nothing says it is weak.

/** The thresholds the Suggestions tab offers: everything, the middling and up, the sure ones. */
export const CONFIDENCE_THRESHOLDS = [0, 0.6, 0.8] as const;

export function isShownAtThreshold(confidence: number | undefined, threshold: number): boolean {
  return confidence === undefined || confidence >= threshold;
}
