// `npm start` and `npm run web`: finding Electron without downloading it, the fallback message, which
// browser opener each platform gets (and none in CI, without a display or with BROWSER=none), and the
// serving flow, where the build and server output stays quiet and the address is the last line printed.
// Small Node programs stand in for Vite so no build runs and no browser opens.
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseBrowserOpener, isCi, openBrowser } from '../../scripts/open-browser.mjs';
import { describeFallback, detectDisplay, detectElectronBinary } from '../../scripts/start.mjs';
import { buildAndServeWeb, describeServing, runChild } from '../../scripts/web.mjs';
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

describe('npm start / npm run web: opening the browser', () => {
  const url = 'http://127.0.0.1:4173/';
  const desktop = { DISPLAY: ':0' };

  it('uses xdg-open on Linux, open on macOS and start on Windows', () => {
    expect(chooseBrowserOpener(url, 'linux', desktop)).toEqual({
      command: 'xdg-open',
      args: [url],
      verbatim: false,
    });
    expect(chooseBrowserOpener(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toMatchObject({
      command: 'xdg-open',
    });
    expect(chooseBrowserOpener(url, 'freebsd', desktop)).toMatchObject({ command: 'xdg-open' });
    expect(chooseBrowserOpener(url, 'darwin', {})).toEqual({ command: 'open', args: [url], verbatim: false });
    expect(chooseBrowserOpener(url, 'win32', {})).toEqual({
      command: 'cmd',
      args: ['/d', '/c', 'start', '""', url],
      verbatim: true,
    });
  });

  it('opens nothing in CI, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      expect(chooseBrowserOpener(url, platform, { ...desktop, CI: 'true' })).toEqual({
        skip: 'this is a CI run',
      });
      expect(chooseBrowserOpener(url, platform, { ...desktop, CI: '1' })).toHaveProperty('skip');
    }
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({})).toBe(false);
  });

  it('opens nothing without a display on Linux, or with BROWSER=none', () => {
    expect(chooseBrowserOpener(url, 'linux', {})).toEqual({ skip: 'there is no graphical display' });
    expect(chooseBrowserOpener(url, 'darwin', { BROWSER: 'none' })).toEqual({ skip: 'BROWSER=none' });
    expect(chooseBrowserOpener(url, 'linux', { ...desktop, BROWSER: 'None' })).toEqual({
      skip: 'BROWSER=none',
    });
  });

  it('uses the program named by BROWSER', () => {
    expect(chooseBrowserOpener(url, 'linux', { ...desktop, BROWSER: 'firefox' })).toEqual({
      command: 'firefox',
      args: [url],
      verbatim: false,
    });
  });

  it('starts the opener detached and silent, and takes a failure to open as no error', async () => {
    const calls: unknown[][] = [];
    const child = Object.assign(new EventEmitter(), { unref: () => calls.push(['unref']) });
    const spawnChild = (...args: unknown[]) => (calls.push(args), child);
    const opener = { command: 'xdg-open', args: [url], verbatim: false };
    expect(openBrowser(opener, spawnChild as never)).toBe(true);
    expect(calls[0]).toEqual([
      'xdg-open',
      [url],
      { stdio: 'ignore', detached: true, windowsVerbatimArguments: false },
    ]);
    expect(calls[1]).toEqual(['unref']);
    expect(() => child.emit('error', new Error('spawn xdg-open ENOENT'))).not.toThrow();
    const throwing = () => {
      throw new Error('EACCES');
    };
    expect(openBrowser(opener, throwing as never)).toBe(false);
    // A real spawn of a program that does not exist fails later, quietly.
    expect(openBrowser({ command: 'no-such-browser-opener', args: [url], verbatim: false })).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
});

