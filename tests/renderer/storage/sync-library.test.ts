// The library's side of team sync over Dexie: what sync stores never replaces a newer version the
// researcher saved meanwhile, a conflict met twice is listed once (and stays resolved), and every change
// to the library is heard, so "Keep in sync" sends it.
import { describe, expect, it } from 'vitest';
import { emptyLibrary } from '../../../src/core/sync/sync-documents';
import { deleteClaim, restoreClaim } from '../../../src/renderer/storage/claims';
import { createSyncLibrary } from '../../../src/renderer/storage/sync-library';
import { freshStore, importWithQuote } from './storage-kit';
import type { Claim } from '../../../src/core/model/records';

async function libraryWithClaim() {
  const { store } = freshStore();
  const claim = await importWithQuote(store, { note: 'first' });
  return { store, claim };
}

const later = (claim: Claim, ms: number, note: string, by = claim.updatedBy): Claim => ({
  ...claim,
  note,
  updatedBy: by,
  updatedAt: new Date(Date.parse(claim.updatedAt) + ms).toISOString(),
});

describe('the library port over Dexie', () => {
  it('stores a newer arriving version and keeps a newer stored one', async () => {
    const { store, claim } = await libraryWithClaim();
    const port = createSyncLibrary(store);
    await port.writeMerged({
      records: { ...emptyLibrary(), claims: [later(claim, 1000, 'from the team')] },
      conflicts: [],
    });
    expect((await store.db.claims.get(claim.id))?.note).toBe('from the team');
    await port.writeMerged({
      records: { ...emptyLibrary(), claims: [later(claim, 500, 'older')] },
      conflicts: [],
    });
    expect((await store.db.claims.get(claim.id))?.note).toBe('from the team');
    expect((await port.readLibrary()).claims.map((c) => c.note)).toEqual(['from the team']);
  });

  it('lists a conflict once, however often it is met, and leaves a resolved one resolved', async () => {
    const { store, claim } = await libraryWithClaim();
    const port = createSyncLibrary(store);
    const conflict = {
      table: 'claims' as const,
      id: claim.id,
      kept: later(claim, 2000, 'kept'),
      lost: later(claim, 1000, 'lost', 'researcher-b'),
    };
    await port.writeMerged({ records: emptyLibrary(), conflicts: [conflict] });
    const [row] = await store.db.conflicts.toArray();
    await store.db.conflicts.put({
      ...row!,
      resolvedAt: new Date().toISOString(),
      resolution: 'kept-current',
    });
    await port.writeMerged({ records: emptyLibrary(), conflicts: [conflict] });
    const rows = await store.db.conflicts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.resolution).toBe('kept-current');
  });

  it('hears every change to the library, and stops when unsubscribed', async () => {
    const { store, claim } = await libraryWithClaim();
    const port = createSyncLibrary(store);
    let heard = 0;
    const unsubscribe = port.subscribe!(() => (heard += 1));
    await deleteClaim(store, claim.id, { researcherId: claim.createdBy });
    await expect.poll(() => heard).toBeGreaterThan(0);
    unsubscribe();
    const before = heard;
    await restoreClaim(store, claim.id, { researcherId: claim.createdBy });
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toBe(before);
  });
});
