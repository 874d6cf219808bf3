// The shapes the suggestion scorer reads and writes: gold labels and IGNORE lists as LABELING.md defines
// them (tests/fixtures/corpus/LABELING.md), suggestions as `evidence suggest --json` prints them, and the
// report. Suggestions are typed loosely on purpose: the scorer judges whatever the command printed.

export const SCORED_KINDS = ['figure', 'date', 'stance'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export type GoldFigure = { text: string; value: number; unit?: string; note?: string };
export type GoldDate = { text: string; start: string; end: string; note?: string };
export type GoldStance = { actor: string; stance: string; topic?: string; quote: string };

/** One NAME.gold.json: the labels of one document. */
export type GoldLabels = {
  document: string;
  figures: GoldFigure[];
  dates: GoldDate[];
  stances: GoldStance[];
};

/** IGNORE.json: per document, spans left unlabelled on purpose. */
export type IgnoreList = Record<string, { text: string; kind: string; reason?: string }[]>;

/** One suggestion as printed by `evidence suggest --json`. */
export type PrintedSuggestion = {
  kind: string;
  start: number;
  end: number;
  text: string;
  value?: unknown;
  startDate?: string;
  endDate?: string;
  actor?: string;
  stance?: string;
};

/** A labelled string found in its document: one gold mention. */
export type Mention =
  | { kind: 'figure'; start: number; end: number; label: GoldFigure }
  | { kind: 'date'; start: number; end: number; label: GoldDate }
  | { kind: 'stance'; start: number; end: number; label: GoldStance };

export type KindTally = { gold: number; suggested: number; hits: number; valueOk: number };

export type KindReport = KindTally & { precision: number; recall: number; f1: number; valueAccuracy: number };

/** What the scorer returns: one line per kind, and every miss, misreading and broken span found. */
export type ScoreReport = { report: Record<ScoredKind, KindReport>; problems: string[] };
