// The only module that touches Electron: wires the plain, tested pieces (window options, CSP, request
// and permission policy, IPC handlers, menu) into the app's lifecycle. Keep logic out of here.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  safeStorage,
  session,
  type MenuItemConstructorOptions,
} from 'electron';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand } from '../core/ipc/ipc-channels';
import { isAppPageUrl, isRequestAllowed, resolveAppLocation, type AppLocation } from './app-location';
import {
  buildContentSecurityPolicy,
  buildDevContentSecurityPolicy,
  withContentSecurityPolicy,
} from './content-security-policy';
import { createIpcHandlers } from './ipc-handlers';
import { IPC_CHANNELS } from '../core/ipc/ipc-channels';
import { buildMenuTemplate } from './menu-template';
import { resolveMaxFileBytes } from './open-files';
import { findPassageLink, handlePassageLink, PASSAGE_LINK_SCHEME } from './passage-link';
import { isPermissionGranted } from './permission-policy';
import { htmlPageUrl, isPrintRequestAllowed } from './print-pdf';
import { readPassageUrl } from './read-passage-url';
import { createSyncCredentialStore, type SyncCredentialStore } from './sync-credentials';
import { createSyncDoor, type SyncDoor } from './sync-door';
import { buildWindowOptions, resolvePreloadPath, resolveRendererDir } from './window-options';

const log = (message: string): void => console.warn(message);

function resolveLocation(mainDir: string): AppLocation {
  // Vite replaces import.meta.env.DEV at build time: true only in `electron-vite dev`, so a built app,
  // packaged or started with `npm start`, never follows ELECTRON_RENDERER_URL.
  return resolveAppLocation({
    devBuild: (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV === true,
    devUrl: process.env['ELECTRON_RENDERER_URL'],
    rendererDir: resolveRendererDir(mainDir),
    join,
  });
}

function hardenSession(location: AppLocation, door: SyncDoor): void {
  // Both read the sync door on every request, so saving or forgetting the sync settings takes effect at once.
  const policy = (): string =>
    location.kind === 'dev-server'
      ? buildDevContentSecurityPolicy(location.url, door.origin())
      : buildContentSecurityPolicy(door.origin());
  const { webRequest } = session.defaultSession;
  webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy()) });
  });
  webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, location, door.origin());
    if (!allowed) log(`[request] blocked ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    isPermissionGranted(permission),
  );
}

function confineContents(location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    const stayInApp = (event: { url: string; preventDefault: () => void }): void => {
      if (!isAppPageUrl(event.url, location)) {
        log(`[navigation] blocked ${event.url}`);
        event.preventDefault();
      }
    };
    contents.on('will-navigate', stayInApp);
    contents.on('will-redirect', stayInApp);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** An in-memory session for printing: it loads the briefing page itself and nothing else. */
const PRINT_PARTITION = 'briefing-print';

function hardenPrintSession(): void {
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isPrintRequestAllowed(details.url) }),
  );
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/** Prints a page in a hidden window with scripts off, then closes the window. */
async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: session.fromPartition(PRINT_PARTITION),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  try {
    await window.loadURL(htmlPageUrl(html));
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
  }
}

function registerIpc(
  location: AppLocation,
  getWindow: () => BrowserWindow | undefined,
  sync: { credentials: SyncCredentialStore; door: SyncDoor },
): void {
  const withWindow = <T>(show: (window: BrowserWindow | undefined) => Promise<T>) => show(getWindow());
  const handlers = createIpcHandlers({
    open: {
      dialog: {
        showOpenDialog: (o) =>
          withWindow((w) => (w ? dialog.showOpenDialog(w, o) : dialog.showOpenDialog(o))),
      },
      fs,
      maxFileBytes: resolveMaxFileBytes(process.env),
    },
    save: {
      dialog: {
        showSaveDialog: (o) =>
          withWindow((w) => (w ? dialog.showSaveDialog(w, o) : dialog.showSaveDialog(o))),
      },
      fs,
      defaultDirectory: app.getPath('documents'),
    },
    print: { printHtml: printHtmlToPdf },
    sync,
    isAppPage: (url) => isAppPageUrl(url, location),
    log,
  });
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}

function createWindow(mainDir: string, location: AppLocation): BrowserWindow {
  const icon = join(mainDir, '..', '..', 'resources', 'icon.png');
  const window = new BrowserWindow(
    buildWindowOptions({ preload: resolvePreloadPath(mainDir), ...(existsSync(icon) ? { icon } : {}) }),
  );
  window.once('ready-to-show', () => window.show());
  const loading =
    location.kind === 'dev-server' ? window.loadURL(location.url) : window.loadFile(location.indexPath);
  loading.catch((error: unknown) => log(`[window] could not load the app: ${String(error)}`));
  return window;
}

export function runApp(): void {
  const mainDir = dirname(fileURLToPath(import.meta.url));
  const location = resolveLocation(mainDir);
  let mainWindow: BrowserWindow | undefined;

  // One instance: a second would share (and contend for) the same on-disk library.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  confineContents(location);

  const openWindow = (): void => {
    mainWindow = createWindow(mainDir, location);
    mainWindow.on('closed', () => (mainWindow = undefined));
  };
  const sendCommand = (command: MenuCommand): void =>
    mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);

  // A passage link goes to the window once the app is ready, and once its page has loaded.
  const sendToWindow = (channel: string, payload: unknown): void => {
    if (!mainWindow) openWindow();
    const window = mainWindow;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const contents = window.webContents;
    if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(channel, payload));
    else contents.send(channel, payload);
  };
  const openPassageLink = (url: string): void =>
    void app.whenReady().then(() => handlePassageLink(url, { parse: readPassageUrl, sendToWindow, log }));

  app.on('second-instance', (_event, argv) => {
    const link = findPassageLink(argv);
    if (link) return openPassageLink(link);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS hands links to the running app (or the one starting) this way.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openPassageLink(url);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });

  void app.whenReady().then(async () => {
    const door = createSyncDoor();
    const credentials = createSyncCredentialStore({
      secrets: safeStorage,
      fs,
      file: join(app.getPath('userData'), 'sync-settings.json'),
    });
    // The configured server is admitted before the page loads, so "Keep in sync" can start at once.
    door.openFor((await credentials.load().catch(() => null))?.serverUrl);
    hardenSession(location, door);
    hardenPrintSession();
    // Only an installed app claims `evidence:` links; a development run leaves the desktop's choice alone.
    if (app.isPackaged) app.setAsDefaultProtocolClient(PASSAGE_LINK_SCHEME);
    registerIpc(location, () => mainWindow, { credentials, door });
    const template = buildMenuTemplate({
      isDevelopment: location.kind === 'dev-server',
      isMac: process.platform === 'darwin',
      sendCommand,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
    openWindow();
    // Windows and Linux start the app with the link among its arguments.
    const link = findPassageLink(process.argv);
    if (link) openPassageLink(link);
  });
}
