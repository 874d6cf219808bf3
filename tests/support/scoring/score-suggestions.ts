// The project's suggestion scorer: scores `evidence suggest --json` output against gold labels by the rules
// of tests/fixtures/corpus/LABELING.md and reports precision, recall, F1 and value accuracy per kind. It
// works on data in memory; read-labelled-set.ts loads a folder of documents and labels for it.
import { listGoldMentions } from './gold-mentions';
import { scoreDocument } from './score-document';
import {
  SCORED_KINDS,
  type GoldLabels,
  type IgnoreList,
  type KindReport,
  type KindTally,
  type PrintedSuggestion,
  type ScoreReport,
  type ScoredKind,
} from './scoring-types';

export type LabelledDocument = { labels: GoldLabels; text: string };

export type ScoringInput = {
  /** The labelled documents, in the order their problems are reported. */
  documents: LabelledDocument[];
  ignore: IgnoreList;
  /** The suggestions per document name; a labelled document missing here is reported as a problem. */
  suggestions: Map<string, PrintedSuggestion[]>;
};

const round3 = (x: number) => Number(x.toFixed(3));
const ratio = (part: number, whole: number) => (whole ? part / whole : 0);

/** Precision, recall, F1 and value accuracy from the counts, rounded to three places. */
export function summariseTally(tally: KindTally): KindReport {
  const precision = ratio(tally.hits, tally.suggested);
  const recall = ratio(tally.hits, tally.gold);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return {
    ...tally,
    precision: round3(precision),
    recall: round3(recall),
    f1: round3(f1),
    valueAccuracy: round3(ratio(tally.valueOk, tally.hits)),
  };
}

/** Reads `evidence suggest --json` output (one JSON line per document) into suggestions per file name. */
export function parseSuggestLines(output: string): Map<string, PrintedSuggestion[]> {
  const byDocument = new Map<string, PrintedSuggestion[]>();
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { document: string; suggestions?: PrintedSuggestion[] };
    const name = row.document.split(/[\\/]/).pop()!;
    byDocument.set(name, row.suggestions ?? []);
  }
  return byDocument;
}

/** Scores every labelled document and adds the counts up per kind. */
export function scoreSuggestions(input: ScoringInput): ScoreReport {
  const totals = Object.fromEntries(
    SCORED_KINDS.map((kind) => [kind, { gold: 0, suggested: 0, hits: 0, valueOk: 0 }]),
  ) as Record<ScoredKind, KindTally>;
  const problems: string[] = [];
  for (const { labels, text } of input.documents) {
    const name = labels.document;
    const mentions = listGoldMentions(text, labels);
    const suggestions = input.suggestions.get(name);
    if (!suggestions) {
      for (const mention of mentions) totals[mention.kind].gold++;
      problems.push(`${name}: no suggestions were produced`);
      continue;
    }
    const scored = scoreDocument({ name, text, mentions, ignored: input.ignore[name] ?? [], suggestions });
    for (const kind of SCORED_KINDS) {
      for (const key of ['gold', 'suggested', 'hits', 'valueOk'] as const)
        totals[kind][key] += scored.tally[kind][key];
    }
    problems.push(...scored.problems);
  }
  const report = Object.fromEntries(SCORED_KINDS.map((kind) => [kind, summariseTally(totals[kind])]));
  return { report: report as Record<ScoredKind, KindReport>, problems };
}
