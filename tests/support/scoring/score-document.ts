// Scores one document's suggestions against its gold mentions (LABELING.md, rules 5–6). A suggestion is a
// hit when it overlaps a gold mention of its kind that no earlier suggestion has claimed, so one mention is
// never counted twice; a stance hit also needs the gold stance label. A suggestion that touches only an
// IGNORE span of its kind is left out of the count. Among hits, the value must be right: a figure within
// 0.5%, a date's first and last day exact, a stance's actor agreeing with the gold actor.
import { actorsAgree } from './actor-agreement';
import { findOccurrences, type Span } from './find-occurrences';
import {
  SCORED_KINDS,
  type KindTally,
  type Mention,
  type PrintedSuggestion,
  type ScoredKind,
} from './scoring-types';

export type DocumentInput = {
  name: string;
  text: string;
  mentions: Mention[];
  ignored: { text: string; kind: string }[];
  suggestions: PrintedSuggestion[];
};

export type DocumentScore = { tally: Record<ScoredKind, KindTally>; problems: string[] };

/** How far a figure's value may be from the gold value, as a share of the gold value. */
export const FIGURE_TOLERANCE = 0.005;

const isScoredKind = (kind: string): kind is ScoredKind => (SCORED_KINDS as readonly string[]).includes(kind);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function emptyTally(): Record<ScoredKind, KindTally> {
  const zero = () => ({ gold: 0, suggested: 0, hits: 0, valueOk: 0 });
  return { figure: zero(), date: zero(), stance: zero() };
}

/** Whether a hit also reads its value right; the gold mention says which rule applies. */
export function isValueRight(mention: Mention, suggestion: PrintedSuggestion): boolean {
  switch (mention.kind) {
    case 'figure': {
      const gold = mention.label.value;
      const { value } = suggestion;
      return typeof value === 'number' && Math.abs(value - gold) <= Math.abs(gold) * FIGURE_TOLERANCE;
    }
    case 'date':
      return suggestion.startDate === mention.label.start && suggestion.endDate === mention.label.end;
    case 'stance':
      return actorsAgree(mention.label.actor, suggestion.actor);
  }
}

function describeReading(suggestion: PrintedSuggestion): string {
  if (suggestion.kind === 'stance') return JSON.stringify(suggestion.actor);
  if (suggestion.kind === 'figure') return JSON.stringify(suggestion.value ?? null);
  return JSON.stringify([suggestion.startDate, suggestion.endDate]);
}

/** Counts one document: gold mentions, suggestions counted, hits and right values, with the problems. */
export function scoreDocument(input: DocumentInput): DocumentScore {
  const { name, text, mentions } = input;
  const tally = emptyTally();
  const problems: string[] = [];
  for (const mention of mentions) tally[mention.kind].gold++;
  const ignoredSpans = input.ignored.flatMap((entry) =>
    findOccurrences(text, entry.text).map((span) => ({ ...span, kind: entry.kind })),
  );
  const claimed = new Set<Mention>();

  for (const suggestion of input.suggestions) {
    const { kind } = suggestion;
    if (!isScoredKind(kind)) continue;
    const sameKind = (span: Span & { kind: string }) => span.kind === kind && overlaps(span, suggestion);
    if (!mentions.some(sameKind) && ignoredSpans.some(sameKind)) continue;
    tally[kind].suggested++;
    if (text.slice(suggestion.start, suggestion.end) !== suggestion.text) {
      const where = `${suggestion.start}-${suggestion.end}`;
      problems.push(`${name}: span ${where} is not the text ${JSON.stringify(suggestion.text)}`);
      continue;
    }
    const mention = mentions.find((m) => !claimed.has(m) && sameKind(m));
    if (!mention) continue;
    if (mention.kind === 'stance' && suggestion.stance !== mention.label.stance) continue;
    claimed.add(mention);
    tally[kind].hits++;
    if (isValueRight(mention, suggestion)) tally[kind].valueOk++;
    else
      problems.push(
        `${name}: ${kind} ${JSON.stringify(suggestion.text)} read as ${describeReading(suggestion)}`,
      );
  }

  for (const mention of mentions) {
    if (claimed.has(mention)) continue;
    const labelled = mention.kind === 'stance' ? mention.label.quote : mention.label.text;
    problems.push(`${name}: missed ${mention.kind} ${JSON.stringify(labelled)}`);
  }
  return { tally, problems };
}
