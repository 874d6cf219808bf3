// The store remembers the open source and the OCR setting across reloads in a key-value storage, and works without one.
import { describe, expect, it } from 'vitest';
import { createAppStore, type KeyValueStorage } from '../../../src/renderer/store/app-store';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('createAppStore', () => {
  it('remembers the OCR setting, and ignores a stored value that is not a mode', () => {
    const storage = memoryStorage();
    expect(createAppStore(storage).getState().settings.ocrMode).toBe('on');
    createAppStore(storage).actions.settings.setOcrMode('off');
    expect(createAppStore(storage).getState().settings.ocrMode).toBe('off');
    storage.data.set('evidence-workbench.ocrMode', 'sometimes');
    expect(createAppStore(storage).getState().settings.ocrMode).toBe('on');
  });

  it('reopens the source that was open when the app was last used', () => {
    const storage = memoryStorage();
    createAppStore(storage).actions.navigation.openSource('s1');
    expect(createAppStore(storage).getState().navigation.openSourceId).toBe('s1');
  });

  it('forgets it once no source is open', () => {
    const storage = memoryStorage();
    const store = createAppStore(storage);
    store.actions.navigation.openSource('s1');
    store.actions.navigation.forgetSource('s1');
    expect(storage.data.size).toBe(0);
  });

  it('still works when the storage refuses (private modes)', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createAppStore(refusing);
    store.actions.navigation.openSource('s1');
    expect(store.getState().navigation.openSourceId).toBe('s1');
  });
});
