// The part of PouchDB's API the sync engine uses, as structural types. Core never imports PouchDB: the host
// passes the databases in (pouchdb-node with LevelDB or the memory adapter in the CLI and tests,
// pouchdb-browser in the app), so the engine is one module for both and is tested with the real thing.

export type PouchDoc = { _id: string; _rev: string; _deleted?: boolean } & Record<string, unknown>;

export type PouchChange = {
  id: string;
  seq: number | string;
  changes: { rev: string }[];
  doc?: PouchDoc;
  deleted?: boolean;
};

export type PouchWriteResult = {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  name?: string;
  reason?: string;
  message?: string;
};

export type ReplicationResult = {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
};

type Listener = (...args: never[]) => void;
/** PouchDB's replication handle: a promise (once) that also emits events (live) and can be cancelled. */
export type Replication<T> = Promise<T> & {
  on(event: string, listener: Listener): Replication<T>;
  cancel(): void;
};

export type ReplicationOptions = {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  filter?: (doc: { _id: string }) => boolean;
};

export type PouchLike = {
  readonly name: string;
  info(): Promise<{ update_seq?: number | string }>;
  changes(options: {
    since: number | string;
    include_docs: true;
    style: 'all_docs';
    limit?: number;
  }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
  get(id: string, options: { open_revs: 'all' }): Promise<{ ok?: PouchDoc; missing?: string }[]>;
  bulkDocs(docs: object[]): Promise<PouchWriteResult[]>;
  allDocs(options: { startkey: string; endkey: string }): Promise<{ rows: { id: string }[] }>;
  /** A Buffer in Node, a Blob in browsers. */
  getAttachment(docId: string, name: string): Promise<unknown>;
  replicate: {
    to(target: PouchLike, options?: ReplicationOptions): Replication<ReplicationResult>;
    from(source: PouchLike, options?: ReplicationOptions): Replication<ReplicationResult>;
  };
  close(): Promise<void>;
};

/** How a host opens a database: PouchDB's constructor (or a wrapper that sets the adapter). */
export type PouchFactory = (
  name: string,
  options?: { auth?: { username: string; password: string }; skip_setup?: boolean },
) => PouchLike;
