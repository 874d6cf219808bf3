// A cross-check in plain words, without citations (the caller adds its own: links in the app, [n] in the
// briefing): "£8.52m and £2.7 m add up to the £11.22m total"; "2 sources agree: £8.52m and £8,520,000";
// "On NAAS funding, £8.52m differs from £8.6m". Figures read as their sources wrote them.
import { formatDatePeriod } from '../briefing/format-date-period';
import { formatAmount, describeStance } from '../model/claim-labels';
import type { Conflict, Corroboration, DateRef, FigureRef, Sum } from './cross-check-types';

export type TagNames = ReadonlyMap<string, { name: string }>;

export function describeCorroboration(c: Corroboration): string {
  const written = c.kind === 'figure' ? c.figures.map(figureWords) : c.dates.map(dateWords);
  const distinct = [...new Set(written)];
  const sources = `${c.sourceIds.length} sources`;
  return distinct.length === 1
    ? `${sources} give ${distinct[0]}`
    : `${sources} agree: ${listWords(distinct)}`;
}

export function describeConflict(c: Conflict, tags?: TagNames): string {
  if (c.kind === 'stance') {
    const [support, oppose] = c.stances;
    return `${support.actor} ${describeStance('support')}s ${support.topic} but ${describeStance('oppose')}s ${oppose.topic}`;
  }
  const names = c.tagIds.map((id) => tags?.get(id)?.name).filter((n): n is string => Boolean(n));
  const on = names.length > 0 ? `On ${listWords(names)}, ` : '';
  const [a, b] = c.kind === 'figure' ? c.figures.map(figureWords) : c.dates.map(dateWords);
  return `${on}${a} differs from ${b}`.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
}

export function describeSum(s: Sum): string {
  const parts = listWords(s.parts.map(figureWords));
  const total = figureWords(s.total);
  if (s.addsUp) return `${parts} add up to the ${total} total`;
  const made = formatAmount(s.total.value - s.difference, s.unit);
  const gap = formatAmount(Math.abs(s.difference), s.unit);
  return `${parts} do not add up to the ${total} total: they make ${made}, ${gap} ${s.difference > 0 ? 'less' : 'more'}`;
}

export function figureWords(f: FigureRef): string {
  return `${f.approximate ? 'about ' : ''}${f.written}`;
}

export function dateWords(d: DateRef): string {
  return formatDatePeriod(d);
}

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
