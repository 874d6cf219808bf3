// Scores `evidence suggest --json` on documents outside the test corpus (tests/fixtures/suggest-heldout:
// four policy texts in the corpus genre, hand-labelled by LABELING.md before the suggester was run on
// them) the same way suggest-score.test.ts scores the corpus, so rules that only fit the five corpus files
// show up here. The thresholds are the targets.
import { join } from 'node:path';
import { repoRoot } from './cli-test-kit';
import { describeScoredAgainstTargets } from './score-kit';

const heldOut = join(repoRoot, 'tests/fixtures/suggest-heldout');
const gold = join(heldOut, 'gold');

describeScoredAgainstTargets('`evidence suggest --json` scored against held-out gold labels', {
  documents: join(heldOut, 'documents'),
  gold,
  ignore: join(gold, 'IGNORE.json'),
});
