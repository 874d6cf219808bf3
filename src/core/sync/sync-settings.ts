// What a researcher configures for team sync: the server, the database on it, and who they are there.
// The database name follows CouchDB's own rule, so a name the server would refuse is caught in the form.

export type SyncSettings = {
  /** The server's address, e.g. https://couch.example.org (checked by parseSyncServer). */
  serverUrl: string;
  database: string;
  username: string;
  password: string;
};

/** CouchDB: a lower-case letter first, then lower-case letters, digits and _ $ ( ) + - /. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
export const MAX_DATABASE_NAME = 238;

/** Why a database name cannot be used, or null when it can. */
export function checkDatabaseName(name: string): string | null {
  if (name.length === 0) return 'Give the database name.';
  if (name.length > MAX_DATABASE_NAME) return `A database name has at most ${MAX_DATABASE_NAME} characters.`;
  if (!DATABASE_NAME.test(name)) {
    return 'A database name starts with a lower-case letter and holds only a–z, 0–9 and _ $ ( ) + - /.';
  }
  return null;
}
