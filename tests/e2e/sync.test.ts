// Team sync in Chromium: two browser profiles (two researchers' machines) and a real pouchdb-server on a
// free loopback port, set up as a team would (members, a writers-only database), the page served for that
// server (its CSP admits that origin and no other). A claim saved in one appears in the other while both
// are open; a wrong password says so in words; a read-only member pulls and is told they cannot push.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { corpusDir } from '../support/repo-paths';
import { launchBrowser } from './support/browser';
import { createDatabase, setUpTeam, startTestServer, type TestServer } from '../support/pouchdb-server';
import { serveWebFor } from './support/web-preview';
import { openWorkbench, type WorkbenchPage, type WorkbenchSession } from './pages/workbench-page';

const corpus = join(corpusDir, 'documents');
const firstDocument = join(
  corpus,
  readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]!,
);
const writer = { username: 'ada', password: 'pw-ada-1', roles: ['writer'] };
const reader = { username: 'rex', password: 'pw-rex-1', roles: [] };
const database = 'inquiry';

/** The server as a team sets it up, plus CORS for the web page's origin (the desktop app needs none). */
async function startTeamServer(): Promise<TestServer> {
  const server = await startTestServer({ admin: true });
  const config = async (key: string, value: string) => {
    const res = await server.request('PUT', `/_config/${key}`, value);
    if (!res.ok) throw new Error(`could not set ${key}: ${res.status}`);
  };
  await config('httpd/enable_cors', 'true');
  await config('cors/origins', '*');
  await config('cors/credentials', 'true');
  await config('cors/methods', 'GET, PUT, POST, HEAD, DELETE');
  await config('cors/headers', 'accept, authorization, content-type, origin, referer');
  await createDatabase(server, database);
  await setUpTeam(server, database, [writer, reader], { writersOnly: true });
  return server;
}

function syncStatus(app: WorkbenchPage) {
  return app.page.getByRole('button', { name: /^Team sync/ });
}

async function configureSync(
  app: WorkbenchPage,
  server: string,
  user: { username: string; password: string },
  options: { keepInSync: boolean },
): Promise<void> {
  await syncStatus(app).click();
  const dialog = app.page.getByRole('dialog', { name: 'Team sync' });
  await dialog.waitFor();
  await dialog.getByLabel('Server address').fill(server);
  await dialog.getByLabel('Database').fill(database);
  await dialog.getByLabel('User name').fill(user.username);
  await dialog.getByLabel('Password').fill(user.password);
  const keep = dialog.getByLabel('Keep in sync');
  if ((await keep.isChecked()) !== options.keepInSync) await keep.click();
  await dialog.getByRole('button', { name: 'Save' }).click();
}

