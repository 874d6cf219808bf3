import * as fs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFile } from '../../src/main/save-file';
import { fakeSaveDialog, withTempDir } from './main-test-kit';

const bundleBytes = new TextEncoder().encode('{"format":"evidence-workbench.bundle","version":1}\n');
const request = { suggestedName: 'library.json', bytes: bundleBytes, mimeType: 'application/json' };

describe('saveFile (files:save)', () => {
  it('writes the bytes where the user chose and answers true', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'chosen name.json');
      const { dialog, calls } = fakeSaveDialog({ canceled: false, filePath: target });

      await expect(saveFile(request, { dialog, fs, defaultDirectory: '/home/r/Documents' })).resolves.toBe(
        true,
      );

      expect(new Uint8Array(await readFile(target))).toEqual(bundleBytes);
      expect(await readdir(dir)).toEqual(['chosen name.json']);
      expect(calls[0]).toEqual({
        title: 'Save',
        defaultPath: join('/home/r/Documents', 'library.json'),
        filters: [{ name: 'JSON file', extensions: ['json'] }],
      });
    });
  });

  it('replaces an existing file whole', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'briefing.md');
      await writeFile(target, 'an older and much longer briefing than the new one');
      const { dialog } = fakeSaveDialog({ canceled: false, filePath: target });
      await saveFile(
        { ...request, bytes: new TextEncoder().encode('# New') },
        { dialog, fs, defaultDirectory: dir },
      );
      expect(await readFile(target, 'utf8')).toBe('# New');
    });
  });

  it('answers false and writes nothing when the user cancels', async () => {
    await withTempDir(async (dir) => {
      const { dialog } = fakeSaveDialog({ canceled: true });
      await expect(saveFile(request, { dialog, fs, defaultDirectory: dir })).resolves.toBe(false);
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('keeps the old file and leaves no temporary file when the final rename fails', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'library.json');
      await writeFile(target, 'months of work');
      const failingRename = {
        ...fs,
        rename: async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      };
      const { dialog } = fakeSaveDialog({ canceled: false, filePath: target });

      await expect(saveFile(request, { dialog, fs: failingRename, defaultDirectory: dir })).rejects.toThrow(
        `Could not save "${target}": the disk is full.`,
      );
      expect(await readFile(target, 'utf8')).toBe('months of work');
      expect(await readdir(dir)).toEqual(['library.json']);
    });
  });
});
