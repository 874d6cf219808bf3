// Opens the team's database on the server for replication: the address from the settings (checked by
// sync-origin's rule), the database name, and the user name and password sent with each request (HTTP
// Basic over https, as CouchDB and Cloudant accept). The database is never created from here: a
// missing one is the administrator's to make, and is reported as such.
import type { PouchFactory, PouchLike } from './pouch-types';
import { databaseUrl, parseSyncServer } from './sync-origin';

export type SyncTarget = {
  serverUrl: string;
  database: string;
  credentials?: { username: string; password: string };
};

export function connectRemote(open: PouchFactory, target: SyncTarget): PouchLike {
  const server = parseSyncServer(target.serverUrl);
  if (!server.ok) throw new Error(server.error);
  const url = databaseUrl(server.serverUrl, target.database);
  const remote = open(url, { skip_setup: true, ...(target.credentials ? { auth: target.credentials } : {}) });
  return withQuietInfo(remote);
}

/**
 * PouchDB 9's replicator asks the source for `info()` after each batch only to report progress, and does
 * not handle that request failing: a server that goes away mid-replication would leave an unhandled
 * rejection (which ends a Node process) although the replication itself reports the failure as it
 * should. The remote's `info()` therefore answers with no progress figures instead of failing.
 */
function withQuietInfo(remote: PouchLike): PouchLike {
  const info = remote.info.bind(remote);
  Object.assign(remote, { info: () => info().catch(() => ({})) });
  return remote;
}
