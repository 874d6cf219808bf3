// How a briefing prints a cross-check of many claims: each distinct value once, followed by the
// citations of the claims that give it, at most CITATIONS_PER_VALUE of them and "and K more" for the
// rest ("On NAAS funding, 4 sources differ: £7m [1][2]; £8.52m [3][4][5] and 2 more; £9m [6]"). A
// finding that rests on two claims prints as it always has, its words and then both citations, so a
// small library's briefing reads the same. Used for conflict groups and corroborations alike.
import type { Conflict, Corroboration, StanceRef } from '../../crosscheck/cross-check-types';
import type { ConflictGroup } from '../../crosscheck/conflict-groups';
import { dateOrder, distinctValues as byValue, figureOrder } from '../../crosscheck/distinct-values';
import {
  dateWords,
  describeConflict,
  describeCorroboration,
  figureWords,
  type TagNames,
} from '../../crosscheck/describe-cross-check';
import { describeStance } from '../../model/claim-labels';

/** Words, then the citations of `claimIds`, then "and `more` more" when more claims give the same. */
export type FindingRun = { text: string; claimIds: string[]; more: number };

export const CITATIONS_PER_VALUE = 3;

export function runsOfConflictGroup(group: ConflictGroup, tags: TagNames): FindingRun[] {
  if (group.onlyPair) return [pairRun(group.onlyPair, describeConflict(group.onlyPair, tags))];
  if (group.kind === 'stance') return stanceRuns(group.stances);
  const name = tags.get(group.tagId)?.name;
  const values =
    group.kind === 'figure'
      ? byValue(group.figures, figureOrder, figureWords)
      : byValue(group.dates, dateOrder, dateWords);
  const sources = new Set(
    group.kind === 'figure' ? group.figures.map((f) => f.sourceId) : group.dates.map((d) => d.sourceId),
  );
  const lead = `${name ? `On ${name}, ` : ''}${sources.size} sources differ: `.replace(/^\p{Ll}/u, (x) =>
    x.toUpperCase(),
  );
  return values.map((value, i) => capped(`${i === 0 ? lead : '; '}${value.words}`, value.claimIds));
}

export function runsOfCorroboration(c: Corroboration): FindingRun[] {
  if (c.claimIds.length <= 2) return [{ text: describeCorroboration(c), claimIds: c.claimIds, more: 0 }];
  const values =
    c.kind === 'figure' ? byValue(c.figures, () => 0, figureWords) : byValue(c.dates, () => '', dateWords);
  const sources = `${c.sourceIds.length} sources`;
  if (values.length === 1) return [capped(`${sources} give ${values[0]!.words}`, values[0]!.claimIds)];
  return values.map((value, i) => {
    const joint = i === 0 ? `${sources} agree: ` : i === values.length - 1 ? ' and ' : ', ';
    return capped(`${joint}${value.words}`, value.claimIds);
  });
}

function pairRun(pair: Conflict, text: string): FindingRun {
  return { text, claimIds: [...pair.claimIds], more: 0 };
}

function capped(text: string, claimIds: string[]): FindingRun {
  return {
    text,
    claimIds: claimIds.slice(0, CITATIONS_PER_VALUE),
    more: Math.max(0, claimIds.length - CITATIONS_PER_VALUE),
  };
}

/** "Ofsted supports A [1][2]; supports B [3] but opposes C [4]; opposes D [5]". */
function stanceRuns(stances: readonly StanceRef[]): FindingRun[] {
  const actor = stances[0]?.actor ?? '';
  const runs: FindingRun[] = [];
  for (const side of ['support', 'oppose'] as const) {
    const values = byValue(
      stances.filter((s) => s.stance === side),
      () => 0,
      (s) => s.topic,
    );
    values.forEach((value, i) => {
      const verb = `${describeStance(side)}s ${value.words}`;
      const joint = runs.length === 0 ? `${actor} ` : side === 'oppose' && i === 0 ? ' but ' : '; ';
      runs.push(capped(`${joint}${verb}`, value.claimIds));
    });
  }
  return runs;
}
