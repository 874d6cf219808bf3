// Shared helpers for the main-process tests: a temporary folder per test, fake dialogs that answer with
// real paths, senders that look like our page (or not), and the real IPC handlers wired to all of these.
import * as fs from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAppPageUrl, type AppLocation } from '../../src/main/app-location';
import { createIpcHandlers, type IpcHandler } from '../../src/main/ipc-handlers';
import type { OpenDialog, OpenDialogOptions } from '../../src/main/open-files';
import type { PrintHtml } from '../../src/main/print-pdf';
import type { SaveDialog, SaveDialogOptions } from '../../src/main/save-file';
import { createSyncCredentialStore, type SecretStorage } from '../../src/main/sync-credentials';
import { createSyncDoor } from '../../src/main/sync-door';

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'evidence-main-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const appLocation = (root: string): AppLocation => ({
  kind: 'file',
  rendererDir: join(root, 'out', 'renderer'),
  indexPath: join(root, 'out', 'renderer', 'index.html'),
});

export const pageSender = (url: string) => ({ senderFrame: { url, parent: null } });
export const appPageUrl = (location: AppLocation & { kind: 'file' }) =>
  pathToFileURL(location.indexPath).href;

export function fakeOpenDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const calls: OpenDialogOptions[] = [];
  const dialog: OpenDialog = {
    showOpenDialog: async (options) => {
      calls.push(options);
      return answer;
    },
  };
  return { dialog, calls };
}

export function fakeSaveDialog(answer: { canceled: boolean; filePath?: string }) {
  const calls: SaveDialogOptions[] = [];
  const dialog: SaveDialog = {
    showSaveDialog: async (options) => {
      calls.push(options);
      return answer;
    },
  };
  return { dialog, calls };
}

/** A printer that records the HTML it was given and answers with a small PDF-looking byte string. */
export function fakePrinter(answer: Uint8Array = new TextEncoder().encode('%PDF-1.7\n%fake\n')) {
  const printed: string[] = [];
  const printHtml: PrintHtml = async (html) => {
    printed.push(html);
    return answer;
  };
  return { printHtml, printed };
}

/**
 * A keychain stand-in: reversible, but nothing like the plain text (each byte shifted and the whole
 * reversed), with the backend a Linux desktop without a keyring reports available as an option.
 */
export function fakeSecrets(options: { available?: boolean; backend?: string } = {}): SecretStorage {
  const shift = (text: string, by: number) =>
    [...text].map((c) => String.fromCodePoint(c.codePointAt(0)! + by)).join('');
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) => Buffer.from(`v10${shift([...plain].reverse().join(''), 7)}`, 'utf8'),
    decryptString: (bytes) => {
      const text = bytes.toString('utf8');
      if (!text.startsWith('v10')) throw new Error('not ours');
      return [...shift(text.slice(3), -7)].reverse().join('');
    },
  };
}

/** The sync settings' real store in `dir` (with a fake keychain) and the door it opens. */
export function wireSyncDeps(dir: string, secrets: SecretStorage = fakeSecrets()) {
  const door = createSyncDoor();
  const file = join(dir, 'sync-settings.json');
  const credentials = createSyncCredentialStore({ secrets, fs, file });
  return { door, credentials, file };
}

export type DialogAnswers = {
  open: { canceled: boolean; filePaths: string[] };
  save: { canceled: boolean; filePath?: string };
};

/**
 * The real main-process IPC handlers over the real file system, with fake dialogs giving `answers`, a
 * 1 KB open limit, and our page (the built index.html under `dir`) as the only app page.
 */
export function wireTestHandlers(dir: string, answers: DialogAnswers, log?: (message: string) => void) {
  const location = appLocation(dir) as AppLocation & { kind: 'file' };
  const open = fakeOpenDialog(answers.open);
  const save = fakeSaveDialog(answers.save);
  const print = fakePrinter();
  const handlers = createIpcHandlers({
    open: { dialog: open.dialog, fs, maxFileBytes: 1024 },
    save: { dialog: save.dialog, fs, defaultDirectory: dir },
    print: { printHtml: print.printHtml },
    sync: wireSyncDeps(dir),
    isAppPage: (url) => isAppPageUrl(url, location),
    ...(log ? { log } : {}),
  });
  const handler = (channel: string) => handlers[channel] as IpcHandler | undefined;
  return { handlers, handler, open, save, print, pageUrl: appPageUrl(location) };
}
