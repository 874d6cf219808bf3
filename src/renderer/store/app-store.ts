// The renderer's one store: the slices of UI state, combined. The open source and the settings are
// remembered across reloads in a key-value storage (localStorage in the app; any Storage-like object in tests).
import { createStore, type Store } from './create-store';
import { codebook } from './slices/codebook';
import { dialogs } from './slices/dialogs';
import { draft } from './slices/draft';
import { filters } from './slices/filters';
import { focus } from './slices/focus';
import { navigation } from './slices/navigation';
import { notices } from './slices/notices';
import { persistence } from './slices/persistence';
import { search } from './slices/search';
import { isOcrMode, settings } from './slices/settings';
import { suggestionView } from './slices/suggestion-view';
import { sync } from './slices/sync';
import { tasks } from './slices/tasks';
import { undo } from './slices/undo';
import { versions } from './slices/versions';

const slices = {
  navigation,
  draft,
  filters,
  suggestionView,
  focus,
  dialogs,
  notices,
  undo,
  tasks,
  persistence,
  codebook,
  versions,
  search,
  settings,
  sync,
};

export type AppStore = Store<typeof slices>;
export type AppState = ReturnType<AppStore['getState']>;
export type AppActions = AppStore['actions'];

/** What the store needs of localStorage. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const OPEN_SOURCE_KEY = 'evidence-workbench.openSourceId';
const OCR_MODE_KEY = 'evidence-workbench.ocrMode';
const KEEP_IN_SYNC_KEY = 'evidence-workbench.keepInSync';

export function createAppStore(storage?: KeyValueStorage): AppStore {
  const store = createStore(slices);
  if (!storage) return store;
  const remembered = safely(() => storage.getItem(OPEN_SOURCE_KEY));
  if (remembered) store.actions.navigation.openSource(remembered);
  const ocrMode = safely(() => storage.getItem(OCR_MODE_KEY));
  if (isOcrMode(ocrMode)) store.actions.settings.setOcrMode(ocrMode);
  // "Keep in sync" is a preference, not a secret: it is remembered like the open source.
  if (safely(() => storage.getItem(KEEP_IN_SYNC_KEY)) === 'true') store.actions.sync.setKeepInSync(true);
  let saved = store.getState().navigation.openSourceId;
  let savedMode = store.getState().settings.ocrMode;
  let keep = store.getState().sync.keepInSync;
  store.subscribe(() => {
    const { navigation, settings: current, sync: syncState } = store.getState();
    if (current.ocrMode !== savedMode) {
      savedMode = current.ocrMode;
      safely(() => storage.setItem(OCR_MODE_KEY, savedMode));
    }
    if (syncState.keepInSync !== keep) {
      keep = syncState.keepInSync;
      safely(() => (keep ? storage.setItem(KEEP_IN_SYNC_KEY, 'true') : storage.removeItem(KEEP_IN_SYNC_KEY)));
    }
    const id = navigation.openSourceId;
    if (id === saved) return;
    saved = id;
    safely(() => (id ? storage.setItem(OPEN_SOURCE_KEY, id) : storage.removeItem(OPEN_SOURCE_KEY)));
  });
  return store;
}

// Private modes may refuse storage; the app still works, it just forgets the open source.
function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
