// Writes a file so that it is either wholly the old contents or wholly the new: the bytes go to a
// temporary file beside the target (same folder, so the rename stays on one disk), are flushed to disk,
// then renamed over it. A failure at any step leaves the existing file untouched and removes the temporary
// one. The desktop app's main process (saving exports) and the `evidence` command (writing bundles and
// notes) both write through this; it lives outside core because it is Node's file system, not a rule.
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type WritableHandle = {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The subset of node:fs/promises used here; tests pass the real module with a fault injected. */
export type AtomicFileSystem = {
  open(path: string, flags: 'wx'): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
};

export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
}

/** Throws the file system's own error (with its `code`); callers word it with describeFileError. */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  fs: AtomicFileSystem = nodeFs,
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temporary = temporaryPathFor(target);
  // 'wx' fails rather than follow or clobber anything already at the temporary path.
  const handle = await fs.open(temporary, 'wx');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
