// The desktop host's side of the platform seam: a thin wrapper over window.evidence, which the preload
// exposes. It checks the bridge's shape once, so a missing preload shows up as "web", not as a crash later.
import type { Platform } from '../../core/model/platform';

type Bridge = Platform & { host: 'electron' };

/** The preload's bridge on this global scope, if there is one with the functions the app needs. */
export function findElectronBridge(scope: object = globalThis): Bridge | undefined {
  const candidate = (scope as { evidence?: Partial<Platform> }).evidence;
  if (!candidate || candidate.host !== 'electron') return undefined;
  if (typeof candidate.openFiles !== 'function' || typeof candidate.saveFile !== 'function') return undefined;
  if (typeof candidate.syncSettings?.load !== 'function') return undefined;
  return candidate as Bridge;
}

export function createElectronPlatform(bridge: Bridge): Platform {
  const { onMenuCommand, printPdf, onOpenPassage } = bridge;
  return {
    host: 'electron',
    openFiles: (options) => bridge.openFiles(options),
    saveFile: (options) => bridge.saveFile(options),
    syncSettings: {
      load: () => bridge.syncSettings.load(),
      save: (settings) => bridge.syncSettings.save(settings),
      clear: () => bridge.syncSettings.clear(),
    },
    ...(typeof onMenuCommand === 'function' ? { onMenuCommand: (listener) => onMenuCommand(listener) } : {}),
    ...(typeof printPdf === 'function' ? { printPdf: (html) => printPdf(html) } : {}),
    ...(typeof onOpenPassage === 'function' ? { onOpenPassage: (listener) => onOpenPassage(listener) } : {}),
  };
}
