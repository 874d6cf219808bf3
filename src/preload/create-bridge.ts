// Builds the object the preload exposes as window.evidence: the Platform seam implemented over IPC.
// It takes invoke/subscribe functions instead of importing Electron, so tests can run it against the
// real main-process handlers in plain Node.
import {
  IPC_CHANNELS as CHANNELS,
  isMenuCommand,
  isPassageTarget,
  type IpcResult,
  type PassageTarget,
} from '../core/ipc/ipc-channels';
import type { PickedFile, Platform } from '../core/model/platform';
import type { SyncSettings } from '../core/sync/sync-settings';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
/** Listens on a main -> page channel; returns the unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

async function call<T>(invoke: Invoke, channel: string, payload: unknown): Promise<T> {
  const result = (await invoke(channel, payload)) as IpcResult<T> | null;
  if (result && result.ok === true) return result.value;
  throw new Error(result && result.ok === false ? result.error : `No answer from the app on ${channel}.`);
}

/** IPC clones a typed array's whole buffer, so a small view over a big buffer is copied first. */
function compact(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * Passages from `evidence:` links. Main may send one as soon as the page has loaded, before the app has
 * subscribed, so the bridge listens from the start and hands the latest unheard passage to the first
 * listener.
 */
function passageChannel(subscribe: Subscribe) {
  const listeners = new Set<(target: PassageTarget) => void>();
  let unheard: PassageTarget | undefined;
  subscribe(CHANNELS.openPassage, (payload) => {
    if (!isPassageTarget(payload)) return;
    const target = { sourceId: payload.sourceId, start: payload.start, end: payload.end };
    if (listeners.size === 0) unheard = target;
    listeners.forEach((listener) => listener(target));
  });
  return (listener: (target: PassageTarget) => void): (() => void) => {
    listeners.add(listener);
    if (unheard) {
      const target = unheard;
      unheard = undefined;
      listener(target);
    }
    return () => {
      listeners.delete(listener);
    };
  };
}

export function createBridge(invoke: Invoke, subscribe: Subscribe): Required<Platform> {
  const onOpenPassage = passageChannel(subscribe);
  return {
    host: 'electron',
    openFiles: (options) =>
      call<PickedFile[]>(invoke, CHANNELS.openFiles, {
        title: options.title,
        extensions: options.extensions,
        multiple: options.multiple,
      }),
    saveFile: (options) =>
      call<boolean>(invoke, CHANNELS.saveFile, {
        suggestedName: options.suggestedName,
        bytes: compact(options.bytes),
        mimeType: options.mimeType,
      }),
    printPdf: (html) => call<Uint8Array>(invoke, CHANNELS.printPdf, { html }),
    syncSettings: {
      load: () => call<SyncSettings | null>(invoke, CHANNELS.loadSyncSettings, undefined),
      save: (settings) =>
        call<'encrypted' | 'session'>(invoke, CHANNELS.saveSyncSettings, {
          serverUrl: settings.serverUrl,
          database: settings.database,
          username: settings.username,
          password: settings.password,
        }),
      clear: async () => {
        await call<true>(invoke, CHANNELS.clearSyncSettings, undefined);
      },
    },
    onOpenPassage,
    onMenuCommand: (listener) =>
      subscribe(CHANNELS.menuCommand, (payload) => {
        if (isMenuCommand(payload)) listener(payload);
      }),
  };
}
