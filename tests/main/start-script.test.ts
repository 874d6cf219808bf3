import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFallback, detectDisplay, detectElectronBinary } from '../../scripts/start.mjs';
import { withTempDir } from './main-test-kit';

async function electronPackage(dir: string, files: { pathTxt?: string; binary?: string }): Promise<string> {
  const electronDir = join(dir, 'electron');
  await mkdir(join(electronDir, 'dist'), { recursive: true });
  await writeFile(join(electronDir, 'package.json'), '{"name":"electron"}');
  // index.js would download when required; the detection must never load it.
  await writeFile(join(electronDir, 'index.js'), 'throw new Error("required index.js");');
  if (files.pathTxt !== undefined) await writeFile(join(electronDir, 'path.txt'), files.pathTxt);
  if (files.binary) await writeFile(join(electronDir, 'dist', files.binary), '#!/bin/sh\n');
  return electronDir;
}

describe('npm start: finding Electron without triggering its download', () => {
  it('finds the binary named in path.txt under dist/', async () => {
    await withTempDir(async (dir) => {
      const electronDir = await electronPackage(dir, { pathTxt: 'electron', binary: 'electron' });
      expect(detectElectronBinary(electronDir, {})).toEqual({
        available: true,
        path: join(electronDir, 'dist', 'electron'),
      });
    });
  });

  it('reports the binary as unavailable when it was never downloaded (no path.txt)', async () => {
    await withTempDir(async (dir) => {
      const electronDir = await electronPackage(dir, {});
      const found = detectElectronBinary(electronDir, {});
      expect(found).toEqual({ available: false, reason: expect.stringContaining('never downloaded') });
    });
  });

  it('reports the binary as unavailable when path.txt names a file that is missing', async () => {
    await withTempDir(async (dir) => {
      const electronDir = await electronPackage(dir, { pathTxt: 'electron' });
      expect(detectElectronBinary(electronDir, {}).available).toBe(false);
    });
  });

  it('reports a missing electron package', async () => {
    await withTempDir(async (dir) => {
      expect(detectElectronBinary(join(dir, 'nothing-here'), {})).toEqual({
        available: false,
        reason: 'the electron package is not installed',
      });
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron does', async () => {
    await withTempDir(async (dir) => {
      const electronDir = await electronPackage(dir, {});
      const custom = join(dir, 'custom-dist');
      await mkdir(custom);
      await writeFile(join(custom, 'electron'), '');
      expect(detectElectronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: custom })).toEqual({
        available: true,
        path: join(custom, 'electron'),
      });
    });
  });

  it('needs a display on Linux only', () => {
    expect(detectDisplay('linux', {}).available).toBe(false);
    expect(detectDisplay('linux', { DISPLAY: ':0' }).available).toBe(true);
    expect(detectDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' }).available).toBe(true);
    expect(detectDisplay('darwin', {}).available).toBe(true);
    expect(detectDisplay('win32', {}).available).toBe(true);
  });

  it('explains the fallback and warns that the browser keeps a separate library', () => {
    const message = describeFallback('its binary was never downloaded');
    expect(message).toContain("Electron's binary is not available on this machine");
    expect(message).toContain('Reason: its binary was never downloaded.');
    expect(message).toContain('Opening the app in your browser instead.');
    expect(message).toMatch(/WARNING: the browser keeps its own library, separate from the desktop app's/);
    expect(message).toContain('Export database');
    expect(message).toContain('Import database');
  });
});
