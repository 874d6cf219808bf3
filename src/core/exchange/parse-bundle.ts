// Reads a bundle file's text into a validated Bundle, or explains in one line why it cannot: not JSON, not
// an evidence bundle, made by a newer version, or which record and field is wrong. Nothing is partially
// accepted: one bad record rejects the whole bundle, because a malformed shared file must change nothing.
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle } from './bundle-schema';
import { describeIssue, GENERIC_MESSAGE } from './describe-issue';
import { findFutureStamp } from './future-stamps';

export type ParseBundleResult = { ok: true; bundle: Bundle } | { ok: false; error: string };

const fail = (error: string): ParseBundleResult => ({ ok: false, error: error.replace(/\s*\n\s*/g, ' ') });

/**
 * With `now`, a record stamped more than a day after it is refused too (see future-stamps.ts): every
 * import passes the clock; a check of a library about to be written does not.
 */
export function parseBundle(json: string, options: { now?: string } = {}): ParseBundleResult {
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
  const result = bundleSchema.safeParse(data, { error: () => GENERIC_MESSAGE });
  if (result.success) {
    const future = options.now === undefined ? null : findFutureStamp(result.data.library, options.now);
    return future ? fail(`The bundle is not valid: ${future}`) : { ok: true, bundle: result.data };
  }
  const [first, ...rest] = result.error.issues;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
  return fail(`The bundle is not valid: ${first ? describeIssue(first, data) : 'unknown problem'}${more}.`);
}
