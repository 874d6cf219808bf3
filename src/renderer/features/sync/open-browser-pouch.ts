// PouchDB in the app: the local database in IndexedDB beside the library, and the team's database over
// http(s). Loaded on first use only, so a workbench with no server configured never loads it.
import type { PouchFactory } from '../../../core/sync/pouch-types';

export async function loadBrowserPouch(): Promise<PouchFactory> {
  const { default: PouchDB } = await import('pouchdb-browser');
  return (name, options) => new PouchDB(name, options) as ReturnType<PouchFactory>;
}

/**
 * The local database's name: one per library and per team database, so switching servers never mixes
 * what one server holds with another's. Only letters, digits and dashes (it names an IndexedDB database).
 */
export function localPouchName(libraryName: string, serverUrl: string, database: string): string {
  const safe = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${safe(libraryName)}--sync--${safe(serverUrl)}--${safe(database)}`;
}
