// The several positions one clause can list (LABELING.md: one entry per statement, clause and listed
// item): the actions a commitment is "including" ("faster improvements, including using digital
// technology ..., and improving redress ..."), and a second commitment of the same subject ("We will pursue
// exports and will support overseas investors"). Each part is offered as its own stance, with the clause's
// holder and label. Items after a colon are left whole: on the tuning texts they list reasons, concerns and
// factors as often as positions.

import type { Span } from './text-spans';

/** ", including doing A, and doing B": the actions a position is said to include (a list of nouns after
 * "including" gives examples, not positions). */
const INCLUDING = /,[ \u00a0]+including[ \u00a0]+(?=\p{Ll}+ing[ \u00a0])/u;
/** An item of an "including" list starts after a comma and "and", or after a comma before a verb's -ing. */
const INCLUDED_ITEM = /,[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+(?=\p{Ll}+ing\b)/gu;
/** "… and will support …", "…, and we will …": a second commitment of the same subject. */
const SECOND_COMMITMENT =
  /,?[ \u00a0]+and[ \u00a0]+(?=(?:will|shall|must|should|we[ \u00a0]+will|we[ \u00a0]+are)[ \u00a0]+\p{Ll})/gu;
const MODAL_END = /\b(?:can|could|will|would|should|must|may|might)$/u;
const MIN_ITEM_WORDS = 2;

/** The parts of `clause` that each state a position, offsets into it; empty when it lists nothing. */
export function splitPositionItems(clause: string): Span[] {
  const including = INCLUDING.exec(clause);
  if (including)
    return partsOf(clause, including.index, including.index + including[0].length, INCLUDED_ITEM);
  const parts: Span[] = [];
  let from = 0;
  for (const m of clause.matchAll(SECOND_COMMITMENT)) {
    // "can and must do better" is one commitment, its modal doubled
    if (MODAL_END.test(clause.slice(from, m.index))) continue;
    parts.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return [];
  parts.push({ start: from, end: clause.length });
  return keepWhole(clause, parts);
}

/** The lead-in up to `leadEnd`, then the items from `itemsFrom` parted by `separator`. */
function partsOf(clause: string, leadEnd: number, itemsFrom: number, separator: RegExp): Span[] {
  const parts: Span[] = [{ start: 0, end: leadEnd }];
  let from = itemsFrom;
  for (const m of clause.slice(itemsFrom).matchAll(separator)) {
    const at = itemsFrom + m.index;
    parts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  parts.push({ start: from, end: clause.length });
  return parts.length > 2 || itemsFrom < clause.length ? keepWhole(clause, parts) : [];
}

/** Parts too short to state anything are dropped; one part left is no list. */
function keepWhole(clause: string, parts: Span[]): Span[] {
  const kept = parts
    .map((p) => trimmed(clause, p))
    .filter((p) => clause.slice(p.start, p.end).split(/[ \u00a0]+/u).length >= MIN_ITEM_WORDS);
  return kept.length > 1 ? kept : [];
}

function trimmed(clause: string, part: Span): Span {
  let { start, end } = part;
  while (start < end && /[\s,;:.]/u.test(clause[start] as string)) start++;
  while (end > start && /[\s,;:.]/u.test(clause[end - 1] as string)) end--;
  return { start, end };
}
