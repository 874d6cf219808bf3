// Turns one document's gold labels into gold mentions: every free occurrence of every labelled string
// (LABELING.md, rules 1–4). A string lying inside a longer mention of the same kind adds nothing ("2014"
// inside "October 2014"), while two labels with the same quote (two actors in one sentence) stay two.
import { findOccurrences } from './find-occurrences';
import type { GoldLabels, Mention } from './scoring-types';

function isInsideLonger(inner: Mention, outer: Mention): boolean {
  return (
    inner.kind === outer.kind &&
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    outer.end - outer.start > inner.end - inner.start
  );
}

/** The gold mentions of a document, in label order (figures, dates, stances), each label's in text order. */
export function listGoldMentions(text: string, labels: GoldLabels): Mention[] {
  const found: Mention[] = [];
  for (const label of labels.figures) {
    for (const span of findOccurrences(text, label.text)) found.push({ kind: 'figure', ...span, label });
  }
  for (const label of labels.dates) {
    for (const span of findOccurrences(text, label.text)) found.push({ kind: 'date', ...span, label });
  }
  for (const label of labels.stances) {
    for (const span of findOccurrences(text, label.quote)) found.push({ kind: 'stance', ...span, label });
  }
  return found.filter((mention) => !found.some((other) => isInsideLonger(mention, other)));
}
