// The original bytes of imported files whose view needs them (PDF pages are drawn from the file), one
// record per source id. The id is the hash of those bytes, so the same file imported again, or after its
// source was deleted, finds its bytes already here and stores nothing twice.
import type { Store } from './database';
import { nowIso } from './timestamps';

/** Stores a source's original bytes unless they are already kept; true when it stored them now. */
export async function keepOriginal(store: Store, sourceId: string, bytes: Uint8Array): Promise<boolean> {
  const { db } = store;
  return db.transaction('rw', db.originals, async () => {
    if ((await db.originals.where('sourceId').equals(sourceId).count()) > 0) return false;
    // A copy of exactly these bytes: a view into a larger buffer would otherwise store all of it.
    await db.originals.add({ sourceId, bytes: bytes.slice(), storedAt: nowIso() });
    return true;
  });
}

/** The source's original bytes, or null when this library does not have them (e.g. from a bundle). */
export async function getOriginal(store: Store, sourceId: string): Promise<Uint8Array | null> {
  const record = await store.db.originals.get(sourceId);
  return record ? record.bytes : null;
}
