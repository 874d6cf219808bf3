// The browser PouchDB's constructor, declared only: the engine's view of its API is core's PouchLike
// (core/sync/pouch-types.ts), and open-browser-pouch.ts casts to it.
declare module 'pouchdb-browser' {
  const PouchDB: new (name: string, options?: Record<string, unknown>) => unknown;
  export default PouchDB;
}
