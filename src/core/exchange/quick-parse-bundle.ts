// The fast road through a current-version bundle: the envelope and every record checked by hand
// (quick-record-checks.ts), then the rules between records (library-checks.ts), which every bundle goes
// through anyway. It answers with the bundle only when all of that holds; otherwise undefined, and
// parseBundle runs the zod schema, whose verdict and message are the ones a researcher sees.
import { z } from 'zod';
import type { Library } from '../model/records';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-schema';
import { checkLibrary, type CheckedLibrary } from './library-checks';
import { quickCheckLibrary, timestamp, UNSURE } from './quick-record-checks';

const ENVELOPE_FIELDS = ['format', 'version', 'exportedAt', 'library'];
const crossRecordRules = z.custom<CheckedLibrary>().superRefine(checkLibrary);

/**
 * The bundle, when the parsed JSON is certainly a valid current-version bundle; else undefined. With
 * `copy: false` its records are the parsed values themselves, in the file's key order.
 */
export function quickParseBundle(data: unknown, options: { copy?: boolean } = {}): Bundle | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const envelope = data as Record<string, unknown>;
  const keys = Object.keys(envelope);
  if (keys.length !== ENVELOPE_FIELDS.length || !ENVELOPE_FIELDS.every((k) => Object.hasOwn(envelope, k)))
    return undefined;
  const { format, version, exportedAt } = envelope;
  if (format !== BUNDLE_FORMAT) return undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return undefined;
  if (version < 1 || version > BUNDLE_VERSION) return undefined;
  if (typeof exportedAt !== 'string' || timestamp(exportedAt) === UNSURE) return undefined;
  const library = quickCheckLibrary(envelope.library, options.copy);
  if (library === UNSURE) return undefined;
  if (!crossRecordRules.safeParse(library).success) return undefined;
  return { format: BUNDLE_FORMAT, version, exportedAt, library: library as Library };
}
