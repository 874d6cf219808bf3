// A real CouchDB-protocol server for the sync tests: pouchdb-server from npm, started as a child process
// on a free 127.0.0.1 port (in memory, or on LevelDB in a folder so it can be killed and restarted with
// its data), working in a fresh temporary folder (it writes its config and log there), and stopped after.
// Helpers set up what a team's administrator would: an admin, users, the database's `_security` and a
// validate_doc_update that lets only the "writer" role change documents.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './repo-paths';

const SERVER_BIN = path.join(repoRoot, 'node_modules/pouchdb-server/bin/pouchdb-server');
export const ADMIN = { username: 'admin', password: 'admin-secret' };

export type TestServer = {
  url: string;
  port: number;
  /** Stops the server (SIGKILL when `hard`: a crash, nothing flushed). */
  stop(options?: { hard?: boolean }): Promise<void>;
  /** Starts it again on the same port and folder. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
  /** A request as the admin (or anonymously with `auth: null`); JSON in and out. */
  request(method: string, urlPath: string, body?: unknown, auth?: Credentials | null): Promise<Response>;
};
type Credentials = { username: string; password: string };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pouchdb-server did not start within 30 s');
}

/**
 * Starts a server. `persistent`: LevelDB in the server's folder (survives a restart); otherwise in memory.
 * With `admin`, the server leaves "admin party" and needs the admin's password for setup requests.
 */
export async function startTestServer(
  options: { persistent?: boolean; admin?: boolean } = {},
): Promise<TestServer> {
  const folder = mkdtempSync(path.join(tmpdir(), 'evidence-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let adminOn = false;

  const launch = async () => {
    const args = [SERVER_BIN, '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'];
    args.push(...(options.persistent ? ['--dir', path.join(folder, 'data')] : ['--in-memory']));
    const started = spawn(process.execPath, args, { cwd: folder, stdio: 'ignore' });
    child = started;
    await waitUntilUp(url, started);
  };
  const stop = async ({ hard = false } = {}) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  const request = (method: string, urlPath: string, body?: unknown, auth?: Credentials | null) => {
    const who = auth === undefined ? (adminOn ? ADMIN : null) : auth;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
    };
    if (who)
      headers.Authorization = `Basic ${Buffer.from(`${who.username}:${who.password}`).toString('base64')}`;
    return fetch(`${url}${urlPath}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  };

  await launch();
  if (options.admin) {
    const made = await request('PUT', `/_config/admins/${ADMIN.username}`, ADMIN.password, null);
    if (!made.ok) throw new Error(`could not make the admin: ${made.status}`);
    adminOn = true;
  }
  return {
    url,
    port,
    stop,
    restart: launch,
    async dispose() {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
    request,
  };
}

/** Creates a database; throws with the server's answer when it cannot. */
export async function createDatabase(server: TestServer, name: string): Promise<void> {
  const res = await server.request('PUT', `/${name}`);
  if (!res.ok) throw new Error(`could not create ${name}: ${res.status} ${await res.text()}`);
}

/**
 * A team as a CouchDB administrator sets one up (see the README): users and the database's members, and
 * with `writersOnly` the validate_doc_update that lets only the "writer" role change documents. That rule
 * is kept to a database of its own in the tests: pouchdb-server's validation plugin (4.2.0) silently skips
 * replicated *updates* of existing documents whenever a database has any validate_doc_update
 * (pouchdb/pouchdb-server#419), which real CouchDB does not; refusals of new documents work as in CouchDB.
 */
export async function setUpTeam(
  server: TestServer,
  database: string,
  users: { username: string; password: string; roles: string[] }[],
  options: { writersOnly?: boolean } = {},
): Promise<void> {
  for (const user of users) {
    const res = await server.request('PUT', `/_users/org.couchdb.user:${user.username}`, {
      name: user.username,
      password: user.password,
      roles: user.roles,
      type: 'user',
    });
    // 409: the user exists already (a second database for the same team).
    if (!res.ok && res.status !== 409) throw new Error(`could not make user ${user.username}: ${res.status}`);
  }
  const security = await server.request('PUT', `/${database}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: users.map((u) => u.username), roles: [] },
  });
  if (!security.ok) throw new Error(`could not set _security: ${security.status}`);
  if (!options.writersOnly) return;
  const access = await server.request('PUT', `/${database}/_design/access`, {
    validate_doc_update: WRITERS_ONLY,
  });
  if (!access.ok) throw new Error(`could not set the access rule: ${access.status}`);
}

/** The validate_doc_update of the README: members without the "writer" role may read but not write. */
export const WRITERS_ONLY = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('writer') === -1 && userCtx.roles.indexOf('_admin') === -1) {
    throw({ forbidden: 'Only members with the writer role may change this library.' });
  }
}`;
