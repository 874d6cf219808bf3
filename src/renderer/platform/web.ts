// The web host's side of the platform seam: files come in through a hidden <input type=file> and go out
// as a download. Nothing leaves the browser; the page never sees a path on disk. A passage to show comes
// in the URL hash (passage-hash.ts).
import type { PickedFile, Platform } from '../../core/model/platform';
import { watchPassageHash } from './passage-hash';
import { readPagePolicy } from './page-policy';
import { createSessionSyncSettings } from './session-sync-settings';

async function readPicked(files: File[], maxBytes: number | undefined): Promise<PickedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      // A file over the app's limit is not read at all: its size is enough to refuse it.
      if (maxBytes !== undefined && file.size > maxBytes) {
        return { name: file.name, bytes: new Uint8Array(0), size: file.size };
      }
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), size: file.size };
    }),
  );
}

function pickFiles(
  doc: Document,
  options: { extensions: string[]; multiple: boolean; maxBytes?: number },
): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = options.extensions.map((extension) => `.${extension}`).join(',');
    input.hidden = true;
    input.addEventListener(
      'change',
      () => {
        const files = Array.from(input.files ?? []);
        input.remove();
        readPicked(files, options.maxBytes).then(resolve, reject);
      },
      { once: true },
    );
    // Browsers fire 'cancel' (not 'change') when the picker is dismissed.
    input.addEventListener(
      'cancel',
      () => {
        input.remove();
        resolve([]);
      },
      { once: true },
    );
    // Some browsers only open the picker for an input that is in the document.
    doc.body.append(input);
    input.click();
  });
}

function downloadBytes(
  doc: Document,
  options: { suggestedName: string; bytes: Uint8Array; mimeType: string },
): void {
  // Copied into a plain ArrayBuffer-backed array, which is what Blob accepts.
  const blob = new Blob([new Uint8Array(options.bytes)], {
    type: options.mimeType || 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = options.suggestedName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createWebPlatform(doc: Document = document): Platform {
  return {
    host: 'web',
    openFiles: (options) => pickFiles(doc, options),
    // The browser decides where the download goes and cannot tell us if the user cancels its prompt.
    saveFile: async (options) => {
      downloadBytes(doc, options);
      return true;
    },
    syncSettings: createSessionSyncSettings(readPagePolicy(doc)),
    onOpenPassage: (listener) => {
      const win = doc.defaultView;
      return win ? watchPassageHash(win, listener) : () => {};
    },
  };
}
