// Saved briefings: written as a new record or a newer version of the same id, listed, and deleted as
// tombstones, like every shared record, so a briefing travels through bundles and merges. Generating a
// briefing reads the claims afresh each time; the record holds only what the researcher chose.
import { createId } from '../../core/ids';
import type { Briefing } from '../../core/model/records';
import { stampVersion } from '../../core/model/version-stamp';
import { actingNow, type Actor } from './actor';
import type { Store } from './database';

/** What a briefing editor produces; `id` is set when saving over an existing briefing. */
export type BriefingDraft = Omit<Briefing, 'id' | 'updatedAt' | 'updatedBy' | 'deleted'> & { id?: string };

export async function saveBriefing(store: Store, draft: BriefingDraft, actor: Actor): Promise<Briefing> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.briefings, async () => {
    const current = draft.id ? await db.briefings.get(draft.id) : undefined;
    const briefing: Briefing = {
      ...draft,
      id: current?.id ?? draft.id ?? createId(),
      ...stampVersion(stamp, current),
      deleted: false,
    };
    await db.briefings.put(briefing);
    return briefing;
  });
}

/** Live (not deleted) briefings, most recently changed first. */
export async function listBriefings(store: Store): Promise<Briefing[]> {
  const all = await store.db.briefings.toArray();
  return all.filter((b) => !b.deleted).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function deleteBriefing(store: Store, id: string, actor: Actor): Promise<Briefing> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.briefings, async () => {
    const current = await db.briefings.get(id);
    if (!current) throw new Error('That briefing is not in the library.');
    const next: Briefing = { ...current, deleted: true, ...stampVersion(stamp, current) };
    await db.briefings.put(next);
    return next;
  });
}
