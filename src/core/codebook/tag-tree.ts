// The codebook as a tree: the live tags, each under its parent (any depth), in the order the Codebook view
// shows them and the keys 1–9 count them. A live tag whose parent is deleted or missing sits at the root,
// so no tag ever disappears from the tree. Also the questions the tree answers: a tag's path of names,
// its descendants, and whether a move would make a loop.
import type { Tag } from '../model/records';

export type TagNode = { tag: Tag; depth: number; path: string[] };

// One collator, made once: `localeCompare` with a locale and options gives the same order but builds its
// collator on every call, which took a quarter of a second to sort 2,000 tags (a long task at each render
// of the filter bar and the codebook).
const nameOrder = new Intl.Collator('en', { sensitivity: 'base' }).compare;
const byName = (a: Tag, b: Tag): number =>
  nameOrder(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function liveTags(tags: readonly Tag[]): Tag[] {
  return tags.filter((t) => !t.deleted);
}

/** Live children of each live parent (null: the root), sorted by name. */
export function childrenByParent(tags: readonly Tag[]): Map<string | null, Tag[]> {
  const live = liveTags(tags);
  const liveIds = new Set(live.map((t) => t.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of live) {
    const parent = tag.parentId !== null && liveIds.has(tag.parentId) ? tag.parentId : null;
    const list = children.get(parent);
    if (list) list.push(tag);
    else children.set(parent, [tag]);
  }
  for (const list of children.values()) list.sort(byName);
  return children;
}

/**
 * Every live tag, depth first, parents before their children, siblings by name. Walked with a stack of
 * its own, not recursion, so however deep a codebook nests it cannot overflow the call stack.
 */
export function flattenTagTree(tags: readonly Tag[]): TagNode[] {
  const children = childrenByParent(tags);
  const nodes: TagNode[] = [];
  const seen = new Set<string>();
  const pending: { tag: Tag; depth: number; parentPath: string[] }[] = [];
  const pushChildren = (parent: string | null, depth: number, parentPath: string[]) => {
    const list = children.get(parent) ?? [];
    for (let i = list.length - 1; i >= 0; i--) pending.push({ tag: list[i]!, depth, parentPath });
  };
  pushChildren(null, 0, []);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { tag, depth, parentPath } = next;
    if (seen.has(tag.id)) continue; // a loop cannot pass validation, but never walk forever
    seen.add(tag.id);
    const path = [...parentPath, tag.name];
    nodes.push({ tag, depth, path });
    pushChildren(tag.id, depth + 1, path);
  }
  return nodes;
}

/** The tag and every live tag under it. */
export function descendantIds(tags: readonly Tag[], tagId: string): Set<string> {
  const children = childrenByParent(tags);
  const found = new Set<string>([tagId]);
  const queue = [tagId];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const child of children.get(at) ?? []) {
      if (found.has(child.id)) continue;
      found.add(child.id);
      queue.push(child.id);
    }
  }
  return found;
}

/** Whether putting `tagId` under `parentId` would make a loop (the parent is the tag or below it). */
export function wouldMakeLoop(tags: readonly Tag[], tagId: string, parentId: string | null): boolean {
  if (parentId === null) return false;
  const parentOf = new Map(tags.map((t) => [t.id, t.parentId]));
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === tagId) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}
