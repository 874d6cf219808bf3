// The researchers and tags that imported claims name. A person the file names becomes a researcher (our
// own ids kept; a foreign account gets a stable id and its display name); a tag is found by our id, else by
// name among the file's codebook and the library's tags (ignoring case), else made new with the next
// palette colour. Only records the library lacks are returned, to be merged in with the claims.
import { normaliseTagName } from '../../codebook/edit-tags';
import { pickTagColour } from '../../codebook/tag-palette';
import type { Library, Researcher, Tag } from '../../model/records';
import { stampVersion } from '../../model/version-stamp';
import type { ForeignPerson, ForeignTag } from './foreign-annotation';
import { stableId, validRecordId } from './stable-id';

export type PeopleAndTags = {
  researcher(person: ForeignPerson | undefined): string;
  tag(tag: ForeignTag): string | undefined;
  newResearchers(): Researcher[];
  newTags(): Tag[];
};

export function trackPeopleAndTags(
  existing: Library,
  codebook: readonly Tag[],
  actor: { researcherId: string; now: string },
): PeopleAndTags {
  const known = new Set(existing.researchers.map((r) => r.id));
  const added = new Map<string, Researcher>();
  const addResearcher = (id: string, displayName: string) => {
    if (known.has(id) || added.has(id)) return id;
    const name = displayName.trim().slice(0, 200) || id;
    added.set(id, { id, displayName: name, updatedAt: actor.now, updatedBy: id, deleted: false });
    return id;
  };
  const liveTags = [...codebook, ...existing.tags.filter((t) => !t.deleted)];
  const tagIds = new Set([...liveTags.map((t) => t.id), ...existing.tags.map((t) => t.id)]);
  const byName = new Map<string, string>();
  for (const t of liveTags) if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), t.id);
  const newTags = new Map<string, Tag>();

  return {
    researcher(person) {
      const own = validRecordId(person?.id);
      if (own) return addResearcher(own, person?.name ?? own);
      const key = person?.id ?? person?.name;
      if (!key) return addResearcher(actor.researcherId, actor.researcherId);
      return addResearcher(stableId('person', key), person?.name ?? key);
    },
    tag({ id, name }) {
      const own = validRecordId(id);
      if (own && tagIds.has(own)) return own;
      const clean = normaliseTagName(name).slice(0, 200);
      if (!clean) return undefined;
      const found = byName.get(clean.toLowerCase());
      if (found) return found;
      const tag: Tag = {
        id: stableId('tag', clean.toLowerCase()),
        name: clean,
        parentId: null,
        colour: pickTagColour(liveTags.length + newTags.size),
        description: '',
        ...stampVersion(actor),
        deleted: false,
      };
      newTags.set(tag.id, tag);
      byName.set(clean.toLowerCase(), tag.id);
      addResearcher(actor.researcherId, actor.researcherId);
      return tag.id;
    },
    newResearchers: () => [...added.values()],
    newTags: () => [...newTags.values()],
  };
}
