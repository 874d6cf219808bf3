// `evidence sync BUNDLE --server URL --db NAME [--user U --password-file F]`: syncs a bundle file's
// library with a team's CouchDB-protocol database, both ways, once, through the same engine as the app
// (core/sync). What the server has is merged into the bundle exactly as importing a bundle would merge it
// (conflicting versions by other researchers are listed), and what the bundle has that the server lacks is
// sent. The local PouchDB is in memory: the bundle itself is what stays on disk. BUNDLE is created when it
// does not exist (a first pull), and replaced only when the sync reached the server.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson } from '../core/exchange/canonical-json';
import { describeFileErrorReason as reasonOf } from '../core/files/describe-file-error';
import type { Library, Versioned } from '../core/model/records';
import { connectRemote } from '../core/sync/connect-remote';
import { createMemoryLibrary } from '../core/sync/memory-library';
import { createSyncSession } from '../core/sync/sync-session';
import { parseSyncServer } from '../core/sync/sync-origin';
import { emptyLibrary, SYNC_TABLES } from '../core/sync/sync-documents';
import { openMemoryPouch, openNodePouch } from '../node-shared/node-pouch';
import { CliError, type CliContext } from './cli-context';
import { readBundleFileIfExists, writeBundleFile } from './cli-files';
import { describeConflict } from './merge-command';
import { parseCommandArgs, requireString } from './parse-command-args';

async function readPassword(file: string): Promise<string> {
  try {
    // The first line; a trailing newline from `echo` or an editor is not part of the password.
    return (await readFile(file, 'utf8')).split(/\r?\n/)[0]!;
  } catch (error) {
    throw new CliError(`cannot read the password file ${file}: ${reasonOf(error)}`);
  }
}

/** How many records of each table differ between two versions of the library. */
function countChanges(before: Library, after: Library): string {
  const parts: string[] = [];
  for (const table of SYNC_TABLES) {
    const old = new Map((before[table] as Versioned[]).map((r) => [r.id, canonicalJson(r)]));
    const changed = (after[table] as Versioned[]).filter((r) => old.get(r.id) !== canonicalJson(r)).length;
    if (changed > 0) parts.push(`${changed} ${table}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

export async function runSync(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('sync', args, {
    server: { type: 'string', short: 's' },
    db: { type: 'string', short: 'd' },
    user: { type: 'string', short: 'u' },
    'password-file': { type: 'string' },
  });
  if (parsed.positionals.length !== 1) {
    throw new CliError('sync needs exactly one BUNDLE; run `evidence help sync`');
  }
  const bundlePath = path.resolve(ctx.cwd, parsed.positionals[0]!);
  const server = parseSyncServer(requireString('sync', parsed, 'server'));
  if (!server.ok) throw new CliError(server.error);
  const database = requireString('sync', parsed, 'db');
  const user = parsed.values.user as string | undefined;
  const passwordFile = parsed.values['password-file'] as string | undefined;
  if ((user === undefined) !== (passwordFile === undefined)) {
    throw new CliError('sync needs --user and --password-file together; run `evidence help sync`');
  }
  const credentials =
    user !== undefined
      ? { username: user, password: await readPassword(path.resolve(ctx.cwd, passwordFile!)) }
      : undefined;
  const existing = await readBundleFileIfExists(bundlePath, { now: ctx.now() });
  const before = existing?.library ?? emptyLibrary();
  const library = createMemoryLibrary(before);
  const local = openMemoryPouch('evidence-cli');
  const remote = connectRemote(openNodePouch, {
    serverUrl: server.serverUrl,
    database,
    ...(credentials ? { credentials } : {}),
  });
  try {
    const session = createSyncSession({ local, remote, database, library, now: ctx.now });
    const status = await session.syncNow();
    for (const refusal of status.refused) ctx.stderr(`evidence: ${refusal.message}\n`);
    if (status.offline) {
      throw new CliError(
        `cannot reach the server at ${server.serverUrl}; ${path.basename(bundlePath)} was not changed`,
        1,
      );
    }
    if (status.error && status.error.kind !== 'read-only') throw new CliError(status.error.message);
    const after = library.snapshot();
    await writeBundleFile(bundlePath, after, ctx.now());
    const conflicts = library.conflicts();
    ctx.stdout(
      `Synced ${path.basename(bundlePath)} with ${database} at ${server.serverUrl}.\n` +
        `Received: ${countChanges(before, after)}.\n` +
        (conflicts.length > 0
          ? `Conflicts (${conflicts.length}): both sides changed these; the newer version was kept.\n` +
            `${conflicts.map(describeConflict).join('\n')}\n`
          : ''),
    );
    if (status.error) {
      ctx.stderr(`evidence: ${status.error.message}\n`);
      return 1;
    }
    return 0;
  } finally {
    await local.close();
    await remote.close();
  }
}
