// What importing a file does to the library's record of it. A source's id is the hash of the file's bytes,
// so the record may already be there: live (nothing to do), or a tombstone, deleted here or on a colleague's
// laptop. Importing the file again revives it: the freshly imported record (today's extraction and
// metadata), stamped by the importer strictly after the tombstone, so the revival also wins every merge
// with a copy that still has the source deleted. The app and `evidence import` both decide here.
import type { Source } from '../model/records';
import { stampVersion } from '../model/version-stamp';

export type AdmittedSource =
  { outcome: 'added' | 'restored'; source: Source } | { outcome: 'already-present'; source: Source };

/**
 * `imported` is the record createSource made for the file, stamped with the importer and the import time;
 * `existing` is the library's record with the same id, if any.
 */
export function admitImportedSource(existing: Source | undefined, imported: Source): AdmittedSource {
  if (!existing) return { outcome: 'added', source: imported };
  if (!existing.deleted) return { outcome: 'already-present', source: existing };
  const actor = { researcherId: imported.updatedBy, now: imported.updatedAt };
  return { outcome: 'restored', source: { ...imported, deleted: false, ...stampVersion(actor, existing) } };
}
