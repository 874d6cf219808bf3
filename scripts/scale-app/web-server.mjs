// Builds the web app and serves it on a free loopback port for the app benchmarks, and launches Debian's
// Chromium headless with the flags the e2e tests use (no downloads, no network beyond loopback).
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
// A build of its own, so an e2e run's build cannot change the app under a running benchmark.
const outDir = path.join(os.tmpdir(), `bench-scale-app-web-${process.pid}`);

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Builds and serves the web app; returns its address and a function that stops the server. `builtDir`
 * serves a build made beforehand instead (another commit's, to measure it beside this one), left in place.
 */
export async function serveWebApp(builtDir) {
  const dir = builtDir ?? outDir;
  if (!builtDir) {
    const build = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.web.config.ts', '--outDir', dir], {
      cwd: root,
      stdio: 'ignore',
    });
    if (build.status !== 0)
      throw new Error('The web build failed: run `npx vite build -c vite.web.config.ts` to see why.');
  }
  const port = await freePort();
  const server = spawn(process.execPath, [vite, 'preview', '-c', 'vite.web.config.ts', '--outDir', dir], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 150; tries += 1) {
    const up = await globalThis.fetch(url).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () => {
      server.kill('SIGTERM');
      if (!builtDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
