// Shared helpers for the main-process tests: a temporary folder per test, fake dialogs that answer with
// real paths, and senders that look like our page (or not).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AppLocation } from '../../src/main/app-location';
import type { OpenDialog, OpenDialogOptions } from '../../src/main/open-files';
import type { SaveDialog, SaveDialogOptions } from '../../src/main/save-file';

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
