// The check before a merge is written, without reading the whole result back from text. Every record the
// merge kept as it came from a bundle already passed its schema when that bundle was read; only the others
// (records the merge made, such as a claim moved onto a merged tag or a changed text, and records that did
// not come from a bundle: the app's database, an interchange file) are checked again, each by the schema's
// quick check (quick-record-checks.ts, the schema's own rules in plain loops) and, when it is unsure, by
// the schema itself; the rules between records (library-checks.ts: references, quotes at their positions,
// tag loops, authors) run over the whole result. Any problem found sends the library through the full
// check (validateLibrary), so the message is the one an import of the written file would give.
import { z } from 'zod';
import type { Library } from '../model/records';
import { checkLibrary, type CheckedLibrary } from './library-checks';
import { QUICK_RECORD_CHECKS, UNSURE } from './quick-record-checks';
import { LIMITS, TABLE_SCHEMAS } from './record-schemas';
import { validateLibrary, type LibraryValidity } from './validate-library';

const crossRecordRules = z.custom<CheckedLibrary>().superRefine(checkLibrary);

/**
 * Whether `library` is valid, taking the records in `checked` (objects read from validated bundles, kept
 * by identity) as already checked one by one.
 */
export function checkMergedLibrary(
  library: Library,
  checked: ReadonlySet<object> = new Set(),
): LibraryValidity {
  for (const table of Object.keys(TABLE_SCHEMAS) as (keyof typeof TABLE_SCHEMAS)[]) {
    const records = library[table] as object[];
    if (records.length > LIMITS[table]) return validateLibrary(library);
    const schema = TABLE_SCHEMAS[table] as z.ZodType;
    const quick = QUICK_RECORD_CHECKS[table];
    for (const record of records) {
      if (checked.has(record) || quick(record, false) !== UNSURE) continue;
      if (!schema.safeParse(record).success) return validateLibrary(library);
    }
  }
  return crossRecordRules.safeParse(library).success ? { ok: true } : validateLibrary(library);
}

/** Every record of the libraries, by identity: what `checkMergedLibrary` may take as checked. */
export function recordsOf(...libraries: Library[]): Set<object> {
  const records = new Set<object>();
  for (const library of libraries) {
    for (const table of Object.keys(TABLE_SCHEMAS) as (keyof typeof TABLE_SCHEMAS)[]) {
      for (const record of library[table]) records.add(record);
    }
  }
  return records;
}
