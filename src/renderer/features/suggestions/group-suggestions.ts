// Orders a source's pending suggestions for the list: grouped by kind (figures, dates, stances), each group
// in text order, with the flat order the arrow keys move through and the label of each group's buttons.
import type { Claim, ClaimKind } from '../../../core/model/records';

export type SuggestionGroup = { kind: ClaimKind; label: string; items: Claim[] };

const GROUPS: { kind: ClaimKind; label: string }[] = [
  { kind: 'figure', label: 'figures' },
  { kind: 'date', label: 'dates' },
  { kind: 'stance', label: 'stances' },
  { kind: 'quote', label: 'quotes' },
];

const position = (c: Claim) => c.target.selector[1];

export function groupSuggestions(suggestions: Claim[]): SuggestionGroup[] {
  const sorted = [...suggestions].sort(
    (a, b) => position(a).start - position(b).start || position(a).end - position(b).end,
  );
  return GROUPS.map(({ kind, label }) => ({
    kind,
    label,
    items: sorted.filter((c) => c.kind === kind),
  })).filter((g) => g.items.length > 0);
}

/** The id to move to after `id` leaves the list: the next one, else the previous one, else none. */
export function pickNextId(order: string[], id: string): string | null {
  const i = order.indexOf(id);
  if (i < 0) return order[0] ?? null;
  return order[i + 1] ?? order[i - 1] ?? null;
}
