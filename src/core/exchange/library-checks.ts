// Rules that span records, checked after each record has its shape: ids are unique per table, references
// point at records in the same bundle (a claim's source, tags and the figures it totals; a briefing's
// filter tags and sources), and every claim's selectors fit its source's text with the quote equal to the
// text at its position. A bundle failing any of these is rejected whole, so a damaged shared file can never
// half-change a library. The same rules check a version 1 library (bundle-v1.ts), which has no statements,
// totals or briefings.
import type { z } from 'zod';
import type { Briefing, Claim, Library, Source, Tag } from '../model/records';

/** A library of this version or of version 1 (claims without a statement, no briefings). */
export type CheckedLibrary = Omit<Library, 'claims' | 'briefings'> & {
  claims: Omit<Claim, 'statement'>[];
  briefings?: Briefing[];
};
type Ctx = z.RefinementCtx<CheckedLibrary>;
type Table = keyof Library;

function report(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

function checkUniqueIds(ctx: Ctx, table: Table, records: { id: string }[]): void {
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, i);
    else report(ctx, [table, i, 'id'], `is the same as the id of ${table.slice(0, -1)} ${first + 1}`);
  });
}

function checkTags(ctx: Ctx, tags: Tag[], tagIds: Set<string>): void {
  tags.forEach((tag, i) => {
    if (tag.parentId === null) return;
    if (tag.parentId === tag.id) report(ctx, ['tags', i, 'parentId'], 'must not be the tag itself');
    else if (!tagIds.has(tag.parentId)) {
      report(ctx, ['tags', i, 'parentId'], `"${tag.parentId}" is not a tag in this bundle`);
    }
  });
}

function checkClaimTarget(ctx: Ctx, claim: Omit<Claim, 'statement'>, i: number, source: Source): void {
  const [quote, position] = claim.target.selector;
  const base = ['claims', i, 'target', 'selector'];
  const length = source.text.length;
  if (position.start > length || position.end > length) {
    const field = position.end > length ? 'end' : 'start';
    report(
      ctx,
      [...base, 1, field],
      `(${position[field]}) is past the end of the source's text (${length} characters)`,
    );
    return;
  }
  if (position.start > position.end) return; // already reported by the record schema
  if (source.text.slice(position.start, position.end) !== quote.exact) {
    report(
      ctx,
      [...base, 0, 'exact'],
      `does not match the source's text at ${position.start}-${position.end} (selector[1])`,
    );
  }
}

function checkClaims(
  ctx: Ctx,
  claims: Omit<Claim, 'statement'>[],
  sources: Map<string, Source>,
  tagIds: Set<string>,
): void {
  const claimIds = new Set(claims.map((c) => c.id));
  claims.forEach((claim, i) => {
    claim.fields.totalOf?.forEach((id, t) => {
      const path = ['claims', i, 'fields', 'totalOf', t];
      if (id === claim.id) report(ctx, path, 'must not be the claim itself');
      else if (!claimIds.has(id)) report(ctx, path, `"${id}" is not a claim in this bundle`);
    });
    const source = sources.get(claim.sourceId);
    if (!source) {
      report(ctx, ['claims', i, 'sourceId'], `"${claim.sourceId}" is not a source in this bundle`);
      return;
    }
    if (claim.target.source !== claim.sourceId) {
      report(ctx, ['claims', i, 'target', 'source'], 'must equal sourceId');
      return;
    }
    claim.tagIds.forEach((tagId, t) => {
      if (!tagIds.has(tagId))
        report(ctx, ['claims', i, 'tagIds', t], `"${tagId}" is not a tag in this bundle`);
    });
    checkClaimTarget(ctx, claim, i, source);
  });
}

function checkBriefings(
  ctx: Ctx,
  briefings: Briefing[],
  sources: Map<string, Source>,
  tagIds: Set<string>,
): void {
  briefings.forEach((briefing, i) => {
    const path = ['briefings', i, 'claimFilter'];
    briefing.claimFilter.tagIds?.forEach((id, t) => {
      if (!tagIds.has(id)) report(ctx, [...path, 'tagIds', t], `"${id}" is not a tag in this bundle`);
    });
    briefing.claimFilter.sourceIds?.forEach((id, s) => {
      if (!sources.has(id)) report(ctx, [...path, 'sourceIds', s], `"${id}" is not a source in this bundle`);
    });
  });
}

/** Adds an issue to `ctx` for every cross-record rule the library breaks. */
export function checkLibrary(library: CheckedLibrary, ctx: Ctx): void {
  checkUniqueIds(ctx, 'researchers', library.researchers);
  checkUniqueIds(ctx, 'tags', library.tags);
  checkUniqueIds(ctx, 'sources', library.sources);
  checkUniqueIds(ctx, 'claims', library.claims);
  const tagIds = new Set(library.tags.map((t) => t.id));
  const sources = new Map(library.sources.map((s) => [s.id, s]));
  checkTags(ctx, library.tags, tagIds);
  checkClaims(ctx, library.claims, sources, tagIds);
  if (library.briefings) {
    checkUniqueIds(ctx, 'briefings', library.briefings);
    checkBriefings(ctx, library.briefings, sources, tagIds);
  }
}
