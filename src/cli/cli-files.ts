// File access for the commands: reading inputs with one-line messages instead of Node's stack traces (the
// reasons are core's file-error wording, the same as the desktop app's), and writing outputs atomically
// with the shared writer, so a failure half-way never leaves a half-written bundle or note.
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { Bundle } from '../core/exchange/bundle-schema';
import { decodeBundleBytes } from '../core/exchange/decode-bundle-bytes';
import { parseBundle, type ParseBundleOptions } from '../core/exchange/parse-bundle';
import { serialiseValidLibrary } from '../core/exchange/validate-library';
import { checkMergedLibrary } from '../core/exchange/check-merged-library';
import { createBundle, serialiseBundle } from '../core/exchange/create-bundle';
import { verifyTextHashes } from '../core/exchange/verify-text-hashes';
import { describeFileErrorReason as reasonOf } from '../core/files/describe-file-error';
import type { Library } from '../core/model/records';
import { writeFileAtomic as writeAtomically } from '../node-shared/write-file-atomic';
import { CliError } from './cli-context';

function isMissingFile(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ENOENT';
}

export { readInput } from './read-input';

/** Reads and validates a bundle; one line naming the file and the problem when it is not valid. */
export async function readBundleFile(file: string, options: ParseBundleOptions = {}): Promise<Bundle> {
  const bundle = await readBundleFileIfExists(file, options);
  if (!bundle) throw new CliError(`cannot read ${file}: ${reasonOf({ code: 'ENOENT' })}`);
  return bundle;
}

/** Like readBundleFile, but `undefined` when there is no such file (a bundle about to be created). */
export async function readBundleFileIfExists(
  file: string,
  options: ParseBundleOptions = {},
): Promise<Bundle | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw new CliError(`cannot read ${file}: ${reasonOf(error)}`);
  }
  const parsed = parseBundle(decodeBundleFile(file, bytes), options);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.error}`);
  const badHash = await verifyTextHashes(parsed.bundle.library.sources);
  if (badHash) throw new CliError(`${file}: ${badHash}`);
  return parsed.bundle;
}

/**
 * The bundle's text. Node's own UTF-8 check and decoder take a fraction of the strict TextDecoder's time
 * on a large file; bytes that are not UTF-8 go to core's decoder, whose refusal names the first bad byte.
 */
function decodeBundleFile(file: string, bytes: Buffer): string {
  if (isUtf8(bytes)) {
    // As TextDecoder does, a leading byte order mark is not part of the text.
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const decoded = decodeBundleBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.error}`);
  return decoded.text;
}

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeAtomically(file, data);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${reasonOf(error)}`);
  }
}

/**
 * Writes `library` as a bundle, after checking the text reads back as a valid bundle. With `checked` (the
 * records of the validated bundles a merge read), only the records made since are checked one by one.
 */
export async function writeBundleFile(
  file: string,
  library: Library,
  exportedAt: string,
  checked?: ReadonlySet<object>,
): Promise<void> {
  if (checked) {
    const check = checkMergedLibrary(library, checked);
    if (!check.ok) throw new CliError(`nothing was written to ${file}: ${check.error}`);
    await writeFileAtomic(file, serialiseBundle(createBundle(library, exportedAt)));
    return;
  }
  const check = serialiseValidLibrary(library, exportedAt);
  if (!check.ok) throw new CliError(`nothing was written to ${file}: ${check.error}`);
  await writeFileAtomic(file, check.text);
}
