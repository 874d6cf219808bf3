// Runs `evidence suggest --json` over the shared corpus and scores its output with the shared scorer, the
// way the issue measures it: the scorer's --json report must meet the targets (the scorer always exits 0).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-test-kit';
import { describeScoredAgainstTargets, sharedDir } from './score-kit';

const documents = join(sharedDir, 'corpus/documents');
const gold = join(sharedDir, 'corpus/gold');

describeScoredAgainstTargets('`evidence suggest --json` scored against the corpus gold labels', {
  documents,
  gold,
  ignore: join(gold, 'IGNORE.json'),
});

describe('`evidence suggest` on bad input', () => {
  it('refuses a missing file with one line and exit 2', async () => {
    const run = await runCli(['suggest', '--json', join(documents, 'no-such-file.txt')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
