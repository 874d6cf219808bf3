// A second server of the built web page, for a test that needs the page served for a sync server: the
// same `vite preview` the global setup runs, with EVIDENCE_SYNC_SERVER set, so the page's CSP admits that
// server's origin (build/csp-plugin.ts) and nothing else.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../support/pouchdb-server';

async function waitForHttp(url: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The web page was not served at ${url} within ${ms} ms.`);
}

export async function serveWebFor(syncServer: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const vite = resolve('node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '-c', 'vite.web.config.ts'], {
    env: { ...process.env, PORT: String(port), EVIDENCE_SYNC_SERVER: syncServer },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return { url, stop: () => void child.kill('SIGTERM') };
}
