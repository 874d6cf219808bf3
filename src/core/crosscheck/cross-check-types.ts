// The shapes cross-checks come in, for the app's Cross-checks view and the briefing alike. Every item
// names the claims it rests on (`claimIds`, in reading order) and carries the figures, dates or positions
// involved as read from those claims, so a caller can put it into words without looking anything up.
import type { Claim, DatePrecision, FigureUnit, StanceLabel } from '../model/records';

/** A figure claim as the cross-checks read it. */
export type FigureRef = {
  claimId: string;
  sourceId: string;
  value: number;
  unit: FigureUnit;
  /** The figure as the source writes it ("£8.52m", "£2.7 m"), else the value formatted. */
  written: string;
  /** The stated precision: the place of the last digit written, in the unit (£8.52m -> 10000). */
  step: number;
  approximate: boolean;
};

/** A date claim as the cross-checks read it: its first and last day (YYYY-MM-DD) and grain. */
export type DateRef = {
  claimId: string;
  sourceId: string;
  startDate: string;
  endDate: string;
  precision: DatePrecision;
};

export type StanceRef = {
  claimId: string;
  sourceId: string;
  actor: string;
  stance: StanceLabel;
  topic: string;
};

/** Two or more sources state the same figure or date (equal at the coarser of their precisions). */
export type Corroboration =
  | { kind: 'figure'; claimIds: string[]; sourceIds: string[]; unit: FigureUnit; figures: FigureRef[] }
  | { kind: 'date'; claimIds: string[]; sourceIds: string[]; dates: DateRef[] };

/** Two claims that cannot both be right. */
export type Conflict =
  | {
      /** Figures of one unit under a shared tag, from different sources, that differ beyond rounding. */
      kind: 'figure';
      claimIds: [string, string];
      tagIds: string[];
      unit: FigureUnit;
      figures: [FigureRef, FigureRef];
    }
  | {
      /** Dates under a shared tag, from different sources, that cannot be the same. */
      kind: 'date';
      claimIds: [string, string];
      tagIds: string[];
      dates: [DateRef, DateRef];
    }
  | {
      /** One actor supporting and opposing the same topic: the support first, the opposition second. */
      kind: 'stance';
      claimIds: [string, string];
      stances: [StanceRef, StanceRef];
    };

/** A total and its parts, all figures of one unit. */
export type Sum = {
  /** The total's claim first, then the parts' in reading order. */
  claimIds: string[];
  total: FigureRef;
  parts: FigureRef[];
  unit: FigureUnit;
  /** Whether the parts make the total at the precision stated. */
  addsUp: boolean;
  /** The total minus the sum of the parts (0 when they match exactly). */
  difference: number;
  /** True when the researcher marked the total (ClaimFields.totalOf); false when it was found. */
  marked: boolean;
};

export type CrossChecks = {
  corroborations: Corroboration[];
  conflicts: Conflict[];
  sums: Sum[];
};

/** A claim with what the cross-checks read from it (internal to the rules). */
export type ReadClaim<T> = { ref: T; claim: Claim };
