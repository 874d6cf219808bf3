// The codebook's writes: each reads the tags (and claims, where they change) inside one transaction, asks
// core's codebook rules for the new versions and writes them together, so two windows never interleave
// half an edit. Each returns the versions it replaced, which Undo writes back as newer versions.
import { planCodebookImport, readCodebookCsv, writeCodebookCsv } from '../../core/codebook/codebook-csv';
import {
  createTag,
  deleteTag,
  describeTag,
  moveTag,
  renameTag,
  type NewTag,
} from '../../core/codebook/edit-tags';
import { mergeTag } from '../../core/codebook/merge-tags';
import { createId } from '../../core/ids';
import type { Claim, Tag } from '../../core/model/records';
import { stampVersion } from '../../core/model/version-stamp';
import { actingNow, type Actor } from './actor';
import type { Store } from './database';

/** The versions a codebook edit replaced (for Undo) and what it wrote. */
export type CodebookChange = { before: { tags: Tag[]; claims: Claim[] }; tags: Tag[]; claims: Claim[] };

async function writeTags(store: Store, plan: (tags: Tag[]) => Tag[]): Promise<CodebookChange> {
  const { db } = store;
  return db.transaction('rw', db.tags, async () => {
    const all = await db.tags.toArray();
    const tags = plan(all);
    const before = all.filter((t) => tags.some((n) => n.id === t.id));
    await db.tags.bulkPut(tags);
    return { before: { tags: before, claims: [] }, tags, claims: [] };
  });
}

export async function addTag(store: Store, draft: NewTag, actor: Actor): Promise<Tag> {
  const change = await writeTags(store, (all) => [createTag(all, draft, createId(), actingNow(actor))]);
  return change.tags[0] as Tag;
}

export function renameCodebookTag(store: Store, id: string, name: string, actor: Actor) {
  return writeTags(store, (all) => [renameTag(all, id, name, actingNow(actor))]);
}

export function moveCodebookTag(store: Store, id: string, parentId: string | null, actor: Actor) {
  return writeTags(store, (all) => [moveTag(all, id, parentId, actingNow(actor))]);
}

export function describeCodebookTag(
  store: Store,
  id: string,
  patch: { colour?: string; description?: string },
  actor: Actor,
) {
  return writeTags(store, (all) => [describeTag(all, id, patch, actingNow(actor))]);
}

export function deleteCodebookTag(store: Store, id: string, actor: Actor) {
  return writeTags(store, (all) => deleteTag(all, id, actingNow(actor)));
}

/** Merges tag `fromId` into `intoId`: its claims take the target, it is kept as a tombstone pointing there. */
export async function mergeCodebookTags(
  store: Store,
  fromId: string,
  intoId: string,
  actor: Actor,
): Promise<CodebookChange> {
  const { db } = store;
  return db.transaction('rw', db.tags, db.claims, async () => {
    const [tags, claims] = await Promise.all([db.tags.toArray(), db.claims.toArray()]);
    const change = mergeTag(tags, claims, fromId, intoId, actingNow(actor));
    await db.tags.bulkPut(change.tags);
    await db.claims.bulkPut(change.claims);
    const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id));
    const tagIds = ids(change.tags);
    const claimIds = ids(change.claims);
    return {
      before: {
        tags: tags.filter((t) => tagIds.has(t.id)),
        claims: claims.filter((c) => claimIds.has(c.id)),
      },
      ...change,
    };
  });
}

/** Undo of a codebook edit: writes the earlier tags and claims back as newer versions, so it travels in merges. */
export async function revertCodebookChange(
  store: Store,
  before: CodebookChange['before'],
  actor: Actor,
): Promise<void> {
  const { db } = store;
  const now = actingNow(actor);
  await db.transaction('rw', db.tags, db.claims, async () => {
    for (const old of before.tags) {
      const current = await db.tags.get(old.id);
      await db.tags.put({ ...old, ...stampVersion(now, current) });
    }
    for (const old of before.claims) {
      const current = await db.claims.get(old.id);
      await db.claims.put({ ...old, ...stampVersion(now, current) });
    }
  });
}

/** Adds the tag to the claim, or takes it off when the claim has it (the keys 1–9). */
export async function toggleClaimTag(
  store: Store,
  claimId: string,
  tagId: string,
  actor: Actor,
): Promise<Claim> {
  const { db } = store;
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(claimId);
    if (!current || current.deleted) throw new Error('That claim is not in the library.');
    const tagIds = current.tagIds.includes(tagId)
      ? current.tagIds.filter((id) => id !== tagId)
      : [...current.tagIds, tagId];
    const next: Claim = { ...current, tagIds, ...stampVersion(actingNow(actor), current) };
    await db.claims.put(next);
    return next;
  });
}

export async function exportCodebook(store: Store): Promise<string> {
  return writeCodebookCsv(await store.db.tags.toArray());
}

export type CodebookImportResult =
  { ok: true; created: number; updated: number; unchanged: number } | { ok: false; error: string };

/** Imports a codebook CSV (checked whole first): creates missing tags, updates existing ones, deletes nothing. */
export async function importCodebook(
  store: Store,
  text: string,
  actor: Actor,
): Promise<CodebookImportResult> {
  const read = readCodebookCsv(text);
  if (!read.ok) return read;
  const { db } = store;
  return db.transaction('rw', db.tags, async () => {
    const plan = planCodebookImport(await db.tags.toArray(), read.rows, actingNow(actor), createId);
    await db.tags.bulkPut([...plan.created, ...plan.updated]);
    return {
      ok: true,
      created: plan.created.length,
      updated: plan.updated.length,
      unchanged: plan.unchanged,
    };
  });
}
