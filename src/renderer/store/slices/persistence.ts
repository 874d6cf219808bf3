// Whether the browser has promised to keep this library (navigator.storage.persist): true, false, or not
// known (a host without the API, or not asked yet).
import { defineSlice } from '../create-store';

export type PersistenceState = { persisted: boolean | undefined };

export const persistence = defineSlice((): PersistenceState => ({ persisted: undefined }), {
  recordPersistence: (state: PersistenceState, persisted: boolean | undefined): PersistenceState =>
    state.persisted === persisted ? state : { persisted },
});
