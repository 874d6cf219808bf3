// The shape of a claim suggestion, shared by every finder in this folder and by the callers (CLI, app):
// what kind of claim it is, where it sits in the source text (UTF-16 offsets, text === slice) and the
// typed fields a claim of that kind is saved with.

import type { FigureUnit, StanceLabel } from '../model/records';
import type { ClauseJudge } from './model-judge';

export type { FigureUnit, StanceLabel } from '../model/records';

export type SuggestionKind = 'figure' | 'date' | 'stance';

export type Suggestion = {
  kind: SuggestionKind;
  start: number;
  end: number;
  text: string;
  /** 0..1: how sure the rule that produced it is. */
  confidence: number;
  value?: number;
  unit?: FigureUnit;
  approximate?: boolean;
  startDate?: string;
  endDate?: string;
  actor?: string;
  stance?: StanceLabel;
  topic?: string;
};

export type SuggestOptions = {
  kinds?: SuggestionKind[];
  /** How each clause's stance is decided (model-judge.ts); the rules with the shipped detector by default. */
  judge?: ClauseJudge;
};

/** A found span before it becomes a Suggestion: offsets plus the kind-specific fields. */
export type Found = Omit<Suggestion, 'text'>;
