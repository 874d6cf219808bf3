// What every section builder needs from the composer: the statement a claim prints, and a citation to
// put after it. Citations are numbered in order of first use across the whole document, so a claim cited
// in Key figures and again in Cross-checks keeps one number.
import { statementOf } from '../statement-of';
import type { Inline } from '../document/briefing-document';
import type { Claim, Source } from '../../model/records';

export type SectionContext = {
  statement(claim: Claim): string;
  cite(claim: Claim): Inline;
};

export function createSectionContext(sourcesById: ReadonlyMap<string, Source>): {
  context: SectionContext;
  citedInOrder: () => Claim[];
} {
  const numbers = new Map<string, number>();
  const cited: Claim[] = [];
  const context: SectionContext = {
    statement: (claim) => statementOf(claim, sourcesById.get(claim.sourceId)),
    cite: (claim) => {
      let n = numbers.get(claim.id);
      if (n === undefined) {
        n = cited.length + 1;
        numbers.set(claim.id, n);
        cited.push(claim);
      }
      return { type: 'cite', n };
    },
  };
  return { context, citedInOrder: () => [...cited] };
}

/** Deterministic claim order: by source title and id, then position in the source, then claim id. */
export function compareClaims(a: Claim, b: Claim, sources: ReadonlyMap<string, Source>): number {
  return (
    compareText(sources.get(a.sourceId)?.title ?? '', sources.get(b.sourceId)?.title ?? '') ||
    compareText(a.sourceId, b.sourceId) ||
    a.target.selector[1].start - b.target.selector[1].start ||
    compareText(a.id, b.id)
  );
}

// Code-unit order, not localeCompare: the same on every machine whatever its locale.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const text = (value: string): Inline => ({ type: 'text', text: value });
