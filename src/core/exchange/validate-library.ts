// Whether a library, as it is about to be written (a merge about to be committed, a bundle about to be
// saved), is one our own bundle validation accepts. Every write path checks this before it commits, so no
// operation can leave a library that its own export would refuse to import.
import type { Library } from '../model/records';
import { createBundle, serialiseBundle } from './create-bundle';
import { parseBundle } from './parse-bundle';

export type LibraryValidity = { ok: true } | { ok: false; error: string };

export function validateLibrary(library: Library): LibraryValidity {
  const checked = serialiseValidLibrary(library, '2000-01-01T00:00:00.000Z');
  return checked.ok ? { ok: true } : checked;
}

/**
 * The bundle text of `library` exported at `exportedAt`, checked by reading it back as an import would:
 * the write paths write exactly the text that was checked, serialised once.
 */
export function serialiseValidLibrary(
  library: Library,
  exportedAt: string,
): { ok: true; text: string } | { ok: false; error: string } {
  // Through the same text a file would hold, so nothing differs between this check and a real import.
  const text = serialiseBundle(createBundle(library, exportedAt));
  const parsed = parseBundle(text);
  return parsed.ok ? { ok: true, text } : { ok: false, error: parsed.error };
}
