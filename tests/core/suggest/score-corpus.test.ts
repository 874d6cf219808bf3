// Runs the suggester over the shared corpus and scores it with the shared scorer, the way the issue
// measures it: the scorer's --json report must meet the targets (the scorer itself always exits 0).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
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

function score(): Report {
  const lines = readdirSync(documents)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      JSON.stringify({
        document: name,
        suggestions: suggestClaims(readFileSync(join(documents, name), 'utf8')),
      }),
    );
  const file = join(workDir, 'suggestions.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
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

describe('suggestions scored against the corpus gold labels', () => {
  const { report, problems } = score();

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
