// The exchange bundle: one versioned JSON document holding a whole library. `bundleSchema` validates the
// envelope, every record's exact shape (record-schemas.ts) and the rules between records
// (library-checks.ts); the type checks at the bottom fail the build when the model gains a field the
// schema does not know, so a bundle can never silently drop data.
import { z } from 'zod';
import type { Briefing, Claim, Library, Researcher, Source, Tag } from '../model/records';
import { checkLibrary } from './library-checks';
import {
  briefingSchema,
  claimSchema,
  LIMITS,
  researcherSchema,
  sourceSchema,
  tagSchema,
  timestampSchema,
} from './record-schemas';

export const BUNDLE_FORMAT = 'evidence-workbench.bundle';
/** 2: claims gained `statement` and `fields.totalOf`, and libraries `briefings` (bundle-v1.ts migrates 1). */
export const BUNDLE_VERSION = 2;

export type Bundle = {
  format: typeof BUNDLE_FORMAT;
  version: number;
  exportedAt: string;
  library: Library;
};

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: `has too many records (at most ${max})` });

export const librarySchema = z
  .strictObject({
    researchers: list(researcherSchema, LIMITS.researchers),
    tags: list(tagSchema, LIMITS.tags),
    sources: list(sourceSchema, LIMITS.sources),
    claims: list(claimSchema, LIMITS.claims),
    briefings: list(briefingSchema, LIMITS.briefings),
  })
  .superRefine(checkLibrary);

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1 or more' })
    .max(BUNDLE_VERSION, { error: `must be at most ${BUNDLE_VERSION}` }),
  exportedAt: timestampSchema,
  library: librarySchema,
});

// Compile-time guards: parsed data is a Bundle, and each schema has exactly the model's fields.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _parsesToBundle: z.ZodType<Bundle> = bundleSchema;
const _sameFields: [
  SameKeys<Researcher, z.output<typeof researcherSchema>>,
  SameKeys<Tag, z.output<typeof tagSchema>>,
  SameKeys<Source, z.output<typeof sourceSchema>>,
  SameKeys<Claim, z.output<typeof claimSchema>>,
  SameKeys<Claim['target'], z.output<typeof claimSchema>['target']>,
  SameKeys<Claim['fields'], z.output<typeof claimSchema>['fields']>,
  SameKeys<Source['metadata'], z.output<typeof sourceSchema>['metadata']>,
  SameKeys<Briefing, z.output<typeof briefingSchema>>,
  SameKeys<Briefing['claimFilter'], z.output<typeof briefingSchema>['claimFilter']>,
  SameKeys<Library, z.output<typeof librarySchema>>,
] = [true, true, true, true, true, true, true, true, true, true];
