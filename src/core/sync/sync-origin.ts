// The one door out: which server address the app may sync with. Only https, or plain http to this
// machine (loopback, for tests and a local server), and never an address that carries a user name or
// password (credentials travel separately, never in a URL that ends up in a policy or a log). Main's
// request filter, the CSP's connect-src (desktop and web) and the settings form all ask this one rule.

export type SyncOriginCheck = { ok: true; origin: string } | { ok: false; reason: string };

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

/** True for localhost, ::1 and any 127.x.y.z address. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_NAMES.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Checks a server address and returns its origin (scheme, host and port) when the app may reach it. */
export function checkSyncOrigin(address: string): SyncOriginCheck {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, reason: 'The server address is not a web address (it starts https://).' };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      reason: 'Put the user name and password in their own fields, not in the server address.',
    };
  }
  if (url.protocol === 'https:') return { ok: true, origin: url.origin };
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname)
      ? { ok: true, origin: url.origin }
      : {
          ok: false,
          reason:
            'A server on another machine must be reached over https; plain http is only for this computer.',
        };
  }
  return { ok: false, reason: 'The server address must start with https:// (or http:// on this computer).' };
}

/** The origin of an address the rule admits, or undefined. */
export function syncOriginOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const check = checkSyncOrigin(address);
  return check.ok ? check.origin : undefined;
}
