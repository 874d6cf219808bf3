// Runs `evidence suggest --json` over the shared corpus and scores its output with the shared scorer, the
// way the issue measures it: the scorer's --json report must meet the targets (the scorer always exits 0).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-test-kit';
import {
  expectExactSpans,
  type Report,
  runProblems,
  scoreSuggestions,
  sharedDir,
  suggestAll,
} from './score-kit';

const documents = join(sharedDir, 'corpus/documents');
const gold = join(sharedDir, 'corpus/gold');

describe('`evidence suggest --json` scored against the corpus gold labels', () => {
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
  });

  it('refuses a missing file with one line and exit 2', async () => {
    const run = await runCli(['suggest', '--json', join(documents, 'no-such-file.txt')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports on every document without span errors', () => {
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
