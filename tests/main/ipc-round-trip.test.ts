// The preload's bridge driven end to end against the real main-process handlers (IPC replaced by a direct
// call with our page as the sender), so the two sides of the seam are checked together.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../src/core/ipc/ipc-channels';
import { createBridge, type Subscribe } from '../../src/preload/create-bridge';
import { pageSender, wireTestHandlers, withTempDir } from './main-test-kit';

const teamSettings = {
  serverUrl: 'https://couch.example.org',
  database: 'inquiry',
  username: 'ada',
  password: 'correct horse battery staple',
};

function bridgeFor(dir: string, openPaths: string[], savePath?: string) {
  const { handler, pageUrl } = wireTestHandlers(dir, {
    open: { canceled: false, filePaths: openPaths },
    save: savePath ? { canceled: false, filePath: savePath } : { canceled: true },
  });
  const invoke = (channel: string, payload: unknown) => {
    const handle = handler(channel);
    if (!handle) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return handle(pageSender(pageUrl), structuredClone(payload));
  };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe: Subscribe = (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set.add(listener));
    return () => set.delete(listener);
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { bridge: createBridge(invoke, subscribe), emit, handler };
}

describe('the preload bridge over the main handlers', () => {
  it('has main handle exactly the channels the page invokes, named by the one contract', async () => {
    await withTempDir(async (dir) => {
      const invoked: string[] = [];
      const { handlers } = wireTestHandlers(dir, {
        open: { canceled: true, filePaths: [] },
        save: { canceled: true },
      });
      const bridge = createBridge(
        async (channel) => {
          invoked.push(channel);
          if (channel === IPC_CHANNELS.printPdf) return { ok: true, value: new Uint8Array(1) };
          if (channel === IPC_CHANNELS.loadSyncSettings) return { ok: true, value: null };
          if (channel === IPC_CHANNELS.saveSyncSettings) return { ok: true, value: 'encrypted' };
          if (channel === IPC_CHANNELS.clearSyncSettings) return { ok: true, value: true };
          return { ok: true, value: channel === IPC_CHANNELS.saveFile ? false : [] };
        },
        () => () => {},
      );
      await bridge.openFiles({ title: 'Open', extensions: ['txt'], multiple: true });
      await bridge.saveFile({ suggestedName: 'a.md', bytes: new Uint8Array(1), mimeType: 'text/markdown' });
      await bridge.printPdf('<p>x</p>');
      await bridge.syncSettings.load();
      await bridge.syncSettings.save(teamSettings);
      await bridge.syncSettings.clear();
      expect(invoked).toEqual([
        IPC_CHANNELS.openFiles,
        IPC_CHANNELS.saveFile,
        IPC_CHANNELS.printPdf,
        IPC_CHANNELS.loadSyncSettings,
        IPC_CHANNELS.saveSyncSettings,
        IPC_CHANNELS.clearSyncSettings,
      ]);
      expect(Object.keys(handlers).sort()).toEqual([...invoked].sort());
    });
  });

  it('opens files and saves bytes', async () => {
    await withTempDir(async (dir) => {
      const source = join(dir, 'source.html');
      await writeFile(source, '<h1>Report</h1>');
      const target = join(dir, 'briefing.md');
      const { bridge } = bridgeFor(dir, [source], target);

      const files = await bridge.openFiles({
        title: 'Import documents',
        extensions: ['html'],
        multiple: true,
      });
      expect(files).toEqual([{ name: 'source.html', bytes: new TextEncoder().encode('<h1>Report</h1>') }]);

      // A small view into a larger buffer: only the view's bytes are saved.
      const buffer = new TextEncoder().encode('xx# Brief\nyy');
      const saved = await bridge.saveFile({
        suggestedName: 'briefing.md',
        bytes: buffer.subarray(2, 10),
        mimeType: 'text/markdown',
      });
      expect(saved).toBe(true);
      expect(await readFile(target, 'utf8')).toBe('# Brief\n');
    });
  });

  it('rejects with the main process message, not an IPC wrapper', async () => {
    await withTempDir(async (dir) => {
      const big = join(dir, 'big.pdf');
      await writeFile(big, new Uint8Array(4096));
      const { bridge } = bridgeFor(dir, [big]);
      await expect(
        bridge.openFiles({ title: 'Import', extensions: ['pdf'], multiple: false }),
      ).rejects.toThrow(
        /^This file is larger than the 1 KB limit: "big\.pdf" \(4 KB\)\. No files were opened\.$/,
      );
      await expect(
        bridge.saveFile({ suggestedName: 'a/b.md', bytes: new Uint8Array(1), mimeType: 'text/markdown' }),
      ).rejects.toThrow('Refused files:save: malformed request (suggestedName: a file name, not a path).');
    });
  });

  it('answers false when the save dialog is cancelled', async () => {
    await withTempDir(async (dir) => {
      const { bridge } = bridgeFor(dir, []);
      await expect(
        bridge.saveFile({ suggestedName: 'x.json', bytes: new Uint8Array(1), mimeType: 'application/json' }),
      ).resolves.toBe(false);
    });
  });

  it('passes on known menu commands only, until unsubscribed', async () => {
    await withTempDir(async (dir) => {
      const { bridge, emit } = bridgeFor(dir, []);
      const heard: string[] = [];
      const unsubscribe = bridge.onMenuCommand((command) => heard.push(command));
      emit(IPC_CHANNELS.menuCommand, 'import-documents');
      emit(IPC_CHANNELS.menuCommand, 'format-disk');
      emit(IPC_CHANNELS.menuCommand, { command: 'export-database' });
      emit(IPC_CHANNELS.menuCommand, 'export-database');
      unsubscribe();
      emit(IPC_CHANNELS.menuCommand, 'import-documents');
      expect(heard).toEqual(['import-documents', 'export-database']);
    });
  });

  it('prints HTML to PDF through the main handler', async () => {
    await withTempDir(async (dir) => {
      const { bridge } = bridgeFor(dir, []);
      const pdf = await bridge.printPdf('<!doctype html><p>£8.52m</p>');
      expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF-/);
      await expect(bridge.printPdf('')).rejects.toThrow(/^Refused briefing:print-pdf: malformed request/);
    });
  });

  it('keeps a passage that arrives before the app listens, and passes on valid passages only', async () => {
    await withTempDir(async (dir) => {
      const { bridge, emit } = bridgeFor(dir, []);
      emit(IPC_CHANNELS.openPassage, { sourceId: 'early', start: 1, end: 4 });
      const heard: unknown[] = [];
      const unsubscribe = bridge.onOpenPassage((target) => heard.push(target));
      emit(IPC_CHANNELS.openPassage, { sourceId: 'b', start: 5, end: 3 });
      emit(IPC_CHANNELS.openPassage, 'evidence://source/c#1-2');
      emit(IPC_CHANNELS.openPassage, { sourceId: 'd', start: 2, end: 9, extra: '<script>' });
      unsubscribe();
      emit(IPC_CHANNELS.openPassage, { sourceId: 'late', start: 0, end: 1 });
      expect(heard).toEqual([
        { sourceId: 'early', start: 1, end: 4 },
        { sourceId: 'd', start: 2, end: 9 },
      ]);
    });
  });

  it('keeps the sync settings with the password encrypted, and forgets them', async () => {
    await withTempDir(async (dir) => {
      const { bridge } = bridgeFor(dir, []);
      expect(await bridge.syncSettings.load()).toBeNull();
      expect(await bridge.syncSettings.save(teamSettings)).toBe('encrypted');
      const stored = await readFile(join(dir, 'sync-settings.json'), 'utf8');
      expect(stored).toContain('couch.example.org');
      expect(stored).not.toContain('horse');
      expect(await bridge.syncSettings.load()).toEqual(teamSettings);
      await bridge.syncSettings.clear();
      expect(await bridge.syncSettings.load()).toBeNull();
    });
  });

  it('refuses settings naming a server the app may not reach, and stores nothing', async () => {
    await withTempDir(async (dir) => {
      const { bridge } = bridgeFor(dir, []);
      await expect(
        bridge.syncSettings.save({ ...teamSettings, serverUrl: 'http://couch.example.org' }),
      ).rejects.toThrow(/use https for any other server/);
      await expect(bridge.syncSettings.save({ ...teamSettings, database: 'Inquiry' })).rejects.toThrow(
        /lower-case letter/,
      );
      expect(await bridge.syncSettings.load()).toBeNull();
    });
  });
});
