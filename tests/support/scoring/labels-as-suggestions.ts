// A second labeller's labels read as if a suggester had printed them, so the scorer can judge one
// labeller against another exactly as it judges the suggester against the gold: every mention of a
// labelled string (gold-mentions.ts, the scorer's own reading of labels) becomes one suggestion with the
// label's value, date range or stance and actor. The score of one labeller against the other is how far
// two careful people agree under LABELING.md: the reference the suggester's score is read against.
import { listGoldMentions } from './gold-mentions';
import type { GoldLabels, PrintedSuggestion } from './scoring-types';

export function labelsAsSuggestions(text: string, labels: GoldLabels): PrintedSuggestion[] {
  return listGoldMentions(text, labels).map((mention) => {
    const where = { kind: mention.kind, start: mention.start, end: mention.end };
    const span = { ...where, text: text.slice(mention.start, mention.end) };
    if (mention.kind === 'figure') return { ...span, value: mention.label.value, unit: mention.label.unit };
    if (mention.kind === 'date')
      return { ...span, startDate: mention.label.start, endDate: mention.label.end };
    return { ...span, stance: mention.label.stance, actor: mention.label.actor };
  });
}
