// The 'files:open' handler: shows the native open dialog and reads the chosen files, refusing any file
// over the size limit before reading a byte of it, so a stray video cannot freeze the app.
import { basename } from 'node:path';
import { describeFileError } from '../core/files/describe-file-error';
import { formatSize } from '../core/files/format-size';
import { spansWholeBuffer } from '../core/files/whole-buffer';
import type { OpenFilesRequest } from '../core/ipc/ipc-schemas';
import type { PickedFile } from '../core/model/platform';

export const DEFAULT_MAX_OPEN_BYTES = 200 * 1024 * 1024;

export type OpenDialogOptions = {
  title: string;
  filters: { name: string; extensions: string[] }[];
  properties: Array<'openFile' | 'multiSelections'>;
};

/** Electron's dialog, already bound to the window (so tests can hand in a fake that returns real paths). */
export type OpenDialog = {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
};

export type ReadFileSystem = {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
};

export type OpenFilesDeps = { dialog: OpenDialog; fs: ReadFileSystem; maxFileBytes: number };

/** The limit from EVIDENCE_MAX_FILE_MB when it is a positive number, else the default. */
export function resolveMaxFileBytes(env: Record<string, string | undefined>): number {
  const mb = Number(env['EVIDENCE_MAX_FILE_MB']);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MAX_OPEN_BYTES;
}

function tooLargeMessage(files: { name: string; size: number }[], limit: number): string {
  const list = files.map((f) => `"${f.name}" (${formatSize(f.size)})`).join(', ');
  const noun = files.length === 1 ? 'This file is' : 'These files are';
  return `${noun} larger than the ${formatSize(limit)} limit: ${list}. No files were opened.`;
}

async function checkFile(path: string, deps: OpenFilesDeps): Promise<{ name: string; size: number }> {
  const name = basename(path);
  try {
    const stats = await deps.fs.stat(path);
    if (!stats.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return { name, size: stats.size };
  } catch (error) {
    throw new Error(describeFileError('open', name, error), { cause: error });
  }
}

/**
 * A plain Uint8Array over exactly the file's bytes: IPC clones a view's whole underlying buffer, so a
 * Buffer sharing a pool must be copied, and a plain array also keeps Node's Buffer API out of the page.
 */
function toOwnedBytes(bytes: Uint8Array): Uint8Array {
  return spansWholeBuffer(bytes) ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

export async function openFiles(request: OpenFilesRequest, deps: OpenFilesDeps): Promise<PickedFile[]> {
  const result = await deps.dialog.showOpenDialog({
    title: request.title,
    filters:
      request.extensions.length > 0 ? [{ name: 'Supported files', extensions: request.extensions }] : [],
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled || result.filePaths.length === 0) return [];
  const paths = request.multiple ? result.filePaths : result.filePaths.slice(0, 1);

  const checked = await Promise.all(paths.map((path) => checkFile(path, deps)));
  const oversize = checked.filter((file) => file.size > deps.maxFileBytes);
  if (oversize.length > 0) throw new Error(tooLargeMessage(oversize, deps.maxFileBytes));

  const picked: PickedFile[] = [];
  for (const [index, path] of paths.entries()) {
    const name = checked[index]?.name ?? basename(path);
    let bytes: Uint8Array;
    try {
      bytes = await deps.fs.readFile(path);
    } catch (error) {
      throw new Error(describeFileError('open', name, error), { cause: error });
    }
    // The file may have grown since it was checked.
    if (bytes.byteLength > deps.maxFileBytes) {
      throw new Error(tooLargeMessage([{ name, size: bytes.byteLength }], deps.maxFileBytes));
    }
    picked.push({ name, bytes: toOwnedBytes(bytes) });
  }
  return picked;
}
