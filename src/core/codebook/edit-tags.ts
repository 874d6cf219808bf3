// The codebook's edits as pure functions: each takes the tags as they are and returns the new versions to
// write (stamped after the versions they replace), or throws CodebookError with a message for the
// researcher. Names are unique among siblings (ignoring case), a tag never goes under itself or its own
// descendants, and deleting a tag moves its children up to its parent rather than losing them.
import { LIMITS } from '../limits';
import type { Tag } from '../model/records';
import { stampVersion, type Actor } from '../model/version-stamp';
import { childrenByParent, wouldMakeLoop } from './tag-tree';

export class CodebookError extends Error {
  override readonly name = 'CodebookError';
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function normaliseTagName(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

function checkName(name: string): void {
  if (!name) throw new CodebookError('A tag needs a name.');
  if (name.length > LIMITS.shortText) {
    throw new CodebookError(`A tag name can be at most ${LIMITS.shortText} characters.`);
  }
}

/** The live sibling under `parentId` with this name (ignoring case), other than `exceptId`. */
export function findSibling(
  tags: readonly Tag[],
  parentId: string | null,
  name: string,
  exceptId?: string,
): Tag | undefined {
  const key = name.toLocaleLowerCase();
  return (childrenByParent(tags).get(parentId) ?? []).find(
    (t) => t.id !== exceptId && t.name.toLocaleLowerCase() === key,
  );
}

function liveTag(tags: readonly Tag[], id: string): Tag {
  const tag = tags.find((t) => t.id === id && !t.deleted);
  if (!tag) throw new CodebookError('That tag is no longer in the codebook.');
  return tag;
}

export type NewTag = { name: string; parentId: string | null; colour: string; description?: string };

export function createTag(tags: readonly Tag[], draft: NewTag, id: string, actor: Actor): Tag {
  const name = normaliseTagName(draft.name);
  checkName(name);
  if (draft.parentId !== null) liveTag(tags, draft.parentId);
  if (findSibling(tags, draft.parentId, name))
    throw new CodebookError(`There is already a tag “${name}” here.`);
  if (!COLOUR.test(draft.colour)) throw new CodebookError('A colour is written like #1f77b4.');
  return {
    id,
    name,
    parentId: draft.parentId,
    colour: draft.colour.toLowerCase(),
    description: draft.description ?? '',
    ...stampVersion(actor),
    deleted: false,
  };
}

export function renameTag(tags: readonly Tag[], id: string, raw: string, actor: Actor): Tag {
  const tag = liveTag(tags, id);
  const name = normaliseTagName(raw);
  checkName(name);
  if (findSibling(tags, tag.parentId, name, id))
    throw new CodebookError(`There is already a tag “${name}” here.`);
  return { ...tag, name, ...stampVersion(actor, tag) };
}

export function moveTag(tags: readonly Tag[], id: string, parentId: string | null, actor: Actor): Tag {
  const tag = liveTag(tags, id);
  if (parentId !== null) liveTag(tags, parentId);
  if (wouldMakeLoop(tags, id, parentId)) {
    throw new CodebookError(`“${tag.name}” cannot go under itself or one of its own tags.`);
  }
  if (findSibling(tags, parentId, tag.name, id)) {
    throw new CodebookError(`There is already a tag “${tag.name}” there; merge them instead.`);
  }
  return { ...tag, parentId, ...stampVersion(actor, tag) };
}

export function describeTag(
  tags: readonly Tag[],
  id: string,
  patch: { colour?: string; description?: string },
  actor: Actor,
): Tag {
  const tag = liveTag(tags, id);
  if (patch.colour !== undefined && !COLOUR.test(patch.colour)) {
    throw new CodebookError('A colour is written like #1f77b4.');
  }
  if (patch.description !== undefined && patch.description.length > LIMITS.description) {
    throw new CodebookError(`A description can be at most ${LIMITS.description} characters.`);
  }
  return {
    ...tag,
    ...(patch.colour !== undefined ? { colour: patch.colour.toLowerCase() } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...stampVersion(actor, tag),
  };
}

/** The tag as a tombstone, and its children moved up to its parent (so none is lost from the tree). */
export function deleteTag(tags: readonly Tag[], id: string, actor: Actor): Tag[] {
  const tag = liveTag(tags, id);
  const children = childrenByParent(tags).get(id) ?? [];
  return [
    { ...tag, deleted: true, ...stampVersion(actor, tag) },
    ...children.map((child) => ({ ...child, parentId: tag.parentId, ...stampVersion(actor, child) })),
  ];
}
