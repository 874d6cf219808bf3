// Reads a bundle file's text into a validated Bundle, or explains in one line why it cannot: not JSON, not
// an evidence bundle, made by a newer version, or which record and field is wrong. A bundle of an older
// version is read by its own version's rules and migrated (bundle-v1.ts). Nothing is partially accepted:
// one bad record rejects the whole bundle, because a malformed shared file must change nothing.
import type { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle } from './bundle-schema';
import { bundleSchemaV1, migrateBundleV1 } from './bundle-v1';
import { describeIssue, GENERIC_MESSAGE } from './describe-issue';
import { findFutureStamp } from './future-stamps';
import { quickParseBundle } from './quick-parse-bundle';

/** `migratedFrom`: the bundle's own version, when it was older and has been migrated to the current one. */
export type ParseBundleResult =
  { ok: true; bundle: Bundle; migratedFrom?: number } | { ok: false; error: string };

const fail = (error: string): ParseBundleResult => ({ ok: false, error: error.replace(/\s*\n\s*/g, ' ') });

/** `asRead`: records may be the parsed values as the file spelt them (see quick-record-checks.ts). */
export type ParseBundleOptions = { now?: string; asRead?: boolean };

/**
 * With `now`, a record stamped more than a day after it is refused too (see future-stamps.ts): every
 * import passes the clock; a check of a library about to be written does not.
 */
export function parseBundle(json: string, options: ParseBundleOptions = {}): ParseBundleResult {
  const body = json.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('The file is empty, so it is not an evidence bundle.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail(`The file is not JSON, so it is not an evidence bundle${detail}.`);
  }
  const envelope = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  if (envelope.format !== BUNDLE_FORMAT) {
    return fail(`The file is JSON but not an evidence bundle (it has no "format": "${BUNDLE_FORMAT}").`);
  }
  if (typeof envelope.version === 'number' && envelope.version > BUNDLE_VERSION) {
    return fail(
      `The bundle was made by a newer version of the workbench (bundle version ${envelope.version}; ` +
        `this version reads up to ${BUNDLE_VERSION}). Update the workbench to open it.`,
    );
  }
  if (envelope.version === 1) {
    // an older bundle: checked by its own version's rules, then brought to the current model
    const old = bundleSchemaV1.safeParse(data, { error: () => GENERIC_MESSAGE });
    if (old.success)
      return accepted({ ok: true, bundle: migrateBundleV1(old.data), migratedFrom: 1 }, options);
    return describeFailure(old.error.issues, data);
  }
  // A valid bundle, the common case, is checked by hand; anything in doubt goes through the schema.
  const quick = quickParseBundle(data, { copy: !options.asRead });
  if (quick) return accepted({ ok: true, bundle: quick }, options);
  const result = bundleSchema.safeParse(data, { error: () => GENERIC_MESSAGE });
  if (result.success) return accepted({ ok: true, bundle: result.data }, options);
  return describeFailure(result.error.issues, data);
}

/** A valid bundle, unless a record in it is stamped more than a day after `now` (when it is given). */
function accepted(result: ParseBundleResult & { ok: true }, options: ParseBundleOptions): ParseBundleResult {
  const future = options.now === undefined ? null : findFutureStamp(result.bundle.library, options.now);
  return future ? fail(`The bundle is not valid: ${future}`) : result;
}

function describeFailure(issues: z.core.$ZodIssue[], data: unknown): ParseBundleResult {
  const [first, ...rest] = issues;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
  return fail(`The bundle is not valid: ${first ? describeIssue(first, data) : 'unknown problem'}${more}.`);
}
