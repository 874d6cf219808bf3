// Whether a library, as it is about to be written (a merge about to be committed, a bundle about to be
// saved), is one our own bundle validation accepts. Every write path checks this before it commits, so no
// operation can leave a library that its own export would refuse to import.
import type { Library } from '../model/records';
import { createBundle, serialiseBundle } from './create-bundle';
import { parseBundle } from './parse-bundle';

export type LibraryValidity = { ok: true } | { ok: false; error: string };

export function validateLibrary(library: Library): LibraryValidity {
  // Through the same text a file would hold, so nothing differs between this check and a real import.
  const parsed = parseBundle(serialiseBundle(createBundle(library, '2000-01-01T00:00:00.000Z')));
  return parsed.ok ? { ok: true } : { ok: false, error: parsed.error };
}
