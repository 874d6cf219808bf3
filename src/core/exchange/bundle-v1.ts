// Bundles of version 1, from before claims had a statement (and a figure a `totalOf`) and libraries had
// briefings. Such a bundle is checked against the rules of its own version, as strictly as a current one
// (a v1 bundle carrying a statement is as malformed as it ever was), then migrated: each claim's statement
// is the sentence of its source that holds the passage (deriveStatement, the same default a new claim and
// an upgraded database get, so the same claim migrated on two laptops is the same record), and the
// library has no briefings. Version stamps are kept: a migration is not an edit.
import { z } from 'zod';
import type { Claim, Library } from '../model/records';
import { deriveStatement } from '../suggest/derive-statement';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-schema';
import { checkLibrary } from './library-checks';
import {
  claimSchema,
  LIMITS,
  researcherSchema,
  sourceSchema,
  tagSchema,
  timestampSchema,
} from './record-schemas';

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: `has too many records (at most ${max})` });

const claimSchemaV1 = claimSchema
  .omit({ statement: true })
  .extend({ fields: claimSchema.shape.fields.omit({ totalOf: true }) });

export const librarySchemaV1 = z
  .strictObject({
    researchers: list(researcherSchema, LIMITS.researchers),
    tags: list(tagSchema, LIMITS.tags),
    sources: list(sourceSchema, LIMITS.sources),
    claims: list(claimSchemaV1, LIMITS.claims),
  })
  .superRefine(checkLibrary);

export const bundleSchemaV1 = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  exportedAt: timestampSchema,
  library: librarySchemaV1,
});

export type BundleV1 = z.output<typeof bundleSchemaV1>;

/** The library of a checked version 1 bundle, in the current model. */
export function migrateLibraryV1(library: BundleV1['library']): Library {
  const texts = new Map(library.sources.map((s) => [s.id, s.text]));
  const claims = library.claims.map((claim): Claim => {
    const text = texts.get(claim.sourceId) ?? '';
    const { start, end } = claim.target.selector[1];
    return { ...claim, statement: deriveStatement(text, start, end) };
  });
  return { ...library, claims, briefings: [] };
}

export function migrateBundleV1(bundle: BundleV1): Bundle {
  return { ...bundle, version: BUNDLE_VERSION, library: migrateLibraryV1(bundle.library) };
}
