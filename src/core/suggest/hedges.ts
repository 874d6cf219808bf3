// Hedges and comparatives written before a figure ("about", "more than", "nearly"). They stay outside the
// span (the labelling rules say the span is the amount only) but mark the figure as approximate.

const HEDGE_BEFORE =
  /(?:\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|circa|c\.|up to|more than|over|less than|under|fewer than|at least|at most|upwards of|in excess of|just over|just under|an estimated|estimated)\s*)$/i;

/** True when the few words before `start` hedge the figure that starts there. */
export function isHedged(text: string, start: number): boolean {
  return HEDGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
