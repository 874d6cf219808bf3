// Tags: listed for suggestions and filters, and created on the fly when a claim names one that does not exist
// yet (matched by name, ignoring case), each new tag taking the next colour of the palette.
import { createId } from '../../core/ids';
import type { Tag } from '../../core/model/records';
import { stampVersion } from '../../core/model/version-stamp';
import { actingNow, type Actor } from './actor';
import type { Store } from './database';
import { pickTagColour } from './tag-palette';

export async function listTags(store: Store): Promise<Tag[]> {
  const all = await store.db.tags.toArray();
  return all.filter((t) => !t.deleted).sort((a, b) => a.name.localeCompare(b.name));
}

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ');

/** The tags with these names, in the order given, creating the missing ones. Blank names are skipped. */
export async function ensureTags(store: Store, names: string[], actor: Actor): Promise<Tag[]> {
  const { db } = store;
  const stamp = stampVersion(actingNow(actor));
  return db.transaction('rw', db.tags, async () => {
    const all = await db.tags.toArray();
    const live = all.filter((t) => !t.deleted);
    const result: Tag[] = [];
    for (const raw of names) {
      const name = normalise(raw);
      if (!name) continue;
      const key = name.toLocaleLowerCase();
      let tag = live.find((t) => t.name.toLocaleLowerCase() === key);
      if (!tag) {
        tag = {
          id: createId(),
          name,
          parentId: null,
          colour: pickTagColour(all.length),
          description: '',
          ...stamp,
          deleted: false,
        };
        await db.tags.add(tag);
        all.push(tag);
        live.push(tag);
      }
      if (!result.some((t) => t.id === tag.id)) result.push(tag);
    }
    return result;
  });
}