/** A free loopback port, found by letting the system pick one. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Stands in for Vite: `build` prints 200 lines, `preview` listens on its port, prints a banner, then exits. */
function fakeVite({ buildCode = 0, previewCode = 0 } = {}) {
  const calls: string[][] = [];
  const run = (args: string[]) => {
    calls.push(args);
    if (args[0] === 'build') {
      // exitCode, not process.exit(): exiting at once can drop output still queued for the pipe.
      const script = `for (let i = 0; i < 200; i++) console.log('build line ' + i); process.exitCode = ${buildCode}`;
      return runChild(process.execPath, ['-e', script], { quiet: true });
    }
    const port = Number(args[args.indexOf('--port') + 1]);
    const script = `require('node:net').createServer((s) => s.end()).listen(${port}, '127.0.0.1', () => {
      console.log('  Local: http://127.0.0.1:${port}/ (preview banner)');
      setTimeout(() => process.exit(${previewCode}), 1500);
    })`;
    return runChild(
      process.execPath,
      ['-e', previewCode === 0 ? script : `console.error('port taken'); process.exitCode = ${previewCode}`],
      {
        quiet: true,
      },
    );
  };
  return { run, calls };
}

async function serve(env: Record<string, string>, vite = fakeVite(), platform = 'linux') {
  const printed: string[] = [];
  const opened: unknown[] = [];
  const code = await buildAndServeWeb({
    env,
    platform,
    notice: 'Remember: this browser library is separate.',
    run: vite.run,
    open: (opener) => (opened.push(opener), true),
    print: (line) => printed.push(...line.split('\n')),
    printError: (line) => printed.push(...line.split('\n')),
  });
  return { code, printed, opened, calls: vite.calls };
}

describe('npm start / npm run web: what is printed', () => {
  it('ends with the address, plainly, on a line of its own', () => {
    const lines = describeServing('http://127.0.0.1:4173/', {
      notice: 'Remember: separate library.',
      opening: true,
    });
    expect(lines.at(-1)).toBe('http://127.0.0.1:4173/');
    expect(lines).toContain('Remember: separate library.');
    expect(lines.at(-2)).toMatch(/opening in your default browser/);
    expect(describeServing('http://127.0.0.1:4173/').at(-2)).toMatch(/Open this address in your browser:$/);
  });

  it('keeps the build and server output back and prints the address last', async () => {
    const port = await freePort();
    const { code, printed, opened } = await serve({ PORT: String(port), DISPLAY: ':0' });
    expect(code).toBe(0);
    expect(printed.at(-1)).toBe(`http://127.0.0.1:${port}/`);
    expect(printed.some((line) => line.includes('build line'))).toBe(false);
    expect(printed.some((line) => line.includes('preview banner'))).toBe(false);
    expect(printed.filter((line) => /^Built the web app in \d+\.\d s\.$/.test(line))).toHaveLength(1);
    expect(printed).toContain('Remember: this browser library is separate.');
    expect(opened).toEqual([{ command: 'xdg-open', args: [`http://127.0.0.1:${port}/`], verbatim: false }]);
  });

  it('opens no browser in CI and says to open the address', async () => {
    const port = await freePort();
    const { printed, opened } = await serve({ PORT: String(port), DISPLAY: ':0', CI: 'true' });
    expect(opened).toEqual([]);
    expect(printed.slice(-2)).toEqual([
      'The workbench is running (Ctrl+C stops it). Open this address in your browser:',
      `http://127.0.0.1:${port}/`,
    ]);
  });

  it('shows the build output when the build fails, and serves nothing', async () => {
    const { code, printed, calls } = await serve(
      { PORT: String(await freePort()) },
      fakeVite({ buildCode: 1 }),
    );
    expect(code).toBe(1);
    expect(printed).toContain('build line 199');
    expect(printed.at(-1)).toMatch(/The web build failed/);
    expect(calls.map((args) => args[0])).toEqual(['build']);
  });

  it("shows the server's output when it stops with an error", async () => {
    const { code, printed } = await serve({ PORT: String(await freePort()) }, fakeVite({ previewCode: 1 }));
    expect(code).toBe(1);
    expect(printed).toContain('port taken');
    expect(printed.at(-1)).toMatch(/The web server stopped \(exit code 1\)/);
  });
});
