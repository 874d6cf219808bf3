// Writes a file so that it is either wholly the old contents or wholly the new: the bytes go to a
// temporary file beside the target, are flushed to disk, then renamed over it. A failure at any step
// leaves the existing file untouched and removes the temporary one.
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export type WritableHandle = {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The subset of node:fs/promises used here; tests pass the real module (or one with a fault injected). */
export type AtomicFileSystem = {
  open(path: string, flags: 'wx'): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
};

export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
}

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  fs: AtomicFileSystem,
): Promise<void> {
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
