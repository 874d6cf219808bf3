// Scores `evidence suggest --json` on the development set's tuning texts (tests/fixtures/devset/tune:
// a hundred and twenty-one public policy texts of wider subjects than the corpus, u01–u28 and the twelve
// of each later round, f01–f12 to m01–m12, labelled by LABELING.md) with the same scorer as the corpus. Kinds that reach the
// issue's targets are held to them; the others are held to the figure reached, so a change that loses
// ground fails here. A fresh held-out set (devset/fresh) is never read by tests: it is scored once, at the
// end of a round of work.
import { join } from 'node:path';
import { repoRoot } from './cli-test-kit';
import { describeScoredAgainstTargets } from './score-kit';

const tune = join(repoRoot, 'tests/fixtures/devset/tune');

describeScoredAgainstTargets(
  '`evidence suggest --json` scored against the development set (tuning texts)',
  { documents: join(tune, 'texts'), gold: join(tune, 'gold'), ignore: join(tune, 'gold/IGNORE.json') },
  // On all 121 texts: figures F1 0.990 (values 0.999), dates F1 0.968 (values 0.992); the rules alone give
  // stances F1 0.524 (actors right 0.871). Kinds that reach the targets are held to them; the others
  // to what they reach, less a small margin, so a change that loses ground fails here. The trained stance
  // detector (src/core/suggest/model-judge.ts) learnt from these very texts, so its gain here (stances F1
  // 0.787) says nothing of unseen text and the stance floor stays where the rules put it; the positions it
  // adds carry the holder the sentence gives (no cue names one), right less often than a cue’s: actors 0.847.
  // That is under the target since m01–m12 joined (a release whose author no line names is read as the body
  // it names most: 16 positions of m10), so actors are held to what they reach, less a small margin.
  {
    figureF1: 0.97, // the target
    figureValues: 0.99, // the target
    dateF1: 0.95, // target 0.97
    dateValues: 0.99, // the target
    stanceF1: 0.6, // target 0.75
    stanceActors: 0.84, // target 0.85
  },
);
