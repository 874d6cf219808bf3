// What scripts/bench-sync.mjs measures: the sync engine and the bundle merge as the app ships them,
// bundled by Vite for plain Node (PouchDB itself is imported by the script, not bundled).
export { describeRange } from '../src/core/anchoring/describe-range';
export { createBundle, serialiseBundle } from '../src/core/exchange/create-bundle';
export { mergeLibraries } from '../src/core/exchange/merge-libraries';
export { parseBundle } from '../src/core/exchange/parse-bundle';
export { reconcileClaims } from '../src/core/exchange/reconcile-claims';
export { connectRemote } from '../src/core/sync/connect-remote';
export { createMemoryLibrary } from '../src/core/sync/memory-library';
export { recordToDoc } from '../src/core/sync/sync-documents';
export { createSyncSession } from '../src/core/sync/sync-session';
