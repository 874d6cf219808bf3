import * as fs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IpcSenderEvent } from '../../src/main/guard-ipc';
import { createIpcHandlers, type IpcHandler } from '../../src/main/ipc-handlers';
import { IPC_CHANNELS } from '../../src/core/ipc/ipc-channels';
import {
  fakeOpenDialog,
  fakePrinter,
  fakeSaveDialog,
  pageSender,
  wireTestHandlers,
  wireSyncDeps,
  withTempDir,
} from './main-test-kit';

function handlersFor(dir: string, dialogs: { open?: string[]; save?: string }) {
  const logged: string[] = [];
  const { handler, open, save, print, pageUrl } = wireTestHandlers(
    dir,
    {
      open: { canceled: false, filePaths: dialogs.open ?? [] },
      save: { canceled: false, filePath: dialogs.save ?? join(dir, 'saved.json') },
    },
    (message) => logged.push(message),
  );
  const call = (channel: string, payload: unknown, sender: IpcSenderEvent = pageSender(pageUrl)) =>
    (handler(channel) as IpcHandler)(sender, payload);
  return { call, open, save, print, logged, pageUrl };
}

const validSave = {
  suggestedName: 'library.json',
  bytes: new Uint8Array([1, 2, 3]),
  mimeType: 'application/json',
};

describe('IPC handlers', () => {
  it('registers exactly the file, print and sync settings channels', async () => {
    await withTempDir(async (dir) => {
      const handlers = createIpcHandlers({
        open: { dialog: fakeOpenDialog({ canceled: true, filePaths: [] }).dialog, fs, maxFileBytes: 1 },
        save: { dialog: fakeSaveDialog({ canceled: true }).dialog, fs, defaultDirectory: dir },
        print: { printHtml: fakePrinter().printHtml },
        sync: wireSyncDeps(dir),
        isAppPage: () => true,
      });
      expect(Object.keys(handlers).sort()).toEqual([
        'briefing:print-pdf',
        'files:open',
        'files:save',
        'sync:clear-settings',
        'sync:load-settings',
        'sync:save-settings',
      ]);
    });
  });

  it('answers a valid request from the app page', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'a.txt');
      await writeFile(path, 'hello');
      const { call } = handlersFor(dir, { open: [path] });
      const result = await call(IPC_CHANNELS.openFiles, {
        title: 'Import',
        extensions: ['txt'],
        multiple: true,
      });
      expect(result).toEqual({
        ok: true,
        value: [{ name: 'a.txt', bytes: new TextEncoder().encode('hello') }],
      });
    });
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'library.json'],
    ['bytes as a plain array', { ...validSave, bytes: [1, 2, 3] }],
    ['a path instead of a name', { ...validSave, suggestedName: '../../.bashrc' }],
    ['a Windows path', { ...validSave, suggestedName: 'C:\\Users\\r\\x.json' }],
    ['an empty name', { ...validSave, suggestedName: '' }],
    ['an unknown field', { ...validSave, directory: '/etc' }],
    ['a missing field', { suggestedName: 'x.json', bytes: new Uint8Array(1) }],
  ])('refuses a malformed save (%s) without showing a dialog or writing', async (_label, payload) => {
    await withTempDir(async (dir) => {
      const { call, save, logged } = handlersFor(dir, {});
      const result = await call(IPC_CHANNELS.saveFile, payload);
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.error).toMatch(/^Refused files:save: malformed request \(.+\)\.$/);
      expect(save.calls).toHaveLength(0);
      expect(await readdir(dir)).toEqual([]);
      expect(logged).toHaveLength(1);
    });
  });

  it.each([
    ['extensions with dots', { title: 'x', extensions: ['.txt'], multiple: true }],
    ['multiple as a string', { title: 'x', extensions: ['txt'], multiple: 'yes' }],
    ['a default path smuggled in', { title: 'x', extensions: [], multiple: true, defaultPath: '/etc' }],
    ['null', null],
  ])('refuses a malformed open (%s) without showing a dialog', async (_label, payload) => {
    await withTempDir(async (dir) => {
      const { call, open } = handlersFor(dir, {});
      const result = await call(IPC_CHANNELS.openFiles, payload);
      expect(result.ok === false && result.error).toMatch(/^Refused files:open: malformed request/);
      expect(open.calls).toHaveLength(0);
    });
  });

  it('names the bad field in the refusal', async () => {
    await withTempDir(async (dir) => {
      const { call } = handlersFor(dir, {});
      const result = await call(IPC_CHANNELS.saveFile, { ...validSave, suggestedName: 'a/b.json' });
      expect(result).toEqual({
        ok: false,
        error: 'Refused files:save: malformed request (suggestedName: a file name, not a path).',
      });
    });
  });

  it.each([
    ['another web page', () => pageSender('https://example.com/'), 'files:save'],
    ['a file elsewhere on disk', () => pageSender('file:///tmp/evil.html'), 'files:save'],
    [
      'an iframe inside our page',
      (page: string) => ({ senderFrame: { url: page, parent: {} } }),
      'files:open',
    ],
    ['a destroyed frame', () => ({ senderFrame: null }), 'files:open'],
  ] as [string, (page: string) => IpcSenderEvent, string][])(
    'refuses a request from %s, even a valid one',
    async (_label, makeSender, channel) => {
      await withTempDir(async (dir) => {
        const { call, open, save, pageUrl } = handlersFor(dir, {});
        const payload =
          channel === 'files:save' ? validSave : { title: 'Import', extensions: ['txt'], multiple: true };
        const result = await call(channel, payload, makeSender(pageUrl));
        expect(result).toEqual({
          ok: false,
          error: `Refused ${channel}: the request did not come from the app's own page.`,
        });
        expect(open.calls.length + save.calls.length).toBe(0);
        expect(await readdir(dir)).toEqual([]);
      });
    },
  );

  it('passes a handler failure back as a readable message', async () => {
    await withTempDir(async (dir) => {
      const big = join(dir, 'big.txt');
      await writeFile(big, new Uint8Array(2048));
      const { call } = handlersFor(dir, { open: [big] });
      const result = await call(IPC_CHANNELS.openFiles, {
        title: 'Import',
        extensions: ['txt'],
        multiple: true,
      });
      expect(result).toEqual({
        ok: false,
        error: 'This file is larger than the 1 KB limit: "big.txt" (2 KB). No files were opened.',
      });
    });
  });

  it('saves a valid request from the app page, with a query or hash on its URL', async () => {
    await withTempDir(async (dir) => {
      const { call, pageUrl } = handlersFor(dir, {});
      const result = await call(IPC_CHANNELS.saveFile, validSave, pageSender(`${pageUrl}?x=1#claims`));
      expect(result).toEqual({ ok: true, value: true });
      expect(Array.from(await readFile(join(dir, 'saved.json')))).toEqual([1, 2, 3]);
    });
  });

  it('prints the HTML it was sent, unchanged, and answers the PDF bytes', async () => {
    await withTempDir(async (dir) => {
      const { call, print } = handlersFor(dir, {});
      const html = '<!doctype html><title>Brief</title><p>£8.52m — “quoted” 児童</p>';
      const result = await call(IPC_CHANNELS.printPdf, { html });
      expect(print.printed).toEqual([html]);
      expect(result.ok && new TextDecoder().decode(result.value as Uint8Array)).toMatch(/^%PDF-/);
    });
  });

  it.each([
    ['no html', {}],
    ['empty html', { html: '' }],
    ['html that is not text', { html: new Uint8Array(3) }],
    ['an extra field', { html: '<p>x</p>', path: '/tmp/out.pdf' }],
  ])('refuses a malformed print (%s) without printing', async (_label, payload) => {
    await withTempDir(async (dir) => {
      const { call, print } = handlersFor(dir, {});
      const result = await call(IPC_CHANNELS.printPdf, payload);
      expect(result.ok === false && result.error).toMatch(/^Refused briefing:print-pdf: malformed request/);
      expect(print.printed).toEqual([]);
    });
  });

  it('refuses to print for another page', async () => {
    await withTempDir(async (dir) => {
      const { call, print } = handlersFor(dir, {});
      const result = await call(
        IPC_CHANNELS.printPdf,
        { html: '<p>x</p>' },
        pageSender('https://example.com/'),
      );
      expect(result.ok).toBe(false);
      expect(print.printed).toEqual([]);
    });
  });
});

