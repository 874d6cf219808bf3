// Scores `evidence suggest --json` on documents outside the shared corpus (tests/fixtures/suggest-heldout:
// four policy texts in the corpus genre, hand-labelled by LABELING.md before the suggester was run on
// them) the same way suggest-score.test.ts scores the corpus, so rules that only fit the five corpus files
// show up here. The thresholds are the targets.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli-test-kit';
import { expectExactSpans, type Report, runProblems, scoreSuggestions, suggestAll } from './score-kit';

const heldOut = join(repoRoot, 'tests/fixtures/suggest-heldout');
const documents = join(heldOut, 'documents');
const gold = join(heldOut, 'gold');

describe('`evidence suggest --json` scored against held-out gold labels', () => {
  let output = '';
  let scored: Report;
  let report: Report['report'];
  beforeAll(async () => {
    output = await suggestAll(documents);
    scored = scoreSuggestions({ documents, gold, ignore: join(gold, 'IGNORE.json') }, output);
    report = scored.report;
  });

  it('prints one line per file whose spans are exact text of the file', () => {
    expectExactSpans(output, documents);
    expect(runProblems(scored)).toEqual([]);
  });

  it('finds figures with F1 >= 0.95 and values right >= 98%', () => {
    expect(report.figure.f1, JSON.stringify(report.figure)).toBeGreaterThanOrEqual(0.95);
    expect(report.figure.valueAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('finds dates with F1 >= 0.95 and periods right >= 98%', () => {
    expect(report.date.f1, JSON.stringify(report.date)).toBeGreaterThanOrEqual(0.95);
    expect(report.date.valueAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('finds stances with F1 >= 0.75', () => {
    expect(report.stance.f1, JSON.stringify(report.stance)).toBeGreaterThanOrEqual(0.75);
  });
});
