// Scores `evidence suggest --json` on the development set's tuning texts (tests/fixtures/devset/tune:
// sixty-one public policy texts of wider subjects than the corpus, u01–u28, f01–f12, g01–g12 and h01–h12, labelled by
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
  // On all 61 texts, before the h-texts taught the rules anything: figures F1 0.989 (values 0.996), dates
  // F1 0.967 (values 0.975), stances F1 0.595 (actors right 0.867). Each kind is held to what it reaches,
  // less a small margin, so a change that loses ground fails here.
  {
    figureF1: 0.97, // the target
    figureValues: 0.99, // the target
    dateF1: 0.96, // target 0.97
    dateValues: 0.97, // target 0.99
    stanceF1: 0.58, // target 0.75
    stanceActors: 0.85, // the target
  },
);
