// Scores `evidence suggest --json` on the development set's tuning texts (tests/fixtures/devset/tune:
// twenty-five public policy texts of wider subjects than the corpus, hand-labelled by LABELING.md) with
// the same scorer as the corpus. Kinds that reach the targets are held to them; the others are held
// to the figure reached, so a change that loses ground fails here. The fresh held-out set (devset/fresh) is
// never read by tests: it is scored once, at the end of a round of work.
import { join } from 'node:path';
import { repoRoot } from './cli-test-kit';
import { describeScoredAgainstTargets } from './score-kit';

const tune = join(repoRoot, 'tests/fixtures/devset/tune');

describeScoredAgainstTargets(
  '`evidence suggest --json` scored against the development set (tuning texts)',
  { documents: join(tune, 'texts'), gold: join(tune, 'gold'), ignore: join(tune, 'gold/IGNORE.json') },
  // The targets for figures and dates, reached on all 25 texts (figures F1 0.993, values 0.998;
  // dates F1 0.985, values 1.000); for stances the figures reached (F1 0.758, just over the 0.75 target, and
  // actors right 0.911, above the 0.85 target), so a change that loses ground fails here.
  {
    figureF1: 0.97, // the target
    figureValues: 0.99, // the target
    dateF1: 0.97, // the target
    dateValues: 0.99, // the target
    stanceF1: 0.75, // the target
    stanceActors: 0.91, // target 0.85
  },
);
