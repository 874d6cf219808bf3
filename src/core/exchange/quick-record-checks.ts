// The check of each record's shape for the common case of a valid bundle: record-schemas.ts's own rules
// (strict objects, limits, patterns, enums, refinements), compiled once into plain loops
// (compile-quick-check.ts), so a bundle of 100,000 claims is checked in a fraction of what running the zod
// schemas takes, and no rule is written twice. It only ever says "valid, and here is the record" or "not
// sure": on any doubt (a rule broken, a value it does not expect) the caller runs the zod schema, which
// gives the verdict and the message. Like zod, it builds each record afresh with its fields in the
// schema's order, so what is written from it is byte for byte the same: that order matters beyond the
// text, since PouchDB derives a revision from a document's JSON, so the same record synced from two
// bundles must be spelt alike. A caller that only merges records and writes them again sorted (`evidence
// merge`) passes `copy: false` and keeps the records as read, unbuilt.
// tests/core/exchange/quick-record-checks.test.ts holds it to the schemas on valid and broken records.
import { z } from 'zod';
import { librarySchema } from './bundle-schema';
import { compileQuickCheck, type Check } from './compile-quick-check';
import { TABLE_SCHEMAS, timestampSchema } from './record-schemas';

export { UNSURE } from './compile-quick-check';

/** An ISO time as the bundle schema takes one (quick-parse-bundle.ts checks the envelope's with it). */
export const timestamp: Check = compileQuickCheck(timestampSchema);

/** Each table's record check, as record-schemas.ts defines the record. */
export const QUICK_RECORD_CHECKS = {
  researchers: compileQuickCheck(TABLE_SCHEMAS.researchers),
  tags: compileQuickCheck(TABLE_SCHEMAS.tags),
  sources: compileQuickCheck(TABLE_SCHEMAS.sources),
  claims: compileQuickCheck(TABLE_SCHEMAS.claims),
  briefings: compileQuickCheck(TABLE_SCHEMAS.briefings),
} as const;

/**
 * A current-version library's tables, each record checked (and rebuilt, unless `copy` is false); UNSURE
 * on any doubt. The rules between records are not part of it: quick-parse-bundle.ts runs them after.
 */
export const quickCheckLibrary: Check = compileQuickCheck(z.strictObject(librarySchema.shape));
