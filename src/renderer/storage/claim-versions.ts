// Saving an edited claim against the version its form was opened on, so that two windows on one library
// never silently lose an edit. The check runs inside the write's transaction: a claim changed since the form
// opened comes back as 'changed', one deleted since as 'deleted', and nothing is written. The researcher then
// chooses: keep their own (written as the newer version, with the other window's version kept as a conflict
// to review, so nothing is lost), or restore a deleted claim with their changes.
import type { Claim } from '../../core/model/records';
import type { MergeConflict } from '../../core/exchange/merge-libraries';
import type { Actor } from './actor';
import { saveClaim, type ClaimDraft } from './claims';
import type { Store } from './database';
import { nowIso } from './timestamps';

export type CheckedSave =
  | { status: 'saved'; claim: Claim }
  | { status: 'changed'; current: Claim }
  | { status: 'deleted'; current: Claim };

/** Saves `draft` (an edit of claim `draft.id`) only if the stored claim is still the version `openedAt`. */
export async function saveClaimIfUnchanged(
  store: Store,
  draft: ClaimDraft & { id: string },
  openedAt: string,
  actor: Actor,
): Promise<CheckedSave> {
  const { db } = store;
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(draft.id);
    if (current?.deleted) return { status: 'deleted', current };
    if (current && current.updatedAt !== openedAt) return { status: 'changed', current };
    return { status: 'saved', claim: await saveClaim(store, draft, actor) };
  });
}

/**
 * "Keep mine": writes the draft as the newest version and, when the stored claim is a live version other
 * than the one the form opened on, keeps that version as an open conflict (the one that lost), in the same
 * transaction, so it can still be adopted from the conflict review.
 */
export async function saveClaimKeepingOther(
  store: Store,
  draft: ClaimDraft & { id: string },
  openedAt: string,
  actor: Actor,
): Promise<Claim> {
  const { db } = store;
  return db.transaction('rw', [db.claims, db.conflicts], async () => {
    const other = await db.claims.get(draft.id);
    const saved = await saveClaim(store, draft, actor);
    if (other && !other.deleted && other.updatedAt !== openedAt) {
      const conflict: MergeConflict = { table: 'claims', id: saved.id, kept: saved, lost: other };
      const id = `claims:${other.id}:${other.updatedAt}:${other.updatedBy}`;
      if (!(await db.conflicts.get(id))) await db.conflicts.put({ id, detectedAt: nowIso(), conflict });
    }
    return saved;
  });
}
