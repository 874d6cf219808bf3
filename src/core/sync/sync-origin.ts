// The one door out of the app: which server address a researcher may configure for team sync, and whether a
// request goes to it. A sync server must be https; plain http is allowed only on this machine (loopback:
// localhost, 127.0.0.0/8, [::1]), for tests and a server run locally, since anything else would send the
// library and the password in clear over a network. The main process's request filter and the CSP's
// connect-src both take the origin from here, so they can never disagree about what may be reached.
// Core has no URL parser in its typings, so the address is read by hand: scheme, host, port, path.

export type SyncOrigin = {
  /** `scheme://host[:port]`, lower-case, default port left out: the form browsers use for an origin. */
  origin: string;
  /** The address normalised (origin plus its path, no trailing slash), the base of the database URLs. */
  serverUrl: string;
};
export type SyncOriginResult = ({ ok: true } & SyncOrigin) | { ok: false; error: string };

const ADDRESS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;
const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i;
const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' };

/** Whether a host name is this machine: `localhost`, an IPv4 address in 127.0.0.0/8, or `[::1]`. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  if (name === 'localhost' || name === '[::1]') return true;
  const parts = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  return parts !== null && parts.slice(1).every((p) => Number(p) <= 255);
}

/** The sync server's origin and normalised address, or why it may not be used (in words for the settings). */
export function parseSyncServer(text: string): SyncOriginResult {
  const value = text.trim();
  const match = ADDRESS.exec(value);
  if (!match)
    return {
      ok: false,
      error: 'The server address must start with https:// (for example https://couch.example.org).',
    };
  const [, rawScheme, authority, path, query, fragment] = match as unknown as [
    string,
    string,
    string,
    string,
    string?,
    string?,
  ];
  const scheme = rawScheme.toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') {
    return { ok: false, error: `The server address must use https, not ${scheme}.` };
  }
  if (authority.includes('@')) {
    return {
      ok: false,
      error: 'Put the user name and password in their own fields, not in the server address.',
    };
  }
  if (query !== undefined || fragment !== undefined) {
    return { ok: false, error: 'The server address must not have a query (?…) or a fragment (#…).' };
  }
  const hostPort = HOST_PORT.exec(authority);
  const port = hostPort?.[2];
  if (!hostPort || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) {
    return { ok: false, error: `"${authority}" is not a server name with an optional port.` };
  }
  const host = hostPort[1]!.toLowerCase();
  if (scheme === 'http' && !isLoopbackHost(host)) {
    return {
      ok: false,
      error:
        'Plain http is allowed only for a server on this computer (localhost); use https for any other server.',
    };
  }
  const keptPort =
    port === undefined || String(Number(port)) === DEFAULT_PORT[scheme] ? '' : `:${Number(port)}`;
  const origin = `${scheme}://${host}${keptPort}`;
  if (/[\s<>"'`\\{}|^]/u.test(path)) {
    return {
      ok: false,
      error: 'The server address has a space or a character that must be percent-encoded.',
    };
  }
  return { ok: true, origin, serverUrl: `${origin}${path.replace(/\/+$/, '')}` };
}

/**
 * Whether a request may go out while sync is on: only to the configured origin, exactly (same scheme,
 * host and port). Any other address, another port of the same host included, is refused.
 */
export function isRequestToSyncOrigin(requestUrl: string, syncOrigin: string): boolean {
  const parsed = parseSyncServer(requestUrl.replace(/[?#].*$/s, ''));
  return parsed.ok && parsed.origin === syncOrigin;
}

/** The database's address on the server: the server's address and the database name, percent-encoded. */
export function databaseUrl(serverUrl: string, database: string): string {
  return `${serverUrl}/${encodeURIComponent(database)}`;
}
