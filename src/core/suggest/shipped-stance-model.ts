// The stance detector the app and the CLI use: the weights trained on the tuning texts and shipped beside
// this module (stance-model.json, written by scripts/train-stance-model.mjs), unpacked on first use, and
// the judge that lets it work beside the rules.

import packed from './stance-model.json';
import { judgeWithModel, type ClauseJudge } from './model-judge';
import { type PackedStanceModel, type StanceModel, unpackStanceModel } from './stance-model';

let model: StanceModel | undefined;
let judge: ClauseJudge | undefined;

export function shippedStanceModel(): StanceModel {
  model ??= unpackStanceModel(packed as PackedStanceModel);
  return model;
}

/** Rules first; the detector adds what they miss and drops what it finds very unlikely. */
export function shippedJudge(): ClauseJudge {
  judge ??= judgeWithModel(shippedStanceModel());
  return judge;
}
