// The original bytes of imported files whose view needs them (PDF pages are drawn from the file), one
// record per source id. The id is the hash of those bytes, so the same file imported again, or after its
// source was deleted, finds its bytes already here and stores nothing twice.
import type { PdfPageContent } from '../../core/import/pdf/pdf-content';
import type { Store } from './database';
import { nowIso } from './timestamps';

/**
 * Stores a source's original bytes unless they are already kept; true when it stored them now. A PDF's
 * pages read by OCR are kept with them (the reader draws their text layer from these words); an original
 * kept without them gets them when the file is imported again with OCR.
 */
export async function keepOriginal(
  store: Store,
  sourceId: string,
  bytes: Uint8Array,
  ocrPages?: PdfPageContent[],
): Promise<boolean> {
  const { db } = store;
  return db.transaction('rw', db.originals, async () => {
    const kept = await db.originals.get(sourceId);
    if (kept) {
      if (ocrPages?.length && !kept.ocrPages?.length) await db.originals.update(sourceId, { ocrPages });
      return false;
    }
    // A copy of exactly these bytes: a view into a larger buffer would otherwise store all of it.
    await db.originals.add({
      sourceId,
      bytes: bytes.slice(),
      storedAt: nowIso(),
      ...(ocrPages?.length ? { ocrPages } : {}),
    });
    return true;
  });
}

/** The source's original bytes, or null when this library does not have them (e.g. from a bundle). */
export async function getOriginal(store: Store, sourceId: string): Promise<Uint8Array | null> {
  const record = await store.db.originals.get(sourceId);
  return record ? record.bytes : null;
}

/** The source's original bytes and its pages read by OCR, or null when the bytes are not here. */
export async function getOriginalWithOcr(
  store: Store,
  sourceId: string,
): Promise<{ bytes: Uint8Array; ocrPages: PdfPageContent[] } | null> {
  const record = await store.db.originals.get(sourceId);
  return record ? { bytes: record.bytes, ocrPages: record.ocrPages ?? [] } : null;
}
