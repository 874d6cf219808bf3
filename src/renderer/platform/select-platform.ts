// Picks the host at start-up: the desktop bridge when the preload exposed window.evidence, otherwise the
// browser's own file input and downloads. The rest of the app only ever sees the Platform type.
import type { Platform } from '../../core/model/platform';
import { createElectronPlatform, findElectronBridge } from './electron';
import { createWebPlatform } from './web';

export function selectPlatform(scope: object = globalThis): Platform {
  const bridge = findElectronBridge(scope);
  return bridge ? createElectronPlatform(bridge) : createWebPlatform();
}
