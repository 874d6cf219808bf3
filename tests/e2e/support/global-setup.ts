// Serves the web build (built by `npm run test:e2e` before vitest starts) on a loopback port for the e2e
// tests, and hands its address to them.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const port = Number(process.env['E2E_PORT'] ?? 4191);
let server: ChildProcess | undefined;

async function waitForServer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch (error) {
      // Fetch (and Chromium) refuse some ports outright, e.g. 4190; waiting would only time out.
      if ((error as { cause?: Error }).cause?.message === 'bad port')
        throw new Error(`Port ${port} is one that fetch and browsers refuse; set E2E_PORT to another.`, {
          cause: error,
        });
      // otherwise: not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The web build did not start at ${url}`);
}

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(resolve('out/web/index.html'))) {
    throw new Error('out/web is missing: run `npm run test:e2e`, which builds the web app first.');
  }
  const url = `http://127.0.0.1:${port}/`;
  // Another server on the port would be tested in place of this build: refuse rather than pass or fail
  // for the wrong reason.
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`Port ${port} is already serving something; set E2E_PORT to a free port.`);
  }
  const vite = resolve('node_modules/vite/bin/vite.js');
  server = spawn(process.execPath, [vite, 'preview', '-c', 'vite.web.config.ts'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  await waitForServer(url, Date.now() + 30_000);
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  server?.kill('SIGTERM');
}

declare module 'vitest' {
  // Vitest's provide/inject typing is extended by declaration merging, which needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}
