// The one atomic writer the desktop app's main process and the `evidence` command share, on the real file
// system: the bytes reach a temporary file in the target's folder and are complete before the rename; a
// failure at any step keeps the old file and leaves no temporary file behind.
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFileSystem } from '../../src/node-shared/write-file-atomic';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = new TextEncoder().encode('{"format":"evidence-workbench.bundle"}\n');
const fault = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('writeFileAtomic', () => {
  it('writes through a temporary file in the same folder, complete before it is renamed over the target', async () => {
    const target = join(dir, 'out.json');
    await writeFile(target, 'old');
    const renames: [string, string][] = [];
    const recording: AtomicFileSystem = {
      ...fs,
      rename: async (from, to) => {
        renames.push([from, to]);
        expect(new Uint8Array(await readFile(from))).toEqual(bytes);
        expect(await readFile(to, 'utf8')).toBe('old');
        await fs.rename(from, to);
      },
    };
    await writeFileAtomic(target, bytes, recording);
    expect(renames).toHaveLength(1);
    expect(renames[0]![0].startsWith(join(dir, '.out.json.'))).toBe(true);
    expect(renames[0]![1]).toBe(target);
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('writes text as UTF-8 with the real file system by default', async () => {
    const target = join(dir, 'note.md');
    await writeFileAtomic(target, '# Briefing — £8.52m\n');
    expect(await readFile(target, 'utf8')).toBe('# Briefing — £8.52m\n');
    expect(await readdir(dir)).toEqual(['note.md']);
  });

  it.each(['sync', 'rename'] as const)(
    'keeps the old file and removes the temporary one when %s fails',
    async (step) => {
      const target = join(dir, 'library.json');
      await writeFile(target, 'months of work');
      const failing: AtomicFileSystem =
        step === 'rename'
          ? { ...fs, rename: async () => Promise.reject(fault('ENOSPC')) }
          : {
              ...fs,
              open: async (path, flags) => {
                const handle = await fs.open(path, flags);
                return {
                  writeFile: (data: Uint8Array) => handle.writeFile(data),
                  sync: async () => Promise.reject(fault('EIO')),
                  close: () => handle.close(),
                };
              },
            };
      await expect(writeFileAtomic(target, bytes, failing)).rejects.toMatchObject({
        code: step === 'rename' ? 'ENOSPC' : 'EIO',
      });
      expect(await readFile(target, 'utf8')).toBe('months of work');
      expect(await readdir(dir)).toEqual(['library.json']);
    },
  );

  it('fails with the file system’s own error when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.json'), bytes)).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
