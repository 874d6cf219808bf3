// Shared steps of the suggestion-quality tests: run `evidence suggest --json` over a folder of documents
// and score its output with the project's scorer (tests/support/scoring, the rules of the corpus's
// LABELING.md), returning its report. The scorer never fails a run itself, so the tests assert on the report.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  readIgnoreList,
  readLabelledDocuments,
  type LabelledSet,
} from '../support/scoring/read-labelled-set';
import { parseSuggestLines, scoreSuggestions as scoreParsed } from '../support/scoring/score-suggestions';
import type { ScoreReport } from '../support/scoring/scoring-types';
import { runCli } from './cli-test-kit';

export type Report = ScoreReport;
export type Line = { document: string; suggestions: { start: number; end: number; text: string }[] };
export type ScoredSet = LabelledSet;

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

/** The scorer's report for the suggestions (the CLI's stdout) on one labelled set. */
export function scoreSuggestions(set: ScoredSet, suggestions: string): Report {
  return scoreParsed({
    documents: readLabelledDocuments(set),
    ignore: readIgnoreList(set.ignore),
    suggestions: parseSuggestLines(suggestions),
  });
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
  // matched by the messages' shape: a gold quote may itself say "no suggestions"
  return report.problems.filter((p) =>
    /: no suggestions were produced$|: span \d+-\d+ is not the text /u.test(p),
  );
}

/** The least each kind must reach on a set: F1, and the share of hits whose value (a stance: actor) is right. */
export type ScoreFloors = {
  figureF1: number;
  figureValues: number;
  dateF1: number;
  dateValues: number;
  stanceF1: number;
  stanceActors: number;
};

/** The first issue's targets: figures and dates F1 0.95 with values right 98% of the time, stances F1 0.75. */
export const FIRST_TARGETS: ScoreFloors = {
  figureF1: 0.95,
  figureValues: 0.98,
  dateF1: 0.95,
  dateValues: 0.98,
  stanceF1: 0.75,
  stanceActors: 0,
};

/** Checks one labelled set against floors: spans are exact text, and each kind reaches its floors. */
export function describeScoredAgainstTargets(
  title: string,
  set: ScoredSet,
  floors: ScoreFloors = FIRST_TARGETS,
): void {
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

    it(`finds figures with F1 >= ${floors.figureF1} and values right >= ${floors.figureValues}`, () => {
      const { figure } = scored.report;
      expect(figure.f1, JSON.stringify(figure)).toBeGreaterThanOrEqual(floors.figureF1);
      expect(figure.valueAccuracy, JSON.stringify(figure)).toBeGreaterThanOrEqual(floors.figureValues);
    });

    it(`finds dates with F1 >= ${floors.dateF1} and periods right >= ${floors.dateValues}`, () => {
      const { date } = scored.report;
      expect(date.f1, JSON.stringify(date)).toBeGreaterThanOrEqual(floors.dateF1);
      expect(date.valueAccuracy, JSON.stringify(date)).toBeGreaterThanOrEqual(floors.dateValues);
    });

    it(`finds stances with F1 >= ${floors.stanceF1} and actors right >= ${floors.stanceActors}`, () => {
      const { stance } = scored.report;
      expect(stance.f1, JSON.stringify(stance)).toBeGreaterThanOrEqual(floors.stanceF1);
      expect(stance.valueAccuracy, JSON.stringify(stance)).toBeGreaterThanOrEqual(floors.stanceActors);
    });
  });
}
