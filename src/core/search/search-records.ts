// What of the library search reads: a source's title, format and text, and a claim's quote, statement,
// note and tag names. Rejected suggestions are left out (the researcher said no to them); suggestions
// still waiting are claims the researcher may be looking for, so they are in.
import type { Claim, Source, SourceFormat, Tag } from '../model/records';

export type SearchSource = { id: string; title: string; format: SourceFormat; text: string };

export type SearchClaim = {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  quote: string;
  statement: string;
  note: string;
  tagIds: string[];
  tagNames: string[];
};

export function toSearchSource(source: Source): SearchSource {
  return { id: source.id, title: source.title, format: source.format, text: source.text };
}

export function isSearchableClaim(claim: Claim): boolean {
  return !claim.deleted && claim.status !== 'rejected';
}

export function toSearchClaim(claim: Claim, tagsById: ReadonlyMap<string, Tag>): SearchClaim {
  const [quote, position] = claim.target.selector;
  const tagIds = claim.tagIds.filter((id) => tagsById.has(id));
  return {
    id: claim.id,
    sourceId: claim.sourceId,
    start: position.start,
    end: position.end,
    quote: quote.exact,
    statement: claim.statement,
    note: claim.note,
    tagIds,
    tagNames: tagIds.map((id) => (tagsById.get(id) as Tag).name),
  };
}

/** A claim's version as search sees it: a tag renamed changes what its claims are found by. */
export function searchClaimStamp(claim: Claim, tagsById: ReadonlyMap<string, Tag>): string {
  return `${claim.updatedAt}|${claim.status}|${claim.tagIds.map((id) => tagsById.get(id)?.name ?? '').join('\u0000')}`;
}
