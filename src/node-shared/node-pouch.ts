// PouchDB for Node (the CLI, tests and benchmarks): LevelDB databases in a folder, memory databases, and
// http databases on a sync server, all as core's PouchLike so the one sync engine drives them.
import PouchDB from 'pouchdb-node';
import memoryAdapter from 'pouchdb-adapter-memory';
import type { PouchFactory, PouchLike } from '../core/sync/pouch-types';

PouchDB.plugin(memoryAdapter);

/** Opens a database by name or address: a folder path (LevelDB) or an http(s) address (a server). */
export const openNodePouch: PouchFactory = (name, options) =>
  new PouchDB(name, options) as unknown as PouchLike;

let memoryCount = 0;

/** A fresh in-memory database; the name is made unique, so two calls never share one. */
export function openMemoryPouch(label = 'evidence-sync'): PouchLike {
  memoryCount += 1;
  return new PouchDB(`${label}-${process.pid}-${memoryCount}-${Date.now()}`, {
    adapter: 'memory',
  }) as unknown as PouchLike;
}
