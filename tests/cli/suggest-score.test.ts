// Runs `evidence suggest --json` over the shared corpus and scores its output with the shared scorer, the
// way the issue measures it: the scorer's --json report must meet the targets (the scorer always exits 0).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, runCli } from './cli-test-kit';

const shared = join(corpusDir, '..');
const documents = join(shared, 'corpus/documents');
const gold = join(shared, 'corpus/gold');

type KindReport = {
  gold: number;
  suggested: number;
  hits: number;
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
};
type Report = { report: Record<'figure' | 'date' | 'stance', KindReport>; problems: string[] };

const workDir = mkdtempSync(join(tmpdir(), 'suggest-score-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const names = readdirSync(documents)
  .filter((name) => name.endsWith('.txt'))
  .sort();

type Line = { document: string; suggestions: { start: number; end: number; text: string }[] };

async function suggestAll(): Promise<string> {
  const run = await runCli(['suggest', '--json', ...names.map((name) => join(documents, name))]);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout;
}

function score(suggestions: string): Report {
  const file = join(workDir, 'suggestions.jsonl');
  writeFileSync(file, suggestions);
  const output = execFileSync(
    process.execPath,
    [
      join(shared, 'tools/score-suggestions.mjs'),
      '--docs',
      documents,
      '--gold',
      gold,
      '--ignore',
      join(gold, 'IGNORE.json'),
      '--suggestions',
      file,
      '--json',
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as Report;
}

describe('`evidence suggest --json` scored against the corpus gold labels', () => {
  let output = '';
  let report: Report['report'];
  let problems: string[] = [];
  beforeAll(async () => {
    output = await suggestAll();
    ({ report, problems } = score(output));
  });

  it('prints one line per file whose spans are exact text of the file', () => {
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line);
    expect(lines.map((l) => l.document)).toEqual(names);
    for (const line of lines) {
      const text = readFileSync(join(documents, line.document), 'utf8');
      expect(line.suggestions.length).toBeGreaterThan(0);
      for (const s of line.suggestions) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('refuses a missing file with one line and exit 2', async () => {
    const run = await runCli(['suggest', '--json', join(documents, 'no-such-file.txt')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports on every document without span errors', () => {
    expect(problems.filter((p) => p.includes('no suggestions') || p.includes('is not the text'))).toEqual([]);
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
