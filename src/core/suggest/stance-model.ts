// The trained stance detector's weights, as shipped in stance-model.json (written by
// scripts/train-stance-model.mjs from the tuning texts' labels, nothing else): two logistic regressions
// over the hashed clause features of stance-features.ts. The detector gives the probability that a clause
// carries a labelled position; the labeller the probability that such a position is an objection rather
// than support. Weights are stored sparse (feature indices as gaps from the last, weights as integers of
// 1/scale) to keep the file small, and unpacked once into dense tables, so scoring is an array read per
// feature.

import { FEATURE_BITS } from './stance-features';

/** The JSON form of one regression: non-zero weights only. */
export type PackedWeights = { gaps: number[]; weights: number[] };

export type PackedStanceModel = {
  format: 'evidence-stance-model/1';
  bits: number;
  scale: number;
  /** A clause no rule reads is offered when the detector says at least this. */
  threshold: number;
  /** A rule's reading is dropped when the detector says less than this. */
  veto: number;
  /** A position the detector adds is an objection when the labeller says at least this. */
  opposeAt: number;
  /** The share of added positions that were right on texts the model had not seen: their confidence. */
  addedPrecision: number;
  detector: PackedWeights;
  labeller: PackedWeights;
};

export type StanceModel = {
  threshold: number;
  veto: number;
  opposeAt: number;
  addedPrecision: number;
  detector: Float32Array;
  labeller: Float32Array;
};

function unpack(packed: PackedWeights, scale: number): Float32Array {
  const table = new Float32Array(1 << FEATURE_BITS);
  let at = 0;
  packed.gaps.forEach((gap, i) => {
    at += gap;
    table[at] = (packed.weights[i] as number) / scale;
  });
  return table;
}

export function unpackStanceModel(packed: PackedStanceModel): StanceModel {
  if (packed.format !== 'evidence-stance-model/1' || packed.bits !== FEATURE_BITS)
    throw new Error(`not a stance model of ${FEATURE_BITS}-bit features: ${packed.format}`);
  return {
    threshold: packed.threshold,
    veto: packed.veto,
    opposeAt: packed.opposeAt,
    addedPrecision: packed.addedPrecision,
    detector: unpack(packed.detector, packed.scale),
    labeller: unpack(packed.labeller, packed.scale),
  };
}

/** The probability a logistic regression gives to a clause's features. */
export function probability(table: Float32Array, features: readonly number[]): number {
  let z = 0;
  for (const f of features) z += table[f] as number;
  return 1 / (1 + Math.exp(-z));
}
