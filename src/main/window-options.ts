// The one window's options, built as plain data so the security-relevant settings (isolation, sandbox,
// no Node in the page, the preload's path) are checked by tests rather than trusted.
import { join } from 'node:path';

export type WindowOptions = {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  icon?: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    spellcheck: boolean;
  };
};

/**
 * The preload electron-vite emits beside the main bundle: out/main/index.js -> out/preload/index.cjs.
 * It is CommonJS because a sandboxed preload cannot be an ES module.
 */
export function resolvePreloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs');
}

/** The built page: out/main/index.js -> out/renderer/index.html. */
export function resolveRendererDir(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}

export function buildWindowOptions(paths: { preload: string; icon?: string }): WindowOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Evidence workbench',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f6f2',
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}
