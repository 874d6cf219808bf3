// The IPC contract between the page and the main process: channel names and a zod schema for every
// message the page may send. Anything that does not match is rejected before a handler sees it.
import { z } from 'zod';

export const IPC_CHANNELS = {
  openFiles: 'files:open',
  saveFile: 'files:save',
  /** Main -> page only: a native menu item was chosen. */
  menuCommand: 'menu:command',
} as const;

export const MENU_COMMANDS = ['import-documents', 'export-database'] as const;

const fileExtension = z
  .string()
  .regex(/^[A-Za-z0-9]{1,16}$/, 'a file extension is letters and digits without the dot');

export const openFilesRequestSchema = z
  .object({
    title: z.string().max(200),
    extensions: z.array(fileExtension).max(64),
    multiple: z.boolean(),
  })
  .strict();

export const saveFileRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a file name, not a path'),
    bytes: z.instanceof(Uint8Array),
    mimeType: z.string().max(200),
  })
  .strict();

export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>;
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

/**
 * What every handler answers. Errors travel as data because Electron wraps a thrown error's message in
 * "Error invoking remote method …", which is not something to show a researcher.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };
