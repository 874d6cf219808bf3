// Finds live tags that look like the same tag made twice: the same name (ignoring case and surrounding
// space) under the same parent, with different ids. Two researchers often create "Funding" independently;
// merging them silently could be wrong, so the app offers them to the user instead.
import type { Tag } from '../model/records';
import { byCodeUnit } from './canonical-json';

export type TagDuplicate = { name: string; parentId: string | null; tagIds: string[] };

const keyOf = (tag: Tag): string => JSON.stringify([tag.parentId, tag.name.trim().toLowerCase()]);

export function findTagDuplicates(tags: Tag[]): TagDuplicate[] {
  const groups = new Map<string, Tag[]>();
  for (const tag of tags) {
    if (tag.deleted) continue;
    const group = groups.get(keyOf(tag));
    if (group) group.push(tag);
    else groups.set(keyOf(tag), [tag]);
  }
  const duplicates: TagDuplicate[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((x, y) => byCodeUnit(x.id, y.id));
    const first = sorted[0] as Tag;
    duplicates.push({ name: first.name, parentId: first.parentId, tagIds: sorted.map((t) => t.id) });
  }
  return duplicates.sort((x, y) => byCodeUnit(x.tagIds[0] ?? '', y.tagIds[0] ?? ''));
}
