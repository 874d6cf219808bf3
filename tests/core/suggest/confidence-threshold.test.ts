// The threshold rule of the Suggestions tab, applied to real suggestions of a corpus document: at 0.8 only
// the surer ones remain (no stance claims that much), and a suggestion without a confidence always shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLDS, isShownAtThreshold } from '../../../src/core/suggest/confidence-threshold';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';
import { corpusDir } from '../../support/repo-paths';

describe('isShownAtThreshold', () => {
  const text = readFileSync(join(corpusDir, 'documents', '003_2795c7b6a19e6f2d.txt'), 'utf8');
  const suggestions = suggestClaims(text);

  it('shows everything at the lowest threshold and fewer at each higher one', () => {
    const counts = CONFIDENCE_THRESHOLDS.map(
      (t) => suggestions.filter((s) => isShownAtThreshold(s.confidence, t)).length,
    );
    expect(counts[0]).toBe(suggestions.length);
    expect(counts[1]).toBeLessThan(counts[0] as number);
    expect(counts[2]).toBeLessThanOrEqual(counts[1] as number);
  });

  it('hides every stance at 0.8, and never hides a suggestion that has no confidence', () => {
    const sure = suggestions.filter((s) => isShownAtThreshold(s.confidence, 0.8));
    expect(sure.some((s) => s.kind === 'stance')).toBe(false);
    expect(isShownAtThreshold(undefined, 0.8)).toBe(true);
  });
});
