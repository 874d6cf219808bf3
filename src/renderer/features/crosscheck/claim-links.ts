// What a link to a claim in the Cross-checks view says: the figure, date or position as the cross-check
// read it, and the title of its source ("£11.22m in The Costs of outsourcing and NAAS…").
import type { Conflict, Corroboration, Sum } from '../../../core/crosscheck/cross-check-types';
import { figureWords } from '../../../core/crosscheck/describe-cross-check';
import { formatDatePeriod } from '../../../core/briefing/format-date-period';
import { describeStance } from '../../../core/model/claim-labels';

export type ClaimLink = { claimId: string; sourceId: string; label: string };

export function linksOf(item: Corroboration | Conflict | Sum): ClaimLink[] {
  if ('total' in item) {
    return [item.total, ...item.parts].map((f) => ({ ...f, label: figureWords(f) }));
  }
  switch (item.kind) {
    case 'figure':
      return item.figures.map((f) => ({ ...f, label: figureWords(f) }));
    case 'date':
      return item.dates.map((d) => ({ ...d, label: formatDatePeriod(d) }));
    case 'stance':
      return item.stances.map((s) => ({ ...s, label: `${s.actor} — ${describeStance(s.stance)}` }));
  }
}
