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
    if (tag.mergedInto !== undefined) checkMergedInto(ctx, tag, i, tagIds);
    if (tag.parentId === null) return;
    if (tag.parentId === tag.id) report(ctx, ['tags', i, 'parentId'], 'must not be the tag itself');
    else if (!tagIds.has(tag.parentId)) {
      report(ctx, ['tags', i, 'parentId'], `"${tag.parentId}" is not a tag in this bundle`);
    }
  });
  checkTagCycles(ctx, tags);
}

/** A merged tag is a tombstone that points at another tag of the bundle (chains are followed on merge). */
function checkMergedInto(ctx: Ctx, tag: Tag, i: number, tagIds: Set<string>): void {
  const path = ['tags', i, 'mergedInto'];
  if (tag.mergedInto === tag.id) report(ctx, path, 'must not be the tag itself');
  else if (!tagIds.has(tag.mergedInto ?? ''))
    report(ctx, path, `"${tag.mergedInto}" is not a tag in this bundle`);
  else if (!tag.deleted) report(ctx, path, 'is only for a deleted tag (one merged into another)');
}

/** A tag tree has no loops: following parents from any tag must reach a root. */
function checkTagCycles(ctx: Ctx, tags: Tag[]): void {
  const parentOf = new Map(tags.map((t) => [t.id, t.parentId]));
  const index = new Map(tags.map((t, i) => [t.id, i]));
  const settled = new Set<string>();
  for (const tag of tags) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | null | undefined = tag.id;
    while (at && !settled.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = parentOf.get(at);
    }
    // A self-parent is reported above; a longer loop is reported once, at its first tag.
    if (at && onPath.has(at) && parentOf.get(at) !== at) {
      const loop = path.slice(path.indexOf(at));
      report(
        ctx,
        ['tags', index.get(at) ?? 0, 'parentId'],
        `makes a loop of tags (${loop.join(' → ')} → ${at})`,
      );
    }
    for (const id of path) settled.add(id);
  }
}

/** Every change is signed by a researcher the library knows, so no edit arrives from nobody. */
function checkAuthors(ctx: Ctx, library: CheckedLibrary): void {
  const known = new Set(library.researchers.map((r) => r.id));
  const tables = ['researchers', 'tags', 'sources', 'claims', 'briefings'] as const;
  for (const table of tables) {
    const records = (library[table] ?? []) as { updatedBy: string; createdBy?: string }[];
    records.forEach((record, i) => {
      if (!known.has(record.updatedBy))
        report(ctx, [table, i, 'updatedBy'], `"${record.updatedBy}" is not a researcher in this bundle`);
      if (record.createdBy !== undefined && !known.has(record.createdBy))
        report(ctx, [table, i, 'createdBy'], `"${record.createdBy}" is not a researcher in this bundle`);
    });
  }
}

function checkClaimTarget(ctx: Ctx, claim: Omit<Claim, 'statement'>, i: number, source: Source): void {
  // An orphan's selectors describe the text it was found in before, not this one.
  if (claim.target.orphaned) return;
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
  checkAuthors(ctx, library);
}
