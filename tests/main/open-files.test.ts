import * as fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_OPEN_BYTES, openFiles, resolveMaxFileBytes } from '../../src/main/open-files';
import { corpusDir } from '../support/repo-paths';
import { fakeOpenDialog, withTempDir } from './main-test-kit';

const corpusFile = join(corpusDir, 'documents/001_1e5035609ec9f0e3.txt');
const request = { title: 'Import documents', extensions: ['txt', 'md', 'html'], multiple: true };

describe('openFiles (files:open)', () => {
  it('reads the chosen files with their names and exact bytes', async () => {
    await withTempDir(async (dir) => {
      const crlf = join(dir, 'notes.md');
      await writeFile(crlf, Uint8Array.from([0xef, 0xbb, 0xbf, 0x23, 0x20, 0x41, 0x0d, 0x0a]));
      const { dialog, calls } = fakeOpenDialog({ canceled: false, filePaths: [corpusFile, crlf] });

      const files = await openFiles(request, { dialog, fs, maxFileBytes: DEFAULT_MAX_OPEN_BYTES });

      expect(files.map((f) => f.name)).toEqual(['001_1e5035609ec9f0e3.txt', 'notes.md']);
      expect(Buffer.from(files[0]!.bytes).equals(readFileSync(corpusFile))).toBe(true);
      expect(Array.from(files[1]!.bytes)).toEqual([0xef, 0xbb, 0xbf, 0x23, 0x20, 0x41, 0x0d, 0x0a]);
      // A plain Uint8Array over exactly the file, not a Node Buffer over a shared pool.
      expect(Object.getPrototypeOf(files[1]!.bytes)).toBe(Uint8Array.prototype);
      expect(files[1]!.bytes.buffer.byteLength).toBe(8);
      expect(calls[0]).toEqual({
        title: 'Import documents',
        filters: [{ name: 'Supported files', extensions: ['txt', 'md', 'html'] }],
        properties: ['openFile', 'multiSelections'],
      });
    });
  });

  it('resolves to no files when the user cancels', async () => {
    const { dialog } = fakeOpenDialog({ canceled: true, filePaths: [] });
    await expect(openFiles(request, { dialog, fs, maxFileBytes: 10 })).resolves.toEqual([]);
  });

  it('opens one file when multiple is false, whatever the dialog returns', async () => {
    await withTempDir(async (dir) => {
      const [a, b] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
      await writeFile(a, 'a');
      await writeFile(b, 'b');
      const { dialog, calls } = fakeOpenDialog({ canceled: false, filePaths: [a, b] });
      const files = await openFiles({ ...request, multiple: false }, { dialog, fs, maxFileBytes: 100 });
      expect(files.map((f) => f.name)).toEqual(['a.txt']);
      expect(calls[0]?.properties).toEqual(['openFile']);
    });
  });

  it('refuses files over the limit before reading any, naming each one', async () => {
    await withTempDir(async (dir) => {
      const small = join(dir, 'small.txt');
      const big = join(dir, 'big report.txt');
      await writeFile(small, 'ok');
      await writeFile(big, new Uint8Array(3 * 1024 * 1024));
      const { dialog } = fakeOpenDialog({ canceled: false, filePaths: [small, big] });
      let reads = 0;
      const countingFs = { stat: fs.stat, readFile: (path: string) => (reads++, fs.readFile(path)) };

      const attempt = openFiles(request, { dialog, fs: countingFs, maxFileBytes: 2 * 1024 * 1024 });

      await expect(attempt).rejects.toThrow(
        'This file is larger than the 2 MB limit: "big report.txt" (3 MB). No files were opened.',
      );
      expect(reads).toBe(0);
    });
  });

  it('accepts a file of exactly the limit', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'exact.txt');
      await writeFile(path, new Uint8Array(1000));
      const { dialog } = fakeOpenDialog({ canceled: false, filePaths: [path] });
      const files = await openFiles(request, { dialog, fs, maxFileBytes: 1000 });
      expect(files[0]?.bytes.byteLength).toBe(1000);
    });
  });

  it('says which file could not be read and why', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'a folder');
      await mkdir(folder);
      const gone = join(dir, 'gone.txt');
      await expect(
        openFiles(request, {
          dialog: fakeOpenDialog({ canceled: false, filePaths: [gone] }).dialog,
          fs,
          maxFileBytes: 9,
        }),
      ).rejects.toThrow('Could not open "gone.txt": no such file or folder.');
      await expect(
        openFiles(request, {
          dialog: fakeOpenDialog({ canceled: false, filePaths: [folder] }).dialog,
          fs,
          maxFileBytes: 9,
        }),
      ).rejects.toThrow('Could not open "a folder": it is a folder.');
    });
  });

  it('takes its limit from EVIDENCE_MAX_FILE_MB when that is a positive number', () => {
    expect(resolveMaxFileBytes({ EVIDENCE_MAX_FILE_MB: '5' })).toBe(5 * 1024 * 1024);
    expect(resolveMaxFileBytes({ EVIDENCE_MAX_FILE_MB: 'lots' })).toBe(DEFAULT_MAX_OPEN_BYTES);
    expect(resolveMaxFileBytes({ EVIDENCE_MAX_FILE_MB: '-1' })).toBe(DEFAULT_MAX_OPEN_BYTES);
    expect(resolveMaxFileBytes({})).toBe(DEFAULT_MAX_OPEN_BYTES);
  });
});
