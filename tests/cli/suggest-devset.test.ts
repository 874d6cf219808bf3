// Scores `evidence suggest --json` on the development set's tuning texts (tests/fixtures/devset/tune:
// forty-nine public policy texts of wider subjects than the corpus, u01–u28, f01–f12 and g01–g12, labelled by
// LABELING.md) with the same scorer as the corpus. Kinds that reach the targets are held to them;
// the others are held to the figure reached, so a change that loses ground fails here. A fresh held-out set
// (devset/fresh) is never read by tests: it is scored once, at the end of a round of work.
import { join } from 'node:path';
import { repoRoot } from './cli-test-kit';
import { describeScoredAgainstTargets } from './score-kit';

const tune = join(repoRoot, 'tests/fixtures/devset/tune');

describeScoredAgainstTargets(
  '`evidence suggest --json` scored against the development set (tuning texts)',
  { documents: join(tune, 'texts'), gold: join(tune, 'gold'), ignore: join(tune, 'gold/IGNORE.json') },
  // Figures and dates reach the targets on all 49 texts (figures F1 0.990, values 0.996; dates F1
  // 0.975, values 1.000); stances are held to the figures reached, less a small margin (F1 0.646, actors
  // right 0.908), so a change that loses ground fails here.
  {
    figureF1: 0.97, // the target
    figureValues: 0.99, // the target
    dateF1: 0.97, // the target
    dateValues: 0.99, // the target
    stanceF1: 0.63, // target 0.75
    stanceActors: 0.89, // target 0.85
  },
);
