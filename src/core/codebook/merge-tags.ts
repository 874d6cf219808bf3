// Merging one tag into another, and carrying that merge through bundle merges. The merged tag becomes a
// tombstone that remembers where it went (`mergedInto`); its claims take the target tag and its children
// move under the target. A colleague's bundle made before they saw the merge still names the old tag, so
// after two libraries merge, every claim naming a merged tag is moved onto the live end of its chain of
// merges (a chain that loops has no end, and is left alone). That redirect is a new version of the claim,
// stamped just after the claim and the merges it follows, by whoever made the last of those merges, so
// every replica that sees the same versions computes the same claim.
import type { Claim, Tag } from '../model/records';
import { EARLIEST_TIMESTAMP, nextTimestamp, stampVersion, type Actor } from '../model/version-stamp';
import { CodebookError } from './edit-tags';
import { childrenByParent, wouldMakeLoop } from './tag-tree';
import { appendAll } from '../lists/append-all';

export type TagMerge = { tags: Tag[]; claims: Claim[] };

/** Replaces `from` by `into` in a list of tag ids, keeping the order and naming each tag once. */
function replaceTag(tagIds: readonly string[], from: ReadonlySet<string>, into: string): string[] {
  const out: string[] = [];
  for (const id of tagIds) {
    const next = from.has(id) ? into : id;
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

export function mergeTag(
  tags: readonly Tag[],
  claims: readonly Claim[],
  fromId: string,
  intoId: string,
  actor: Actor,
): TagMerge {
  const from = tags.find((t) => t.id === fromId && !t.deleted);
  const into = tags.find((t) => t.id === intoId && !t.deleted);
  if (!from || !into) throw new CodebookError('That tag is no longer in the codebook.');
  if (fromId === intoId) throw new CodebookError('A tag cannot be merged into itself.');
  if (wouldMakeLoop(tags, fromId, intoId)) {
    throw new CodebookError(
      `“${from.name}” cannot be merged into one of its own tags; move that tag out first.`,
    );
  }
  const children = childrenByParent(tags).get(fromId) ?? [];
  const fromSet = new Set([fromId]);
  return {
    tags: [
      { ...from, deleted: true, mergedInto: intoId, ...stampVersion(actor, from) },
      ...children.map((c) => ({ ...c, parentId: intoId, ...stampVersion(actor, c) })),
    ],
    claims: claims
      .filter((c) => !c.deleted && c.tagIds.includes(fromId))
      .map((c) => ({ ...c, tagIds: replaceTag(c.tagIds, fromSet, intoId), ...stampVersion(actor, c) })),
  };
}

/** Where a tag's claims belong: the end of its chain of merges (with the merges passed), or none if it loops. */
export function resolveMergedTag(
  tagsById: ReadonlyMap<string, Tag>,
  tagId: string,
): { id: string; hops: Tag[] } | undefined {
  const hops: Tag[] = [];
  const seen = new Set<string>();
  let at = tagsById.get(tagId);
  while (at?.deleted && at.mergedInto !== undefined) {
    if (seen.has(at.id)) return undefined;
    seen.add(at.id);
    hops.push(at);
    at = tagsById.get(at.mergedInto);
  }
  const end = hops.length > 0 ? (hops[hops.length - 1] as Tag).mergedInto : tagId;
  return end === undefined ? undefined : { id: end, hops };
}

export type Redirected = { claims: Claim[]; redirected: string[] };

/** Every claim that names a merged tag, moved onto the live end of the merges (see the module comment). */
export function redirectMergedTags(tags: readonly Tag[], claims: readonly Claim[]): Redirected {
  const tagsById = new Map(tags.map((t) => [t.id, t]));
  if (!tags.some((t) => t.mergedInto !== undefined)) return { claims: [...claims], redirected: [] };
  const redirected: string[] = [];
  const out = claims.map((claim) => {
    const hops: Tag[] = [];
    const tagIds: string[] = [];
    for (const id of claim.tagIds) {
      const resolved = resolveMergedTag(tagsById, id);
      const next = resolved?.id ?? id;
      if (resolved) appendAll(hops, resolved.hops);
      if (!tagIds.includes(next)) tagIds.push(next);
    }
    if (hops.length === 0) return claim;
    redirected.push(claim.id);
    return { ...claim, tagIds, ...stampAfter(claim, hops) };
  });
  return { claims: out, redirected };
}

function stampAfter(claim: Claim, hops: Tag[]): Pick<Claim, 'updatedAt' | 'updatedBy'> {
  const last = hops.reduce((a, b) =>
    b.updatedAt > a.updatedAt || (b.updatedAt === a.updatedAt && b.updatedBy > a.updatedBy) ? b : a,
  );
  try {
    return {
      updatedAt: nextTimestamp(EARLIEST_TIMESTAMP, claim.updatedAt, ...hops.map((h) => h.updatedAt)),
      updatedBy: last.updatedBy,
    };
  } catch {
    // Already stamped at the very end of the times a library can record: keep the stamp.
    return { updatedAt: claim.updatedAt, updatedBy: claim.updatedBy };
  }
}