async function closeDialog(app: WorkbenchPage): Promise<void> {
  const dialog = app.page.getByRole('dialog', { name: 'Team sync' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('team sync', () => {
  let server: TestServer;
  let web: { url: string; stop: () => void };
  let browser: Browser;
  let a: WorkbenchSession;
  let b: WorkbenchSession;

  beforeAll(async () => {
    server = await startTeamServer();
    web = await serveWebFor(server.url);
    browser = await launchBrowser();
    a = await openWorkbench(browser, web.url);
    b = await openWorkbench(browser, web.url);
  });

  afterAll(async () => {
    await browser?.close();
    web?.stop();
    await server?.dispose();
  });

  it('is off, and the workbench works, with no server configured', async () => {
    await expect.poll(() => syncStatus(a.app).textContent()).toBe('Team sync: off');
    await a.app.importDocuments([firstDocument]);
    await a.app.openSource(/^The Costs of outsourcing/);
  });

  it("shows a claim saved in one researcher's workbench in the other's while both are open", async () => {
    await configureSync(a.app, server.url, writer, { keepInSync: true });
    await a.app.screenshot('sync-01-settings');
    await closeDialog(a.app);
    await configureSync(b.app, server.url, writer, { keepInSync: true });
    await closeDialog(b.app);
    for (const { app } of [a, b]) {
      await expect
        .poll(() => syncStatus(app).textContent(), { timeout: 20_000 })
        .toMatch(/live, last synced/);
    }
    // The source imported before sync was switched on travels too.
    await b.app.sourceButton(/^The Costs of outsourcing/).waitFor({ timeout: 20_000 });
    await b.app.openSource(/^The Costs of outsourcing/);

    await a.app.addClaim('£8.52m', { kind: 'Quote', note: 'Shared through the team server.' });
    await b.app.claimItem('Shared through the team server.').waitFor({ timeout: 20_000 });
    await b.app.screenshot('sync-02-arrived');

    await b.app.addClaim('£8.52m', { kind: 'Figure', note: 'And back the other way.' });
    await a.app.claimItem('And back the other way.').waitFor({ timeout: 20_000 });
    await expect.poll(() => syncStatus(a.app).textContent(), { timeout: 20_000 }).not.toMatch(/waiting/);
  });

  it('says when the password is wrong, and stops rather than trying again', async () => {
    const c = await openWorkbench(browser, web.url);
    try {
      await configureSync(
        c.app,
        server.url,
        { ...writer, password: 'not-the-password' },
        { keepInSync: true },
      );
      const dialog = c.app.page.getByRole('dialog', { name: 'Team sync' });
      await dialog
        .getByRole('alert')
        .filter({ hasText: 'did not accept the user name and password (401)' })
        .waitFor({ timeout: 20_000 });
      await c.app.screenshot('sync-03-wrong-password');
      // Nothing more goes to the server: the wrong password is not sent again and again.
      let later = 0;
      c.app.page.on('request', (request) => {
        if (request.url().startsWith(server.url)) later += 1;
      });
      await c.app.page.waitForTimeout(3_000);
      expect(later).toBe(0);
      await closeDialog(c.app);
      await expect.poll(() => syncStatus(c.app).textContent()).toBe('Team sync: wrong user name or password');
    } finally {
      await c.context.close();
    }
  });

  it('lets a read-only member pull, and tells them they cannot push', async () => {
    const d = await openWorkbench(browser, web.url);
    try {
      await configureSync(d.app, server.url, reader, { keepInSync: true });
      await closeDialog(d.app);
      await d.app.sourceButton(/^The Costs of outsourcing/).waitFor({ timeout: 20_000 });
      await d.app.openSource(/^The Costs of outsourcing/);
      await d.app.claimItem('Shared through the team server.').waitFor({ timeout: 20_000 });
      await d.app.addClaim('£8.52m', { kind: 'Quote', note: 'Only on the reader’s machine.' });
      await expect
        .poll(() => syncStatus(d.app).textContent(), { timeout: 20_000 })
        .toBe('Team sync: read-only, can pull but not push');
      await syncStatus(d.app).click();
      await d.app.page
        .getByRole('dialog', { name: 'Team sync' })
        .getByRole('alert')
        .filter({ hasText: 'You can read this team library but not change it' })
        .waitFor();
      await d.app.screenshot('sync-04-read-only');
    } finally {
      await d.context.close();
    }
    // The writers never see the reader's claim.
    expect(await a.app.claimItem('Only on the reader’s machine.').count()).toBe(0);
  });

  it('was never refused by its own page policy', () => {
    for (const session of [a, b]) {
      expect(session.errors.filter((e) => /Content Security Policy|Refused to connect/.test(e))).toEqual([]);
    }
  });

  it('still refuses every other origin while sync is on', async () => {
    const reach = (url: string) =>
      a.app.page.evaluate(
        (target) =>
          fetch(target).then(
            () => 'reached',
            (error: unknown) => `refused: ${String(error)}`,
          ),
        url,
      );
    // Another server on this machine (the one serving the tests' other page), and the sync server's
    // neighbour port: both refused by the page's policy, while the sync server itself answers.
    expect(await reach(inject('baseUrl'))).toMatch(/^refused/);
    expect(await reach(`http://127.0.0.1:${Number(new URL(server.url).port) + 1}/`)).toMatch(/^refused/);
    expect(await reach(`${server.url}/`)).toBe('reached');
    expect(a.errors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThanOrEqual(2);
  });
});
