// Types for the PouchDB packages the Node side imports. Their API as the sync engine uses it is typed in
// core/sync/pouch-types.ts; here the constructors are only declared, and node-pouch.ts casts to that type.
// tsconfig.web.json lists this file too: a renderer test runs the CLI, which reaches node-pouch.ts.

declare module 'pouchdb-node' {
  type PouchConstructor = {
    new (name: string, options?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): PouchConstructor;
  };
  const PouchDB: PouchConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
