// An imported library must stand on its own (the bundle's checks refuse a reference to a record it does
// not hold), yet records read from a REFI-QDA file can keep library records they point at: a claim that
// came back keeps its figures' totals, a code its parent, a tag merged away the tag it went to. This adds
// each record so named from the library being imported into, until nothing named is missing. The
// researcher who imports signs what the file does not attribute, so they join when named.
import type { Library } from '../../model/records';
import type { ReadContext } from '../interchange-format';

export function includeReferences(imported: Library, ctx: ReadContext): Library {
  const existing = ctx.existing;
  const result: Library = {
    researchers: [...imported.researchers],
    tags: [...imported.tags],
    sources: [...imported.sources],
    claims: [...imported.claims],
    briefings: [...imported.briefings],
  };
  const has = {
    researchers: new Set(result.researchers.map((r) => r.id)),
    tags: new Set(result.tags.map((t) => t.id)),
    sources: new Set(result.sources.map((s) => s.id)),
    claims: new Set(result.claims.map((c) => c.id)),
  };
  const lookup = {
    researchers: new Map(existing.researchers.map((r) => [r.id, r])),
    tags: new Map(existing.tags.map((t) => [t.id, t])),
    sources: new Map(existing.sources.map((s) => [s.id, s])),
    claims: new Map(existing.claims.map((c) => [c.id, c])),
  };
  const add = <K extends keyof typeof has>(table: K, id: string | null | undefined) => {
    if (!id || has[table].has(id)) return;
    const record = lookup[table].get(id);
    if (!record) return;
    has[table].add(id);
    (result[table] as { id: string }[]).push(record);
  };
  // Each table is walked to its end while records are added to it, so chains are followed.
  for (let changed = true; changed;) {
    const before =
      result.tags.length + result.sources.length + result.claims.length + result.researchers.length;
    for (const tag of result.tags) {
      add('tags', tag.parentId);
      add('tags', tag.mergedInto);
      add('researchers', tag.updatedBy);
    }
    for (const claim of result.claims) {
      add('sources', claim.sourceId);
      for (const id of claim.tagIds) add('tags', id);
      for (const id of claim.fields.totalOf ?? []) add('claims', id);
      add('researchers', claim.createdBy);
      add('researchers', claim.updatedBy);
    }
    for (const source of result.sources) {
      add('sources', source.supersedes);
      add('researchers', source.updatedBy);
    }
    changed =
      result.tags.length + result.sources.length + result.claims.length + result.researchers.length !==
      before;
  }
  if (!has.researchers.has(ctx.researcherId) && namesResearcher(result, ctx.researcherId)) {
    result.researchers.push(
      lookup.researchers.get(ctx.researcherId) ?? {
        id: ctx.researcherId,
        displayName: 'Researcher',
        updatedAt: ctx.now,
        updatedBy: ctx.researcherId,
        deleted: false,
      },
    );
  }
  return result;
}

function namesResearcher(library: Library, id: string): boolean {
  return (
    library.tags.some((t) => t.updatedBy === id) ||
    library.sources.some((s) => s.updatedBy === id) ||
    library.claims.some((c) => c.createdBy === id || c.updatedBy === id)
  );
}
