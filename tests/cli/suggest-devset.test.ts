// Scores `evidence suggest --json` on the development set's tuning half (tests/fixtures/devset/tune:
// thirteen public policy texts of wider subjects than the corpus, hand-labelled by LABELING.md) with the
// same scorer as the corpus. Kinds that reach the targets are held to them; the others are held to
// the figure reached, so a change that loses ground fails here. The held-out half (devset/held) is never
// read by tests: it is scored once, by hand, at the end of a round of work.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli-test-kit';
import { expectExactSpans, runProblems, scoreSuggestions, suggestAll, type Report } from './score-kit';

const tune = join(repoRoot, 'tests/fixtures/devset/tune');
const set = {
  documents: join(tune, 'texts'),
  gold: join(tune, 'gold'),
  ignore: join(tune, 'gold/IGNORE.json'),
};

describe('`evidence suggest --json` scored against the development set (tuning half)', () => {
  let output = '';
  let scored: Report;
  beforeAll(async () => {
    output = await suggestAll(set.documents);
    scored = scoreSuggestions(set, output);
  });

  it('prints one line per file whose spans are exact text of the file', () => {
    expectExactSpans(output, set.documents);
    expect(runProblems(scored)).toEqual([]);
  });

  it('finds figures: F1 and values right at least as reached (targets F1 0.97, values 0.99)', () => {
    const { figure } = scored.report;
    expect(figure.f1, JSON.stringify(figure)).toBeGreaterThanOrEqual(FLOORS.figureF1);
    expect(figure.valueAccuracy, JSON.stringify(figure)).toBeGreaterThanOrEqual(FLOORS.figureValues);
  });

  it('finds dates: F1 and periods right at least as reached (targets F1 0.97, values 0.99)', () => {
    const { date } = scored.report;
    expect(date.f1, JSON.stringify(date)).toBeGreaterThanOrEqual(FLOORS.dateF1);
    expect(date.valueAccuracy, JSON.stringify(date)).toBeGreaterThanOrEqual(FLOORS.dateValues);
  });

  it('finds stances: F1 and actors right at least as reached (targets F1 0.75, actors 0.85)', () => {
    const { stance } = scored.report;
    expect(stance.f1, JSON.stringify(stance)).toBeGreaterThanOrEqual(FLOORS.stanceF1);
    expect(stance.valueAccuracy, JSON.stringify(stance)).toBeGreaterThanOrEqual(FLOORS.stanceActors);
  });
});

/** The figures reached on the tuning half; where one is below the target, the target is noted. */
const FLOORS = {
  figureF1: 0.97, // the target
  figureValues: 0.99, // the target
  dateF1: 0.97, // the target
  dateValues: 0.98, // target 0.99
  stanceF1: 0.7, // target 0.75
  stanceActors: 0.82, // target 0.85
};
