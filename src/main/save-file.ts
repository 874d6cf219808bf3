// The 'files:save' handler: asks where to save with the native dialog (the suggested name pre-filled in
// the user's documents folder) and writes the bytes atomically. Cancelling answers false.
import { extname, join } from 'node:path';
import { describeFileError } from '../core/files/describe-file-error';
import type { SaveFileRequest } from '../core/ipc/ipc-schemas';
import { writeFileAtomic, type AtomicFileSystem } from '../node-shared/write-file-atomic';

export type SaveDialogOptions = {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
};

/** Electron's dialog, already bound to the window. */
export type SaveDialog = {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
};

export type SaveFileDeps = { dialog: SaveDialog; fs: AtomicFileSystem; defaultDirectory: string };

function filtersFor(name: string): SaveDialogOptions['filters'] {
  const extension = extname(name).slice(1);
  return extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] : [];
}

export async function saveFile(request: SaveFileRequest, deps: SaveFileDeps): Promise<boolean> {
  const result = await deps.dialog.showSaveDialog({
    title: 'Save',
    defaultPath: join(deps.defaultDirectory, request.suggestedName),
    filters: filtersFor(request.suggestedName),
  });
  if (result.canceled || !result.filePath) return false;
  try {
    await writeFileAtomic(result.filePath, request.bytes, deps.fs);
  } catch (error) {
    throw new Error(describeFileError('save', result.filePath, error), { cause: error });
  }
  return true;
}
