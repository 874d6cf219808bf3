// Claims: saved from a selection (new) or the edit form (a newer version of the same id), listed, and
// deleted as tombstones so that a delete travels through merges; undo writes a newer, undeleted version.
import { createId } from '../../core/ids';
import type { Claim, ClaimFields, ClaimKind, ClaimTarget } from '../../core/model/records';
import { stampCreatedVersion, stampVersion } from '../../core/model/version-stamp';
import { actingNow, type Actor } from './actor';
import type { Store } from './database';

/** What the claim form produces; `id` is set when editing an existing claim. */
export type ClaimDraft = {
  id?: string;
  sourceId: string;
  target: ClaimTarget;
  kind: ClaimKind;
  fields: ClaimFields;
  statement: string;
  tagIds: string[];
  note: string;
};

export async function saveClaim(store: Store, draft: ClaimDraft, actor: Actor): Promise<Claim> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.claims, async () => {
    const current = draft.id ? await db.claims.get(draft.id) : undefined;
    const claim: Claim = {
      id: current?.id ?? draft.id ?? createId(),
      sourceId: draft.sourceId,
      target: draft.target,
      kind: draft.kind,
      fields: draft.fields,
      statement: draft.statement,
      tagIds: draft.tagIds,
      note: draft.note,
      status: current?.status ?? 'accepted',
      ...stampCreatedVersion(stamp, current),
      deleted: false,
    };
    await db.claims.put(claim);
    return claim;
  });
}

/** Live (not deleted) claims, newest first. */
export async function listClaims(store: Store): Promise<Claim[]> {
  const all = await store.db.claims.toArray();
  return all.filter((c) => !c.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

async function setDeleted(store: Store, id: string, deleted: boolean, actor: Actor): Promise<Claim> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(id);
    if (!current) throw new Error('That claim is not in the library.');
    const next: Claim = { ...current, deleted, ...stampVersion(stamp, current) };
    await db.claims.put(next);
    return next;
  });
}

export function deleteClaim(store: Store, id: string, actor: Actor): Promise<Claim> {
  return setDeleted(store, id, true, actor);
}

export function restoreClaim(store: Store, id: string, actor: Actor): Promise<Claim> {
  return setDeleted(store, id, false, actor);
}

export async function getClaim(store: Store, id: string): Promise<Claim | undefined> {
  const claim = await store.db.claims.get(id);
  return claim && !claim.deleted ? claim : undefined;
}

/** Several claims by id in one read, in the order asked; a deleted or missing claim is undefined. */
export async function getClaims(store: Store, ids: readonly string[]): Promise<(Claim | undefined)[]> {
  const found = await store.db.claims.bulkGet(ids as string[]);
  return found.map((claim) => (claim && !claim.deleted ? claim : undefined));
}

/** Undo of an edit: writes the earlier content back as a newer version, so the undo travels in merges. */
export async function revertClaim(store: Store, before: Claim, actor: Actor): Promise<Claim> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(before.id);
    if (!current) throw new Error('That claim is not in the library.');
    const next: Claim = { ...before, deleted: false, ...stampVersion(stamp, current) };
    await db.claims.put(next);
    return next;
  });
}
