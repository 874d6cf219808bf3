// Shared steps of the suggestion-quality tests: run `evidence suggest --json` over a folder of documents
// and score its output with the shared scorer (../shared/tools/score-suggestions.mjs), returning the
// scorer's --json report. The scorer always exits 0, so the tests read the report and assert on it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, runCli } from './cli-test-kit';

export const sharedDir = join(corpusDir, '..');
export const scorerPath = join(sharedDir, 'tools/score-suggestions.mjs');

export type KindReport = {
  gold: number;
  suggested: number;
  hits: number;
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
};
export type Report = { report: Record<'figure' | 'date' | 'stance', KindReport>; problems: string[] };
export type Line = { document: string; suggestions: { start: number; end: number; text: string }[] };
export type ScoredSet = { documents: string; gold: string; ignore: string };

/** The *.txt files of a folder, sorted by name. */
export function listDocuments(documents: string): string[] {
  return readdirSync(documents)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** The CLI's stdout for `suggest --json` over every document of the folder. */
export async function suggestAll(documents: string): Promise<string> {
  const run = await runCli(['suggest', '--json', ...listDocuments(documents).map((n) => join(documents, n))]);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout;
}

/** The shared scorer's --json report for the suggestions (the CLI's stdout) on one labelled set. */
export function scoreSuggestions(set: ScoredSet, suggestions: string): Report {
  const workDir = mkdtempSync(join(tmpdir(), 'suggest-score-'));
  try {
    const file = join(workDir, 'suggestions.jsonl');
    writeFileSync(file, suggestions);
    const args = ['--docs', set.documents, '--gold', set.gold, '--ignore', set.ignore];
    const output = execFileSync(process.execPath, [scorerPath, ...args, '--suggestions', file, '--json'], {
      encoding: 'utf8',
    });
    return JSON.parse(output) as Report;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Every line names its document, in order, and every span is the exact text of its file. */
export function expectExactSpans(output: string, documents: string): void {
  const lines = output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
  expect(lines.map((l) => l.document)).toEqual(listDocuments(documents));
  for (const line of lines) {
    const text = readFileSync(join(documents, line.document), 'utf8');
    expect(line.suggestions.length).toBeGreaterThan(0);
    for (const s of line.suggestions) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

/** Problems that mean the run itself is broken: a document without output or a span off its text. */
export function runProblems(report: Report): string[] {
  return report.problems.filter((p) => p.includes('no suggestions') || p.includes('is not the text'));
}

/**
 * The targets, checked on one labelled set: spans are exact text, and figures and dates reach F1
 * 0.95 with values right 98% of the time, stances F1 0.75.
 */
export function describeScoredAgainstTargets(title: string, set: ScoredSet): void {
  describe(title, () => {
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

    it('finds figures with F1 >= 0.95 and values right >= 98%', () => {
      const { figure } = scored.report;
      expect(figure.f1, JSON.stringify(figure)).toBeGreaterThanOrEqual(0.95);
      expect(figure.valueAccuracy).toBeGreaterThanOrEqual(0.98);
    });

    it('finds dates with F1 >= 0.95 and periods right >= 98%', () => {
      const { date } = scored.report;
      expect(date.f1, JSON.stringify(date)).toBeGreaterThanOrEqual(0.95);
      expect(date.valueAccuracy).toBeGreaterThanOrEqual(0.98);
    });

    it('finds stances with F1 >= 0.75', () => {
      const { stance } = scored.report;
      expect(stance.f1, JSON.stringify(stance)).toBeGreaterThanOrEqual(0.75);
    });
  });
}
