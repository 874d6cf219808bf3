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
  // The targets where they are reached, else the figures reached on all 25 texts (figure values
  // 0.973, date F1 0.963 and values 0.915, stance F1 0.649 and actors 0.651), so a change that loses
  // ground fails here.
  {
    figureF1: 0.97, // the target
    figureValues: 0.97, // target 0.99
    dateF1: 0.96, // target 0.97
    dateValues: 0.91, // target 0.99
    stanceF1: 0.64, // target 0.75
    stanceActors: 0.65, // target 0.85
  },
);
