// File access for the commands: reading inputs with one-line messages instead of Node's stack traces, and
// writing outputs atomically (a temporary file beside the target, flushed, then renamed over it), so a
// failure half-way never leaves a half-written bundle or note.
import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Bundle } from '../core/exchange/bundle-schema';
import { createBundle, serialiseBundle } from '../core/exchange/create-bundle';
import { parseBundle } from '../core/exchange/parse-bundle';
import type { Library } from '../core/model/records';
import { CliError } from './cli-context';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function isMissingFile(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ENOENT';
}

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${reasonOf(error)}`);
  }
}

/** Reads and validates a bundle; one line naming the file and the problem when it is not valid. */
export async function readBundleFile(file: string): Promise<Bundle> {
  const bundle = await readBundleFileIfExists(file);
  if (!bundle) throw new CliError(`cannot read ${file}: ${REASONS.ENOENT}`);
  return bundle;
}

/** Like readBundleFile, but `undefined` when there is no such file (a bundle about to be created). */
export async function readBundleFileIfExists(file: string): Promise<Bundle | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw new CliError(`cannot read ${file}: ${reasonOf(error)}`);
  }
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.error}`);
  return parsed.bundle;
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(`cannot write ${file}: ${reasonOf(error)}`);
  }
}

/** Writes `library` as a bundle, after checking the text reads back as a valid bundle. */
export async function writeBundleFile(file: string, library: Library, exportedAt: string): Promise<void> {
  const text = serialiseBundle(createBundle(library, exportedAt));
  const check = parseBundle(text);
  if (!check.ok) throw new CliError(`nothing was written to ${file}: ${check.error}`);
  await writeFileAtomic(file, text);
}
