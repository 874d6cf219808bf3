// Reads one input file whole, with a one-line message (core's file-error wording) instead of Node's stack
// trace. Apart from cli-files.ts so that the commands that only read documents (extract, suggest) do not
// load the bundle schemas and their validator at start-up.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFileErrorReason as reasonOf } from '../core/files/describe-file-error';
import { tooLargeError } from '../core/import/import-error';
import { CliError } from './cli-context';

/**
 * Reads an input file whole. With `maxBytes`, its size is checked first, from the file system, so a file
 * over the limit is refused without reading a byte of it (a 1 GB file never lands in memory).
 */
export async function readInput(file: string, maxBytes?: number): Promise<Uint8Array> {
  try {
    if (maxBytes !== undefined) {
      const { size } = await stat(file);
      if (size > maxBytes) throw new CliError(tooLargeError(path.basename(file), size, maxBytes).message);
    }
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${reasonOf(error)}`);
  }
}
