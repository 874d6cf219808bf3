// The sandboxed preload (built to out/preload/index.cjs): exposes the Platform seam to the page as
// window.evidence. The page never sees ipcRenderer or an IPC event, only these few functions.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge, type Subscribe } from './create-bridge';

const subscribe: Subscribe = (channel, listener) => {
  const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

contextBridge.exposeInMainWorld(
  'evidence',
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload), subscribe),
);
