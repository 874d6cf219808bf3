// How a conflict group of more than one pair reads in the Cross-checks tab: a heading in the briefing's
// words ("On NAAS funding, 3 sources differ"; "Ofsted takes positions that conflict") and a line saying
// what it is about ("Figures in GBP (£) · 3 values · 4 claims").
import type { ConflictGroupSummary } from '../../../core/crosscheck/conflict-group-summary';
import type { TagNames } from '../../../core/crosscheck/describe-cross-check';
import { UNIT_LABELS } from '../../../core/model/claim-labels';

export function conflictGroupHeading(group: ConflictGroupSummary, tags: TagNames): string {
  if (group.kind === 'stance') return `${group.actor} takes positions that conflict`;
  const name = tags.get(group.tagId)?.name;
  const lead = `${name ? `On ${name}, ` : ''}${group.sourceCount} sources differ`;
  return lead.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
}

export function conflictGroupAbout(group: ConflictGroupSummary): string {
  const what =
    group.kind === 'figure'
      ? `Figures in ${group.unit ? UNIT_LABELS[group.unit] : 'no unit'}`
      : group.kind === 'date'
        ? 'Dates'
        : 'Positions';
  return `${what} · ${count(group.values.length, 'value')} · ${count(group.claimIds.length, 'claim')}`;
}

export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}
