// The complete set of IPC handlers, keyed by channel, each guarded (sender and schema). electron-app.ts
// registers them with ipcMain.handle; tests call them directly with real files and fake senders.
import { guardIpcHandler, type IpcSenderEvent } from './guard-ipc';
import { IPC_CHANNELS, type IpcResult } from '../core/ipc/ipc-channels';
import {
  emptyRequestSchema,
  openFilesRequestSchema,
  printPdfRequestSchema,
  saveFileRequestSchema,
  syncSettingsSchema,
} from '../core/ipc/ipc-schemas';
import { openFiles, type OpenFilesDeps } from './open-files';
import { printPdf, type PrintPdfDeps } from './print-pdf';
import { saveFile, type SaveFileDeps } from './save-file';
import {
  clearSyncSettings,
  loadSyncSettings,
  saveSyncSettings,
  type SyncSettingsDeps,
} from './sync-settings-handlers';

export type IpcHandler = (event: IpcSenderEvent, payload: unknown) => Promise<IpcResult<unknown>>;

export type IpcHandlerDeps = {
  open: OpenFilesDeps;
  save: SaveFileDeps;
  print: PrintPdfDeps;
  sync: SyncSettingsDeps;
  isAppPage: (url: string) => boolean;
  log?: (message: string) => void;
};

export function createIpcHandlers(deps: IpcHandlerDeps): Record<string, IpcHandler> {
  const guard = { isAppPage: deps.isAppPage, ...(deps.log ? { log: deps.log } : {}) };
  return {
    [IPC_CHANNELS.openFiles]: guardIpcHandler(
      openFilesRequestSchema,
      (request) => openFiles(request, deps.open),
      {
        ...guard,
        channel: IPC_CHANNELS.openFiles,
      },
    ),
    [IPC_CHANNELS.saveFile]: guardIpcHandler(
      saveFileRequestSchema,
      (request) => saveFile(request, deps.save),
      {
        ...guard,
        channel: IPC_CHANNELS.saveFile,
      },
    ),
    [IPC_CHANNELS.printPdf]: guardIpcHandler(
      printPdfRequestSchema,
      (request) => printPdf(request, deps.print),
      {
        ...guard,
        channel: IPC_CHANNELS.printPdf,
      },
    ),
    [IPC_CHANNELS.loadSyncSettings]: guardIpcHandler(emptyRequestSchema, () => loadSyncSettings(deps.sync), {
      ...guard,
      channel: IPC_CHANNELS.loadSyncSettings,
    }),
    [IPC_CHANNELS.saveSyncSettings]: guardIpcHandler(
      syncSettingsSchema,
      (request) => saveSyncSettings(request, deps.sync),
      { ...guard, channel: IPC_CHANNELS.saveSyncSettings },
    ),
    [IPC_CHANNELS.clearSyncSettings]: guardIpcHandler(
      emptyRequestSchema,
      () => clearSyncSettings(deps.sync),
      { ...guard, channel: IPC_CHANNELS.clearSyncSettings },
    ),
  };
}
