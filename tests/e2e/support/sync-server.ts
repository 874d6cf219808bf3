// A real CouchDB-protocol server for the e2e tests: pouchdb-server from npm, in memory, on a free loopback
// port, set up as a team would set up theirs (an admin, a database, a member user, the database's
// _security, CORS for the web page's origin). Its working folder is a temporary one, removed after.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort, waitForHttp } from './free-port';

export type SyncServer = { url: string; stop: () => Promise<void> };

const ADMIN = { name: 'admin', password: 'admin-secret' };

async function call(url: string, method: string, body: unknown, auth?: { name: string; password: string }) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth)
    headers['Authorization'] = `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}`;
  const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
}

/** Starts the server with one database whose only member is `member`. */
export async function startSyncServer(options: {
  database: string;
  member: { name: string; password: string };
}): Promise<SyncServer> {
  const port = await findFreePort();
  const dir = await mkdtemp(join(tmpdir(), 'evidence-sync-server-'));
  const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--in-memory', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${url}/`);
    await call(`${url}/_config/admins/${ADMIN.name}`, 'PUT', ADMIN.password);
    const config = (section: string, key: string, value: string) =>
      call(`${url}/_config/${section}/${key}`, 'PUT', value, ADMIN);
    await config('httpd', 'enable_cors', 'true');
    await config('cors', 'origins', '*');
    await config('cors', 'credentials', 'true');
    await config('cors', 'methods', 'GET, PUT, POST, HEAD, DELETE');
    await config('cors', 'headers', 'accept, authorization, content-type, origin, referer');
    await call(`${url}/${options.database}`, 'PUT', undefined, ADMIN);
    const { name, password } = options.member;
    await call(
      `${url}/_users/org.couchdb.user:${name}`,
      'PUT',
      { name, password, roles: [], type: 'user' },
      ADMIN,
    );
    await call(
      `${url}/${options.database}/_security`,
      'PUT',
      { admins: { names: [], roles: [] }, members: { names: [name], roles: [] } },
      ADMIN,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
