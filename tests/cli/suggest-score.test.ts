// Runs `evidence suggest --json` over the test corpus and scores its output with the project's scorer
// against the corpus's gold labels: the report must meet the targets.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, runCli } from './cli-test-kit';
import { describeScoredAgainstTargets } from './score-kit';

const documents = join(corpusDir, 'documents');
const gold = join(corpusDir, 'gold');

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
