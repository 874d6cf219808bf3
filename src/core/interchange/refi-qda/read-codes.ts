// Reads a REFI-QDA codebook (the Codes of a project or of a .qdc file) into tags: nesting becomes the
// tag tree, `color` the colour (#rgb widened to #rrggbb; a code without one gets the next palette colour),
// Description the description. A code already in the library (same GUID, as after a round trip through
// another tool) keeps its record when nothing the format carries changed, and otherwise becomes a newer
// version of it, so an edit made in the other tool wins the merge.
import { pickTagColour } from '../../codebook/tag-palette';
import { LIMITS } from '../../limits';
import type { Tag } from '../../model/records';
import { nextTimestamp } from '../../model/version-stamp';
import type { SkippedItem } from '../interchange-format';
import { guidOf, normaliseGuid } from './qda-guid';
import { childNamed, childrenNamed, type XmlElement } from './read-xml-safely';

export type CodeContext = { existing: Tag[]; now: string; researcherId: string };

export function readCodes(codes: XmlElement | undefined, ctx: CodeContext, skipped: SkippedItem[]): Tag[] {
  const existing = new Map(ctx.existing.map((tag) => [tag.id, tag]));
  // Our tags were written under guidOf(id); read back, each GUID names the tag it was written from.
  const idOfGuid = new Map(ctx.existing.map((tag) => [guidOf(tag.id), tag.id]));
  const tags: Tag[] = [];
  const seen = new Set<string>();
  // Depth first in document order, with a stack of our own: a codebook nested thousands deep is data.
  type Pending = { code: XmlElement; parentId: string | null; path: string };
  const pending: Pending[] = [];
  const pushChildren = (parent: XmlElement, parentId: string | null, path: string) => {
    const children = childrenNamed(parent, 'Code');
    for (let i = children.length - 1; i >= 0; i--) pending.push({ code: children[i]!, parentId, path });
  };
  if (codes) pushChildren(codes, null, '');
  while (pending.length > 0) {
    const { code, parentId, path } = pending.pop()!;
    const name = orDefault(code.attributes.name, 'Unnamed code');
    const guid = normaliseGuid(code.attributes.guid);
    const id = (guid && idOfGuid.get(guid)) ?? guid ?? guidOf(`${path}/${name}`, 'code');
    if (seen.has(id)) {
      skipped.push({ what: `Code "${name}"`, why: 'another code in the file has the same GUID' });
      continue;
    }
    seen.add(id);
    const read = {
      name: name.slice(0, LIMITS.shortText),
      parentId,
      colour: readColour(code.attributes.color) ?? existing.get(id)?.colour ?? pickTagColour(tags.length),
      description: (childNamed(code, 'Description')?.text ?? '').slice(0, LIMITS.description),
    };
    tags.push(versionOf(existing.get(id), id, read, ctx));
    if (existing.get(id)?.deleted)
      skipped.push({ what: `Code "${name}"`, why: 'the tag was deleted in this library; it stays deleted' });
    pushChildren(code, id, `${path}/${name}`);
  }
  return withReferencedTags(tags, existing);
}

/** The tags plus every library tag they name (a parent, or the tag a deleted one was merged into). */
function withReferencedTags(tags: Tag[], existing: Map<string, Tag>): Tag[] {
  const ids = new Set(tags.map((tag) => tag.id));
  const all = [...tags];
  for (let i = 0; i < all.length; i++) {
    for (const ref of [all[i]!.parentId, all[i]!.mergedInto]) {
      const tag = ref ? existing.get(ref) : undefined;
      if (tag && !ids.has(tag.id)) {
        ids.add(tag.id);
        all.push(tag);
      }
    }
  }
  return all;
}

type CarriedFields = Pick<Tag, 'name' | 'parentId' | 'colour' | 'description'>;

function versionOf(current: Tag | undefined, id: string, read: CarriedFields, ctx: CodeContext): Tag {
  // A tag deleted (or merged into another) here stays so: an older copy in another tool does not revive it.
  if (current?.deleted) return current;
  if (
    current &&
    current.name === read.name &&
    current.parentId === read.parentId &&
    current.colour === read.colour &&
    current.description === read.description
  )
    return current;
  return {
    id,
    ...read,
    deleted: false,
    updatedAt: nextTimestamp(ctx.now, current?.updatedAt),
    updatedBy: ctx.researcherId,
  };
}

/** The text as written when it has any, else the default (names are kept exactly, to round-trip). */
export function orDefault(text: string | undefined, fallback: string): string {
  return text?.trim() ? text : fallback;
}

function readColour(value: string | undefined): string | undefined {
  const match = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((value ?? '').trim());
  if (!match) return undefined;
  const hex = match[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}