describe('the sync settings over IPC', () => {
  const settings = {
    serverUrl: 'https://couch.example.org',
    database: 'inquiry',
    username: 'ada',
    password: 'pw',
  };

  function syncHandlers(dir: string) {
    const sync = wireSyncDeps(dir);
    const handlers = createIpcHandlers({
      open: { dialog: fakeOpenDialog({ canceled: true, filePaths: [] }).dialog, fs, maxFileBytes: 1 },
      save: { dialog: fakeSaveDialog({ canceled: true }).dialog, fs, defaultDirectory: dir },
      print: { printHtml: fakePrinter().printHtml },
      sync,
      isAppPage: (url) => url === 'file:///app/index.html',
    });
    const call = (channel: string, payload: unknown, url = 'file:///app/index.html') =>
      (handlers[channel] as IpcHandler)(pageSender(url), payload);
    return { call, door: sync.door };
  }

  it('opens the door to the saved server, and closes it when the settings are forgotten', async () => {
    await withTempDir(async (dir) => {
      const { call, door } = syncHandlers(dir);
      expect(await call(IPC_CHANNELS.saveSyncSettings, settings)).toEqual({ ok: true, value: 'encrypted' });
      expect(door.origin()).toBe('https://couch.example.org');
      expect(await call(IPC_CHANNELS.loadSyncSettings, undefined)).toEqual({ ok: true, value: settings });
      expect(await call(IPC_CHANNELS.clearSyncSettings, undefined)).toEqual({ ok: true, value: true });
      expect(door.origin()).toBeUndefined();
    });
  });

  it.each([
    ['plain http to another machine', { ...settings, serverUrl: 'http://couch.example.org' }],
    ['a password in the address', { ...settings, serverUrl: 'https://ada:pw@couch.example.org' }],
    ['a database name CouchDB refuses', { ...settings, database: '_users' }],
    ['an unknown field', { ...settings, keepPlain: true }],
    ['a missing password', { serverUrl: settings.serverUrl, database: 'x', username: 'ada' }],
  ])('refuses %s, keeping nothing and opening nothing', async (_label, payload) => {
    await withTempDir(async (dir) => {
      const { call, door } = syncHandlers(dir);
      const result = await call(IPC_CHANNELS.saveSyncSettings, payload);
      expect(result.ok).toBe(false);
      expect(door.origin()).toBeUndefined();
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('answers no page but our own', async () => {
    await withTempDir(async (dir) => {
      const { call, door } = syncHandlers(dir);
      await call(IPC_CHANNELS.saveSyncSettings, settings);
      const result = await call(IPC_CHANNELS.loadSyncSettings, undefined, 'https://evil.example.com/');
      expect(result).toEqual({
        ok: false,
        error: `Refused ${IPC_CHANNELS.loadSyncSettings}: the request did not come from the app's own page.`,
      });
      expect(door.origin()).toBe('https://couch.example.org');
    });
  });
});
